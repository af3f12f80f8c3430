/**
 * A period's published figures: counted for every period published with it (its frame), suppressed jointly, and
 * only the requested period's cells kept. Suppressed values never leave this module.
 */
import { AGE_GROUPS, ORGANISATIONS } from '../case/vocabulary.js';
import { suppressGrid, type CellStatus } from './disclosure.js';
import type { CaseFacts, FiguresFacts } from './facts.js';
import { formatPeriod, frameOf, monthsOf, periodRange, type Period, type PilotWindow } from './period.js';
import { TABLE_IDS, TABLES, tally, type CountSettings, type TableId } from './tables.js';
import { daysBetween, percentile } from './waiting.js';

export const GROUPINGS = ['area', 'organisation', 'age-group'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** A published cell: the count, "<5" (`small`), or hidden so that a small one cannot be derived (`hidden`). */
export type Published = number | 'small' | 'hidden';

export interface PublishedTable {
  readonly id: TableId;
  readonly columns: readonly string[];
  /** One row per group and the last for the total; the last column is the total when the table has one. */
  readonly rows: readonly (readonly Published[])[];
}

/** Median and 90th percentile in days, or `small` when fewer than 5 cases were measured. */
export type Waiting = { readonly median: number; readonly p90: number } | 'small';

export interface FiguresReport {
  readonly period: Period;
  readonly grouping: Grouping;
  /** Group keys (area codes, organisations, age groups) in row order; the total row follows them. */
  readonly groups: readonly string[];
  readonly tables: readonly PublishedTable[];
  /** Per group and total: submitted → discussed, and request → network meeting. */
  readonly waiting: { readonly discussed: readonly Waiting[]; readonly network: readonly Waiting[] };
}

export interface FiguresOptions extends CountSettings {
  readonly pilot: PilotWindow;
  /** The deployment's employment areas, the rows of the area grouping. */
  readonly areaCodes: readonly string[];
}

const MIN_MEASURED = 5;

function groupsOf(grouping: Grouping, areaCodes: readonly string[]): readonly string[] {
  if (grouping === 'area') return areaCodes;
  return grouping === 'organisation' ? ORGANISATIONS : AGE_GROUPS;
}

type Keyed = { areaCode: string; organisation?: string; ageGroup?: string };
const keyOf = (grouping: Grouping) => (f: Keyed) =>
  grouping === 'area' ? f.areaCode : grouping === 'organisation' ? f.organisation : f.ageGroup;

export function computeFiguresReport(
  facts: FiguresFacts,
  period: Period,
  grouping: Grouping,
  options: FiguresOptions,
): FiguresReport {
  const groups = groupsOf(grouping, options.areaCodes);
  const frame = frameOf(period, options.pilot);
  const self = frame.findIndex((p) => formatPeriod(p) === formatPeriod(period));
  const tallies = frame.map((p) => tally(facts, periodRange(p, options.pilot), keyOf(grouping), options));
  const periodSums = frame.flatMap((p, total) =>
    p.kind === 'month'
      ? []
      : [
          {
            total,
            parts: monthsOf(p, options.pilot).map((m) =>
              frame.findIndex((f) => formatPeriod(f) === formatPeriod(m)),
            ),
          },
        ],
  );
  const tables = TABLE_IDS.map((id): PublishedTable => {
    const { columns, hasColumnTotal } = TABLES[id];
    const values = tallies.map((t) =>
      groups.map((g) => columns.map((c) => t.get(id)!.get(`${g}|${c}`) ?? 0)),
    );
    const grid = suppressGrid({ values, hasColumnTotal, periodSums });
    return {
      id,
      columns: hasColumnTotal ? [...columns, 'total'] : columns,
      rows: grid.values[self]!.map((row, r) => row.map((v, c) => publish(v, grid.status[self]![r]![c]!))),
    };
  });
  return {
    period,
    grouping,
    groups,
    tables,
    waiting: waitingOf(facts.cases, period, options, groups, keyOf(grouping)),
  };
}

const publish = (v: number, s: CellStatus): Published =>
  s === 'shown' ? v : s === 'small' ? 'small' : 'hidden';

function waitingOf(
  cases: readonly CaseFacts[],
  period: Period,
  options: FiguresOptions,
  groups: readonly string[],
  key: (f: Keyed) => string | undefined,
): FiguresReport['waiting'] {
  const range = periodRange(period, options.pilot);
  const discussedIn = cases.filter((c) =>
    c.events.some((e) => e.type === 'discussed' && e.at >= range.start && e.at < range.end),
  );
  const measure = (subset: readonly CaseFacts[], to: string): Waiting[] =>
    [...groups.map((g) => subset.filter((c) => key(c) === g)), subset].map((cs) => {
      const days = cs.flatMap((c) => daysBetween(c.events, 'submitted', to) ?? []);
      if (days.length < MIN_MEASURED) return 'small';
      return { median: percentile(days, 50)!, p90: percentile(days, 90)! };
    });
  return {
    discussed: measure(discussedIn, 'discussed'),
    network: measure(
      discussedIn.filter((c) => c.form === 'network'),
      'discussed',
    ),
  };
}
