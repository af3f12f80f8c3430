/**
 * The fixed figure tables (DOMAIN.md §2 "Follow-up") and what ties them together: which columns are stocks, which
 * cells of different tables are the same number, and which are ordered by definition. Counting is in count.ts.
 */
import { DECISIONS, SERVICES_NEEDED } from '../case/outcome.js';
import { SCALE_DOMAINS, type ScaleDomain, type SocialSituationScale } from '../case/vocabulary.js';
import type { ColumnRef, FrameLayout } from './frame-layout.js';

export const TABLE_IDS = [
  'flow',
  'outcomes',
  'services',
  'referral-route',
  'multidisciplinary',
  'agreement',
  'differed-towards',
  'bottlenecks',
  'profile',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

export interface TableRule {
  readonly columns: readonly string[];
  /** The columns partition a whole, so a total column is published. */
  readonly hasColumnTotal: boolean;
  /** Counted as of the period's end (the current state then), not over the period: a quarter repeats its last month. */
  readonly stocks?: readonly string[];
}

export const TABLES: Record<TableId, TableRule> = {
  // network consultations held (meeting start), and reviews with the client done in time or late (by when done)
  flow: { columns: ['brought', 'network-held', 'reviews-on-time', 'reviews-late'], hasColumnTotal: false },
  outcomes: { columns: DECISIONS, hasColumnTotal: true },
  services: { columns: SERVICES_NEEDED, hasColumnTotal: true },
  'referral-route': { columns: ['via-team', 'direct'], hasColumnTotal: true },
  multidisciplinary: { columns: ['clear-need'], hasColumnTotal: false },
  agreement: { columns: ['agreed', 'differed', 'no-recommendation'], hasColumnTotal: true },
  'differed-towards': { columns: DECISIONS, hasColumnTotal: true },
  bottlenecks: {
    columns: ['waiting-over-threshold', 'returned', 'sessions-over-capacity', 'reviews-overdue'],
    hasColumnTotal: false,
    stocks: ['waiting-over-threshold', 'reviews-overdue'],
  },
  profile: { columns: [...SCALE_DOMAINS, 'three-plus-domains', 'kela'], hasColumnTotal: false },
};

/** A table's column by name; `total` is its total column. */
export interface CellRef {
  readonly table: TableId;
  readonly column: string;
}

/**
 * The same number in two tables, for every group and period: each decided case has one decision, one service need
 * and one agreement; the differed decisions are the differed ones; a TYM client decided by the team is a referral
 * via the team.
 */
export const SAME_COLUMNS: readonly (readonly [CellRef, CellRef])[] = [
  [
    { table: 'outcomes', column: 'total' },
    { table: 'services', column: 'total' },
  ],
  [
    { table: 'outcomes', column: 'total' },
    { table: 'agreement', column: 'total' },
  ],
  [
    { table: 'agreement', column: 'differed' },
    { table: 'differed-towards', column: 'total' },
  ],
  [
    { table: 'outcomes', column: 'tym-client' },
    { table: 'referral-route', column: 'via-team' },
  ],
];

/** First ≤ second by definition, for every group and period: what a reader can bound a hidden cell with. */
export const AT_MOST: readonly (readonly [CellRef, CellRef])[] = [
  [
    { table: 'outcomes', column: 'tym-client' },
    { table: 'multidisciplinary', column: 'clear-need' },
  ],
  [
    { table: 'multidisciplinary', column: 'clear-need' },
    { table: 'outcomes', column: 'total' },
  ],
  ...DECISIONS.map(
    (d) =>
      [{ table: 'differed-towards', column: d } as const, { table: 'outcomes', column: d } as const] as const,
  ),
  ...TABLES.profile.columns.map(
    (c) => [{ table: 'profile', column: c } as const, { table: 'flow', column: 'brought' } as const] as const,
  ),
];

/** Sessions belong to an area only: grouped by area, and only a total in the other groupings. */
export const AREA_ONLY: readonly CellRef[] = [{ table: 'bottlenecks', column: 'sessions-over-capacity' }];

/** Column index of a reference (`total` is after the categories). */
export function columnIndex(ref: CellRef): number {
  const rule = TABLES[ref.table];
  const i =
    ref.column === 'total' && rule.hasColumnTotal ? rule.columns.length : rule.columns.indexOf(ref.column);
  if (i < 0) throw new Error(`figures: no column ${ref.table}.${ref.column}`);
  return i;
}

const toRef = (ref: CellRef): ColumnRef => ({
  table: TABLE_IDS.indexOf(ref.table),
  column: columnIndex(ref),
});

/** The frame layout of these tables for the given months, aggregates and group counts (area grouping first). */
export function figuresLayout(
  frame: Pick<FrameLayout, 'months' | 'aggregates' | 'stockMonth' | 'groupRows'>,
): FrameLayout {
  return {
    ...frame,
    // a month of one area, organisation or age group is mostly 1–4 in most columns: published, its protection hid
    // the quarters' and the pilot's totals (ADR 0005); by group, quarters and the pilot are published
    monthsByGroup: false,
    tables: TABLE_IDS.map((id) => ({
      columns: TABLES[id].columns.length,
      hasColumnTotal: TABLES[id].hasColumnTotal,
      isStock: TABLES[id].columns.map((c) => TABLES[id].stocks?.includes(c) === true),
    })),
    sameColumns: SAME_COLUMNS.map(([a, b]) => [toRef(a), toRef(b)] as const),
    atMost: AT_MOST.map(([a, b]) => [toRef(a), toRef(b)] as const),
    firstGroupingOnly: AREA_ONLY.map(toRef),
  };
}

type D = ScaleDomain;
/** The seven domains one by one (a domain added breaks this line, not the counts). */
const [D0, D1, D2, D3, D4, D5, D6]: readonly [D, D, D, D, D, D, D] = SCALE_DOMAINS;

/**
 * At least 3 ("challenges") on the social-situation scale, as a bit per domain in SCALE_DOMAINS order. Each domain
 * is read where it is written: a loop over the names would look every name up anew, for every case.
 */
export function challengedDomains(s: SocialSituationScale): number {
  return (
    (s[D0] >= 3 ? 1 : 0) |
    (s[D1] >= 3 ? 2 : 0) |
    (s[D2] >= 3 ? 4 : 0) |
    (s[D3] >= 3 ? 8 : 0) |
    (s[D4] >= 3 ? 16 : 0) |
    (s[D5] >= 3 ? 32 : 0) |
    (s[D6] >= 3 ? 64 : 0)
  );
}
