import { frameOf, periodRange, SPRING_PILOT_2026, type Period } from '../domain/figures/period.js';
import { computeFiguresReport, type FiguresReport, type Grouping } from '../domain/figures/report.js';
import type { AppDeps, FiguresSettings } from './app-deps.js';

const DEFAULT_SETTINGS: FiguresSettings = { pilot: SPRING_PILOT_2026, waitingThresholdDays: 30 };

/**
 * A period's suppressed figures by a fixed grouping. Loads the facts of every period published with it (so the
 * suppression is joint), from coded fields only; with a clock, stocks are counted as of now in the current period.
 */
export async function computeFigures(
  deps: Pick<AppDeps, 'stores' | 'areas' | 'figures'> & Partial<Pick<AppDeps, 'clock'>>,
  period: Period,
  grouping: Grouping,
): Promise<FiguresReport> {
  const settings = deps.figures ?? DEFAULT_SETTINGS;
  const ranges = frameOf(period, settings.pilot).map((p) => periodRange(p, settings.pilot));
  const start = new Date(Math.min(...ranges.map((r) => r.start.getTime())));
  const end = new Date(Math.max(...ranges.map((r) => r.end.getTime())));
  const facts = await deps.stores.figures.load({ start, end });
  return computeFiguresReport(facts, period, grouping, {
    pilot: settings.pilot,
    waitingThresholdDays: settings.waitingThresholdDays,
    areaCodes: deps.areas.map((a) => a.code),
    ...(deps.clock && { now: deps.clock.now() }),
  });
}
