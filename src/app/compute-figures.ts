import {
  formatPeriod,
  frameOf,
  periodRange,
  SPRING_PILOT_2026,
  type Period,
} from '../domain/figures/period.js';
import {
  computeFrame,
  reportOf,
  type FiguresReport,
  type FrameFigures,
  type Grouping,
} from '../domain/figures/report.js';
import type { AppDeps, FiguresSettings } from './app-deps.js';

const DEFAULT_SETTINGS: FiguresSettings = { pilot: SPRING_PILOT_2026, waitingThresholdDays: 30 };

type FiguresDeps = Pick<AppDeps, 'stores' | 'areas' | 'figures'> & Partial<Pick<AppDeps, 'clock'>>;

/**
 * A period's suppressed figures by a fixed grouping. Loads the facts of every period published with it (so the
 * suppression is joint), from coded fields only; with a clock, stocks are counted as of now in the current period.
 */
export async function computeFigures(
  deps: FiguresDeps,
  period: Period,
  grouping: Grouping,
): Promise<FiguresReport> {
  const [report] = await computeFiguresOf(deps, [period], grouping);
  return report!;
}

/**
 * Several periods' figures, as `computeFigures` gives each: periods published together (one frame, as the pilot's
 * months are) are loaded, counted and suppressed once, and each read out of that.
 */
export async function computeFiguresOf(
  deps: FiguresDeps,
  periods: readonly Period[],
  grouping: Grouping,
): Promise<FiguresReport[]> {
  const frames = new Map<string, FrameFigures>();
  const reports: FiguresReport[] = [];
  for (const period of periods) {
    const key = frameOf(period, (deps.figures ?? DEFAULT_SETTINGS).pilot)
      .map(formatPeriod)
      .join();
    let frame = frames.get(key);
    if (!frame) frames.set(key, (frame = await loadFrame(deps, period)));
    reports.push(reportOf(frame, period, grouping));
  }
  return reports;
}

/** The frame of `period`, counted and suppressed. */
async function loadFrame(deps: FiguresDeps, period: Period): Promise<FrameFigures> {
  const settings = deps.figures ?? DEFAULT_SETTINGS;
  const ranges = frameOf(period, settings.pilot).map((p) => periodRange(p, settings.pilot));
  const start = new Date(Math.min(...ranges.map((r) => r.start.getTime())));
  const end = new Date(Math.max(...ranges.map((r) => r.end.getTime())));
  const facts = await deps.stores.figures.load({ start, end });
  return computeFrame(facts, period, {
    pilot: settings.pilot,
    waitingThresholdDays: settings.waitingThresholdDays,
    areaCodes: deps.areas.map((a) => a.code),
    ...(deps.clock && { now: deps.clock.now() }),
  });
}
