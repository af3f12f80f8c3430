import type { Area } from '../domain/areas.js';
import {
  frameOf,
  monthAt,
  monthsOf,
  periodRange,
  SPRING_PILOT_2026,
  type Period,
} from '../domain/figures/period.js';
import type { FiguresReport, Grouping } from '../domain/figures/report.js';
import type { Role } from '../domain/roles/roles.js';
import type { Actor, AppDeps } from './app-deps.js';
import { computeFiguresOf } from './compute-figures.js';
import { rolesOf } from './roles-of.js';

const pilotOf = (deps: Pick<AppDeps, 'figures'>) => deps.figures?.pilot ?? SPRING_PILOT_2026;

export interface FiguresOptions {
  /** This month (Helsinki). */
  readonly current: Period;
  /** The fixed periods published with the pilot (its months, whole quarters and the pilot), newest first. */
  readonly periods: readonly Period[];
  readonly areas: readonly Area[];
  readonly roles: readonly Role[];
}

/** Newest end first; of two ending together, the longer first (the pilot, its last quarter, its last month). */
function newestFirst(periods: readonly Period[], deps: Pick<AppDeps, 'figures'>): Period[] {
  const span = (p: Period) => periodRange(p, pilotOf(deps));
  return [...periods].sort(
    (a, b) =>
      span(b).end.getTime() - span(a).end.getTime() || span(a).start.getTime() - span(b).start.getTime(),
  );
}

/** What the dashboard offers the actor: the periods, the areas of this deployment and the actor's roles. */
export async function figuresOptions(deps: AppDeps, actor: Actor): Promise<FiguresOptions> {
  return {
    current: monthAt(deps.clock.now()),
    periods: newestFirst(frameOf({ kind: 'pilot' }, pilotOf(deps)), deps),
    areas: deps.areas,
    roles: await rolesOf(deps, actor),
  };
}

/** The pilot's months, oldest first, each with its own suppressed report (the trend over months; one frame). */
export async function computeTrend(
  deps: AppDeps,
  grouping: Grouping,
): Promise<{ readonly months: readonly Period[]; readonly reports: readonly FiguresReport[] }> {
  const months = monthsOf({ kind: 'pilot' }, pilotOf(deps));
  return { months, reports: await computeFiguresOf(deps, months, grouping) };
}
