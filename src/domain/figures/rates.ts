/**
 * Shares in per cent, derived from the published counts of the same row. A rate is suppressed when its numerator or
 * any part of its denominator is not shown: from shown counts it tells nothing new, from a hidden one it would.
 */
import type { PublishedTable } from './report.js';
import { TABLES, type CellRef, type TableId } from './tables.js';

export interface RateRule {
  readonly table: TableId;
  readonly column: string;
  /** The denominator: the sum of these cells of the same row. */
  readonly of: readonly CellRef[];
}

/** Per cent with one decimal; `suppressed` when a count it needs is hidden; null when the denominator is 0. */
export type PublishedRate = number | 'suppressed' | null;

export interface PublishedRates extends RateRule {
  /** One per group and the last for the total, like the tables' rows. */
  readonly rows: readonly PublishedRate[];
}

const shareOf = (table: TableId, of: CellRef[]) => (column: string) => ({ table, column, of });
const total = (table: TableId): CellRef[] => [{ table, column: 'total' }];
const decided = total('outcomes');
const brought: CellRef[] = [{ table: 'flow', column: 'brought' }];

export const RATE_RULES: readonly RateRule[] = [
  ...TABLES.outcomes.columns.map(shareOf('outcomes', decided)),
  ...TABLES.services.columns.map(shareOf('services', total('services'))),
  ...TABLES['referral-route'].columns.map(shareOf('referral-route', total('referral-route'))),
  shareOf('multidisciplinary', decided)('clear-need'),
  // how often the team decided otherwise, of the decisions the bot had recommended something for
  ...['agreed', 'differed'].map(
    shareOf('agreement', [
      { table: 'agreement', column: 'agreed' },
      { table: 'agreement', column: 'differed' },
    ]),
  ),
  ...TABLES['differed-towards'].columns.map(shareOf('differed-towards', total('differed-towards'))),
  ...TABLES.profile.columns.map(shareOf('profile', brought)),
  ...['reviews-on-time', 'reviews-late'].map(
    shareOf('flow', [
      { table: 'flow', column: 'reviews-on-time' },
      { table: 'flow', column: 'reviews-late' },
    ]),
  ),
];

export function publishRates(tables: readonly PublishedTable[]): PublishedRates[] {
  const byId = new Map(tables.map((t) => [t.id, t]));
  const column = (ref: CellRef) => {
    const t = byId.get(ref.table)!;
    return { rows: t.rows, at: t.columns.indexOf(ref.column) };
  };
  const rows = tables[0]?.rows.length ?? 0;
  return RATE_RULES.map((rule) => {
    const numerator = column(rule);
    const parts = rule.of.map(column);
    return {
      ...rule,
      rows: Array.from({ length: rows }, (_, r): PublishedRate => {
        const n = numerator.rows[r]![numerator.at]!;
        let denominator = 0;
        for (const p of parts) {
          const v = p.rows[r]![p.at]!;
          if (typeof v !== 'number') return 'suppressed';
          denominator += v;
        }
        if (typeof n !== 'number') return 'suppressed';
        return denominator === 0 ? null : Math.round((1000 * n) / denominator) / 10;
      }),
    };
  });
}
