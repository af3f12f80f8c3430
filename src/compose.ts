import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import type { AppDeps } from './app/app-deps.js';
import { recordAudit } from './app/audit.js';
import { startPurgeJob } from './app/purge-job.js';
import { seedDemo } from './app/dev/seed-demo.js';
import { seedPilotDemo } from './app/dev/seed-pilot.js';
import { CachedPreferenceStore } from './adapters/cache/cached-preference-store.js';
import { CachedRoleStore } from './adapters/cache/cached-role-store.js';
import { createStores } from './adapters/create-stores.js';
import { createGraphCalendar } from './adapters/graph/create-graph-calendar.js';
import { CachedConversationReferenceStore } from './adapters/cache/cached-conversation-reference-store.js';
import { keepSnapshots } from './adapters/memory/memory-snapshot.js';
import type { OutboxJob } from './app/outbox/outbox-job.js';
import { composeOutbox } from './compose-outbox.js';
import { composeMeetingWatch } from './compose-meeting-watch.js';
import type { MeetingWatchJob } from './app/network/meeting-watch-job.js';
import { createJsonLogger } from './adapters/log/json-logger.js';
import {
  loadMorphology,
  VOIKKO_INSTALL_HINT,
  type LoadedMorphology,
} from './adapters/morphology/load-morphology.js';
import { createBotAdapter } from './adapters/teams/create-adapter.js';
import { tenantOf } from './bot/turn-info.js';
import { TymBot } from './bot/tym-bot.js';
import type { Config } from './config.js';
import { areasFor } from './domain/areas.js';
import { createServer } from './http/server.js';
import { pickLocale } from './i18n/locale.js';
import type { Clock, IdGenerator } from './ports/clock.js';
import type { Logger } from './ports/logger.js';
import type { GuardMode } from './ports/morphology.js';
import type { StoreHealth } from './ports/store-health.js';
import type { Stores } from './ports/stores.js';

export interface App {
  readonly http: Express;
  readonly storeHealth: StoreHealth;
  readonly logger: Logger;
  readonly deps: AppDeps;
  /** Which anonymity guard runs: with Voikko's morphology or on the name lists alone. */
  readonly guardMode: GuardMode;
  /** The sender of reminders and notices (tests and the development route run it on demand). */
  readonly outbox: OutboxJob;
  /** The watch for declines and cancellations of booked network meetings (tests run it on demand). */
  readonly meetingWatch: MeetingWatchJob;
  /** Stops background work and closes the store. */
  close(): Promise<void>;
}

export interface ComposeOverrides {
  readonly logger?: Logger;
  /** Replaces the store's health check (tests of /readyz). */
  readonly storeHealth?: StoreHealth;
  /** Replaces the stores chosen from config (tests). */
  readonly stores?: Stores;
  readonly clock?: Clock;
  /** Replaces the morphology chosen from config (tests of the list-based guard). */
  readonly morphology?: LoadedMorphology;
}

/** Sessions are generated this far ahead from a team's rhythm, and topped up as time passes. */
const SESSION_HORIZON_WEEKS = 8;

const systemClock: Clock = { now: () => new Date() };

/** One start-log line saying which guard runs; without Voikko it carries the install hint and the reason. */
function logGuardMode(logger: Logger, guard: LoadedMorphology): void {
  if (guard.unavailable === undefined) {
    logger.info('anonymity.guard', { mode: guard.guardMode });
    return;
  }
  logger.warn('anonymity.guard', {
    mode: guard.guardMode,
    hint: `${VOIKKO_INSTALL_HINT} (${guard.unavailable})`,
  });
}
const uuids: IdGenerator = { newId: () => randomUUID() };

/** Composition root shared by main.ts and the integration tests: config -> adapters -> use cases -> bot -> http. */
export async function composeApp(config: Config, overrides: ComposeOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createJsonLogger(config.logLevel);
  // before the store: a production start without Voikko stops here, with nothing to close
  const guard = overrides.morphology ?? (await loadMorphology(config.anonymity.morphology));
  logGuardMode(logger, guard);
  const chosen = overrides.stores ?? (await createStores(config, logger));
  // development only (config refuses it in production): the memory store survives a restart of the dev command
  const snapshots =
    config.devStoreSnapshot && !overrides.stores && chosen.health.kind === 'memory'
      ? keepSnapshots(chosen, config.devStoreSnapshot, 30_000, logger)
      : undefined;
  // every turn reads the user's language: keep lookups for a minute per process
  const stores = {
    ...chosen,
    preferences: new CachedPreferenceStore(chosen.preferences),
    // every personal-chat turn records where to reach the user: written only when it changed
    conversationReferences: new CachedConversationReferenceStore(chosen.conversationReferences),
    // every turn checks the actor's roles too
    roles: new CachedRoleStore(chosen.roles),
  };
  const storeHealth = overrides.storeHealth ?? stores.health;
  const deps: AppDeps = {
    stores,
    clock: overrides.clock ?? systemClock,
    ids: uuids,
    areas: areasFor(config.region),
    logger,
    morphology: guard.morphology,
    notifier: stores.outbox,
    calendar: config.calendar.provider === 'graph' ? createGraphCalendar(config.calendar) : stores.calendar,
    convening: { ...config.convening, horizonWeeks: SESSION_HORIZON_WEEKS },
    figures: config.figures,
  };
  // development only (config refuses it in production): the playground's users get their roles and a demo team
  if (config.isDemoSeeded) logger.info('dev.seeded', { ...(await seedDemo(deps)) });
  // after the demo team, so Kuopio's pilot sessions belong to it; the other areas get synthetic teams
  if (config.isPilotSeeded) logger.info('dev.pilot-seeded', { ...(await seedPilotDemo(deps)) });
  const bot = new TymBot({
    logger,
    app: deps,
    clientLocaleOverride: config.devClientLocale ? pickLocale(config.devClientLocale) : undefined,
  });
  const adapter = createBotAdapter(
    config,
    logger,
    tenantOf,
    (tenantId) => {
      logger.warn('auth.tenant-rejected', { tenantId: tenantId || '(none)' });
      void recordAudit(deps, {
        action: 'auth.failed',
        result: 'denied',
        subject: tenantId || '(none)',
        detail: 'tenant-not-allowed',
      });
    },
    (context, error) => bot.onTurnError(context, error),
  );
  const outbox = composeOutbox(config, stores, adapter, deps.clock, logger);
  const meetingWatch = composeMeetingWatch(config, deps);
  const http = createServer({
    bot: { process: (req, res) => adapter.process(req, res as never, (context) => bot.run(context)) },
    storeHealth,
    logger,
    bodyLimitBytes: config.bodyLimitBytes,
    guardMode: guard.guardMode,
    devOutbox: config.mode === 'development' ? outbox : undefined,
    devCalendar: meetingWatch.devCalendar,
    figures: { app: deps, mode: config.mode, sso: config.tabSso },
  });
  const purgeJob = startPurgeJob(
    deps,
    { holder: randomUUID(), policy: config.retention },
    config.retention.purgeIntervalMinutes * 60_000,
    logger,
  );
  const close = async () => {
    await outbox.stop();
    await meetingWatch.job.stop();
    await purgeJob.stop();
    snapshots?.stop();
    await stores.close();
    guard.close();
  };
  return {
    http,
    storeHealth,
    logger,
    deps,
    guardMode: guard.guardMode,
    outbox,
    meetingWatch: meetingWatch.job,
    close,
  };
}
