/**
 * A period's published figures: the whole frame (every period published with it, in all three groupings) is
 * counted and suppressed jointly, then the requested period and grouping are read out. Only `reportOf` publishes:
 * the frame's true counts (`computeFrame`) are for it, and for tests.
 */
import { AGE_GROUPS, ORGANISATIONS } from '../case/vocabulary.js';
import { countFrame, type FrameCounts } from './count.js';
import { suppressFrame, type CellStatus } from './disclosure.js';
import type { FiguresFacts } from './facts.js';
import { formatPeriod, frameOf, monthsOf, periodRange, type Period, type PilotWindow } from './period.js';
import { publishRates, type PublishedRates } from './rates.js';
import { TABLE_IDS, TABLES, type TableId } from './tables.js';
import { waitingOf, type Waiting } from './waiting.js';

export type { Waiting } from './waiting.js';
export type { PublishedRates } from './rates.js';

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

export interface FiguresReport {
  readonly period: Period;
  readonly grouping: Grouping;
  /**
   * Group keys (area codes, organisations, age groups) in row order; the total row follows them. None for a month:
   * months are published for all groups together only (tables.ts).
   */
  readonly groups: readonly string[];
  readonly tables: readonly PublishedTable[];
  /**
   * Per group and total, median and 90th percentile in days: submitted → first discussed by the team (cases
   * discussed in the period), and request (submitted) → network meeting (meetings held in the period).
   */
  readonly waiting: { readonly discussed: readonly Waiting[]; readonly network: readonly Waiting[] };
  /** Shares in per cent derived from the tables' counts (rates.ts); suppressed with the counts they need. */
  readonly rates: readonly PublishedRates[];
}

export interface FiguresOptions {
  readonly pilot: PilotWindow;
  /** The deployment's employment areas, the rows of the area grouping. */
  readonly areaCodes: readonly string[];
  /** A case waiting longer than this (days) from submission without being discussed is a bottleneck. */
  readonly waitingThresholdDays: number;
  /** Stocks are counted as of a period's end or now, and only meetings already begun count as held; default never. */
  readonly now?: Date;
}

/** The frame of `period`, counted and suppressed: every report published with it reads from this. */
export interface FrameFigures {
  readonly frame: readonly Period[];
  readonly counts: FrameCounts;
  readonly status: readonly CellStatus[];
  readonly groups: readonly (readonly string[])[];
}

export function computeFrame(facts: FiguresFacts, period: Period, options: FiguresOptions): FrameFigures {
  const frame = frameOf(period, options.pilot);
  const months = frame.filter((p) => p.kind === 'month');
  const monthIndex = (m: Period) => months.findIndex((x) => formatPeriod(x) === formatPeriod(m));
  const starts = months.map((m) => periodRange(m, options.pilot).start.getTime() / 1000);
  starts.push(periodRange(months.at(-1)!, options.pilot).end.getTime() / 1000);
  const groups = [options.areaCodes, ORGANISATIONS, AGE_GROUPS];
  const counts = countFrame(facts, {
    starts,
    aggregates: frame
      .filter((p) => p.kind !== 'month')
      .map((p) => monthsOf(p, options.pilot).map(monthIndex)),
    now: options.now ? options.now.getTime() / 1000 : Infinity,
    groups,
    waitingThresholdDays: options.waitingThresholdDays,
  });
  return { frame, counts, groups, status: suppressFrame(counts.index, counts.values) };
}

/** The published report of one period of the frame in one grouping. */
export function reportOf(f: FrameFigures, period: Period, grouping: Grouping): FiguresReport {
  const p = f.frame.findIndex((x) => formatPeriod(x) === formatPeriod(period));
  if (p < 0) throw new Error(`figures: ${formatPeriod(period)} is not in the frame`);
  const g = GROUPINGS.indexOf(grouping);
  const { index, values, waits } = f.counts;
  // the published rows: every group and the total, or (a month, when months are not published by group) the total
  const total = index.rows(g) - 1;
  const rows = Array.from({ length: index.rows(g) }, (_, r) => r).filter((r) =>
    index.isPublishedRow(g, p, r),
  );
  const tables = TABLE_IDS.map((id, t): PublishedTable => {
    const rule = TABLES[id];
    const at = (r: number, c: number) => index.at(g, t, p, r, c);
    return {
      id,
      columns: rule.hasColumnTotal ? [...rule.columns, 'total'] : rule.columns,
      rows: rows.map((r) =>
        Array.from({ length: index.cols(t) }, (_, c) => publish(values[at(r, c)]!, f.status[at(r, c)]!)),
      ),
    };
  });
  const months = p < index.layout.months ? [p] : index.layout.aggregates[p - index.layout.months]!;
  const isIn = Uint8Array.from({ length: index.layout.months }, (_, m) => (months.includes(m) ? 1 : 0));
  const rowOf = f.counts.comboRows[g]!;
  const waiting = (measure: keyof typeof waits): Waiting[] => {
    const { length, month, combo, days: measured } = waits[measure];
    const counts = new Int32Array(total + 1);
    for (let i = 0; i < length; i++) if (isIn[month[i]!]) counts[rowOf[combo[i]!]!]!++;
    counts[total] = counts.reduce((a, b) => a + b, 0);
    const days = Array.from(counts, (n) => new Float64Array(n));
    const filled = new Int32Array(total + 1);
    const all = days[total]!;
    for (let i = 0; i < length; i++)
      if (isIn[month[i]!]) {
        const r = rowOf[combo[i]!]!;
        days[r]![filled[r]!++] = measured[i]!;
        all[filled[total]!++] = measured[i]!;
      }
    return rows.map((r) => waitingOf(days[r]!));
  };
  return {
    period,
    grouping,
    groups: rows.slice(0, -1).map((r) => f.groups[g]![r]!),
    tables,
    waiting: { discussed: waiting('discussed'), network: waiting('network') },
    rates: publishRates(tables),
  };
}

export function computeFiguresReport(
  facts: FiguresFacts,
  period: Period,
  grouping: Grouping,
  options: FiguresOptions,
): FiguresReport {
  return reportOf(computeFrame(facts, period, options), period, grouping);
}

/** Every report published with `period`: each period of its frame in each grouping. */
export function computeFrameReports(
  facts: FiguresFacts,
  period: Period,
  options: FiguresOptions,
): FiguresReport[] {
  const f = computeFrame(facts, period, options);
  return f.frame.flatMap((p) => GROUPINGS.map((g) => reportOf(f, p, g)));
}

const publish = (v: number, s: CellStatus): Published => {
  if (s === 'unpublished') throw new Error('figures: an unpublished cell was read out');
  return s === 'shown' ? v : s === 'small' ? 'small' : 'hidden';
};
