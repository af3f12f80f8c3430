import type { Area } from '../domain/areas.js';
import type { PilotWindow } from '../domain/figures/period.js';
import type { CalendarProvider } from '../ports/calendar-provider.js';
import type { Clock, IdGenerator } from '../ports/clock.js';
import type { Logger } from '../ports/logger.js';
import type { Morphology } from '../ports/morphology.js';
import type { Notifier } from '../ports/notifier.js';
import type { Stores } from '../ports/stores.js';

/** What every use case may use: the stores, the clock, ids, the areas this deployment offers and the morphology. */
export interface AppDeps {
  readonly stores: Stores;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly areas: readonly Area[];
  readonly logger: Logger;
  /** Finnish morphology for the anonymity guard (knows no word when the list-based guard runs). */
  readonly morphology: Morphology;
  /** Reminders and notices to users' personal chats, sent later by the outbox. */
  readonly notifier: Notifier;
  /** Teams meetings and free/busy: the local calendar kept in the store, or Microsoft Graph. */
  readonly calendar: CalendarProvider;
  readonly convening: ConveningSettings;
  /** The evaluators' figures; absent in tests that do not need them (the spring 2026 pilot, 30 days). */
  readonly figures?: FiguresSettings;
}

/** The pilot period and when a waiting case counts as a bottleneck. */
export interface FiguresSettings {
  readonly pilot: PilotWindow;
  readonly waitingThresholdDays: number;
  /** Absolute URL of the CSV export, for the card's button; none when the public origin is unknown. */
  readonly exportUrl?: string | undefined;
  /** Where the card's button opens the dashboard: a Teams deep link to the static tab, or the dev URL of the tab. */
  readonly dashboardUrl?: string | undefined;
}

/** Settings of the convenor flow. */
export interface ConveningSettings {
  /** Entra object ids that are admins whatever the role store says (from configuration). */
  readonly adminIds: readonly string[];
  /** How long before a session its agenda is sent to the convenor. */
  readonly agendaLeadHours: number;
  /** How far ahead sessions are generated from a team's rhythm (topped up lazily). */
  readonly horizonWeeks: number;
  /** Working days ahead searched for a network consultation's common time (`NETWORK_SEARCH_DAYS`; default 10). */
  readonly networkSearchDays?: number;
}

/** Who acts, as Teams identifies them. */
export interface Actor {
  readonly userId: string;
  readonly tenantId: string;
}
