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
  /** `grouping|period|table|row|column` of each cell. */
  readonly keys: readonly string[];
}

export function readerView(reports: readonly FiguresReport[], pilot: PilotWindow, now?: Date): FrameView {
  const keys: string[] = [];
  const cells: Seen[] = [];
  const at = new Map<string, number>();
  const key = (g: string, p: string, table: string, row: number, col: string) =>
    `${g}|${p}|${table}|${row}|${col}`;
  for (const r of reports)
    for (const t of r.tables)
      t.rows.forEach((row, i) =>
        row.forEach((v, c) => {
          const k = key(r.grouping, formatPeriod(r.period), t.id, i, t.columns[c]!);
          at.set(k, keys.length);
          keys.push(k);
          cells.push(v);
        }),
      );
  const cell = (k: string) => at.get(k) ?? fail(k);
  const sums: { total: number; parts: number[] }[] = [];
  const orderings: [number, number][] = [];
  const same = (a: string, b: string) => sums.push({ total: cell(a), parts: [cell(b)] });
  const areaTotal = reports.find((x) => x.grouping === 'area')!.groups.length;
  const periods = [...new Map(reports.map((r) => [formatPeriod(r.period), r.period])).values()];
  for (const r of reports) {
    const p = formatPeriod(r.period);
    const last = r.groups.length;
    for (const t of r.tables) {
      for (const c of t.columns) {
        const isGrouped = r.grouping === 'area' || c !== 'sessions-over-capacity';
        if (isGrouped)
          sums.push({
            total: cell(key(r.grouping, p, t.id, last, c)),
            parts: r.groups.map((_, i) => cell(key(r.grouping, p, t.id, i, c))),
          });
        if (r.grouping !== 'area')
          same(key('area', p, t.id, areaTotal, c), key(r.grouping, p, t.id, last, c));
      }
      if (t.columns.at(-1) === 'total')
        for (let i = 0; i <= last; i++)
          sums.push({
            total: cell(key(r.grouping, p, t.id, i, 'total')),
            parts: t.columns.slice(0, -1).map((c) => cell(key(r.grouping, p, t.id, i, c))),
          });
    }
    for (let i = 0; i <= last; i++) {
      const ref = (tc: string) => {
        const [table, column] = tc.split('.') as [string, string];
        return key(r.grouping, p, table, i, column);
      };
      for (const [a, b] of SAME) same(ref(a), ref(b));
      for (const [a, b] of AT_MOST) orderings.push([cell(ref(a)), cell(ref(b))]);
    }
  }
  for (const agg of periods.filter((x) => x.kind !== 'month')) {
    const months = monthsOf(agg, pilot).map(formatPeriod);
    const stock = formatPeriod(stockMonth(monthsOf(agg, pilot), pilot, now));
    for (const r of reports.filter((x) => formatPeriod(x.period) === formatPeriod(agg)))
      for (const t of r.tables)
        for (const c of t.columns)
          for (let i = 0; i <= r.groups.length; i++) {
            const of = (m: string) => cell(key(r.grouping, m, t.id, i, c));
            const total = of(formatPeriod(agg));
            sums.push({ total, parts: STOCKS.includes(c) ? [of(stock)] : months.map(of) });
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
