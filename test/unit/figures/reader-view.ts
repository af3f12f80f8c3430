/**
 * Everything a reader can put together from the published reports of one frame (all periods × all groupings),
 * written from the documented definitions, not from the suppression code: cells keyed by where they appear, the
 * sums that hold, the cells that are the same number, and the orderings that hold by definition.
 */
import {
  formatPeriod,
  monthsOf,
  periodRange,
  type Period,
  type PilotWindow,
} from '../../../src/domain/figures/period.js';
import type { FiguresReport } from '../../../src/domain/figures/report.js';
import type { ReaderView, Seen } from './disclosure-attacker.js';

const DECISIONS = [
  'tym-client',
  'social-services-contact',
  'social-services-notification',
  'health-services-first',
  'bilateral',
  'tym-not-current',
];
const PROFILE = [
  'managing-affairs',
  'appointments',
  'housing',
  'employment',
  'finances',
  'health',
  'social-relationships',
  'three-plus-domains',
  'kela',
];
const STOCKS = ['waiting-over-threshold', 'reviews-overdue'];
const SAME: [string, string][] = [
  ['outcomes.total', 'services.total'],
  ['outcomes.total', 'agreement.total'],
  ['agreement.differed', 'differed-towards.total'],
  ['outcomes.tym-client', 'referral-route.via-team'],
];
const AT_MOST: [string, string][] = [
  ['outcomes.tym-client', 'multidisciplinary.clear-need'],
  ['multidisciplinary.clear-need', 'outcomes.total'],
  ...DECISIONS.map((d): [string, string] => [`differed-towards.${d}`, `outcomes.${d}`]),
  ...PROFILE.map((c): [string, string] => [`profile.${c}`, 'flow.brought']),
];

export interface FrameView extends ReaderView {
  /** `grouping|period|table|row|column` of each cell; the row is its group's key, or `total`. */
  readonly keys: readonly string[];
}

/**
 * A report publishes its groups' rows and the total row; a month may publish only the total row. A row the reports
 * do not publish is an unknown count ≥ 0 to the reader (a hidden cell), and every definition still holds over it.
 */
export function readerView(reports: readonly FiguresReport[], pilot: PilotWindow, now?: Date): FrameView {
  const keys: string[] = [];
  const cells: Seen[] = [];
  const at = new Map<string, number>();
  const key = (g: string, p: string, table: string, row: string, col: string) =>
    `${g}|${p}|${table}|${row}|${col}`;
  const rowKey = (r: FiguresReport, i: number) => r.groups[i] ?? 'total';
  /** Every group of each grouping, from the reports that publish it. */
  const groupsOf = new Map<string, readonly string[]>();
  for (const r of reports)
    if (r.groups.length > (groupsOf.get(r.grouping)?.length ?? 0)) groupsOf.set(r.grouping, r.groups);
  const add = (k: string, v: Seen) => {
    at.set(k, keys.length);
    keys.push(k);
    cells.push(v);
  };
  for (const r of reports)
    for (const t of r.tables)
      t.rows.forEach((row, i) =>
        row.forEach((v, c) =>
          add(key(r.grouping, formatPeriod(r.period), t.id, rowKey(r, i), t.columns[c]!), v),
        ),
      );
  // the rows a report leaves out: unknown to the reader, but the sums and orderings below still hold over them
  for (const r of reports)
    for (const t of r.tables)
      for (const group of groupsOf.get(r.grouping) ?? [])
        for (const c of t.columns) {
          const k = key(r.grouping, formatPeriod(r.period), t.id, group, c);
          if (!at.has(k)) add(k, 'hidden');
        }
  const cell = (k: string) => at.get(k) ?? fail(k);
  const sums: { total: number; parts: number[] }[] = [];
  const orderings: [number, number][] = [];
  const same = (a: string, b: string) => sums.push({ total: cell(a), parts: [cell(b)] });
  const periods = [...new Map(reports.map((r) => [formatPeriod(r.period), r.period])).values()];
  for (const r of reports) {
    const p = formatPeriod(r.period);
    const rows = [...(groupsOf.get(r.grouping) ?? []), 'total'];
    const groups = rows.slice(0, -1);
    for (const t of r.tables) {
      for (const c of t.columns) {
        const isGrouped = r.grouping === 'area' || c !== 'sessions-over-capacity';
        if (isGrouped)
          sums.push({
            total: cell(key(r.grouping, p, t.id, 'total', c)),
            parts: groups.map((group) => cell(key(r.grouping, p, t.id, group, c))),
          });
        if (r.grouping !== 'area')
          same(key('area', p, t.id, 'total', c), key(r.grouping, p, t.id, 'total', c));
      }
      if (t.columns.at(-1) === 'total')
        for (const row of rows)
          sums.push({
            total: cell(key(r.grouping, p, t.id, row, 'total')),
            parts: t.columns.slice(0, -1).map((c) => cell(key(r.grouping, p, t.id, row, c))),
          });
    }
    for (const row of rows) {
      const ref = (tc: string) => {
        const [table, column] = tc.split('.') as [string, string];
        return key(r.grouping, p, table, row, column);
      };
      for (const [a, b] of SAME) same(ref(a), ref(b));
      for (const [a, b] of AT_MOST) orderings.push([cell(ref(a)), cell(ref(b))]);
    }
  }
  const aggregates = periods.filter((x) => x.kind !== 'month');
  for (const agg of aggregates) {
    const months = monthsOf(agg, pilot).map(formatPeriod);
    const stock = formatPeriod(stockMonth(monthsOf(agg, pilot), pilot, now));
    // the aggregates whose months partition this one's (the quarters of the pilot): it is their sum as well
    const inside = aggregates.filter(
      (q) => q !== agg && monthsOf(q, pilot).every((m) => months.includes(formatPeriod(m))),
    );
    const isPartition = inside.flatMap((q) => monthsOf(q, pilot)).length === months.length;
    for (const r of reports.filter((x) => formatPeriod(x.period) === formatPeriod(agg)))
      for (const t of r.tables)
        for (const c of t.columns)
          for (const row of [...(groupsOf.get(r.grouping) ?? []), 'total']) {
            const of = (m: string) => cell(key(r.grouping, m, t.id, row, c));
            const total = of(formatPeriod(agg));
            sums.push({ total, parts: STOCKS.includes(c) ? [of(stock)] : months.map(of) });
            if (isPartition && inside.length > 0 && !STOCKS.includes(c))
              sums.push({ total, parts: inside.map((q) => of(formatPeriod(q))) });
          }
  }
  return { keys, cells, sums, orderings };
}

/** A stock of a quarter or the pilot is that of its month in which its end, or now if earlier, falls. */
function stockMonth(months: readonly Period[], pilot: PilotWindow, now?: Date): Period {
  const begun = months.filter((m) => now === undefined || periodRange(m, pilot).start < now);
  return begun.at(-1) ?? months[0]!;
}

function fail(k: string): never {
  throw new Error(`reader view: no published cell ${k}`);
}
