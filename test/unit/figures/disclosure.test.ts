import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressFrame, type CellStatus } from '../../../src/domain/figures/disclosure.js';
import { FrameIndex, type FrameLayout } from '../../../src/domain/figures/frame-layout.js';
import { recoveredCells, type ReaderView, type Seen } from './disclosure-attacker.js';

/** A frame of small hand-written tables: one table per entry, groupings of the given group counts. */
function layoutOf(over: Partial<FrameLayout> & Pick<FrameLayout, 'tables'>): FrameLayout {
  return {
    months: 1,
    aggregates: [],
    stockMonth: [],
    groupRows: [2],
    sameColumns: [],
    atMost: [],
    firstGroupingOnly: [],
    monthsByGroup: true,
    ...over,
  };
}
const table = (columns: number, hasColumnTotal = false) => ({
  columns,
  hasColumnTotal,
  isStock: Array.from({ length: columns }, () => false),
});

/**
 * What a reader of the frame knows, built from the layout's description (not from frame-layout.ts): the sums,
 * the cells equal by definition and the orderings, over positions numbered the same way.
 */
function readerOf(layout: FrameLayout, status: readonly CellStatus[], values: Int32Array): ReaderView {
  const index = new FrameIndex(layout);
  const sums: { total: number; parts: number[] }[] = [];
  const orderings: [number, number][] = [];
  const G = layout.groupRows.length;
  const P = layout.months + layout.aggregates.length;
  const ids = (n: number) => [...Array(n).keys()];
  for (let g = 0; g < G; g++)
    for (let t = 0; t < layout.tables.length; t++) {
      const R = layout.groupRows[g]! + 1;
      const C = index.cols(t);
      const isStock = (c: number) => layout.tables[t]!.isStock[c] === true;
      const onlyFirst = (c: number) => layout.firstGroupingOnly.some((x) => x.table === t && x.column === c);
      for (let p = 0; p < P; p++)
        for (let r = 0; r < R; r++)
          for (let c = 0; c < C; c++) {
            const at = index.at(g, t, p, r, c);
            if (r === R - 1 && (g === 0 || !onlyFirst(c)))
              sums.push({ total: at, parts: ids(R - 1).map((x) => index.at(g, t, p, x, c)) });
            if (c === C - 1 && layout.tables[t]!.hasColumnTotal)
              sums.push({ total: at, parts: ids(C - 1).map((x) => index.at(g, t, p, r, x)) });
            if (g > 0 && r === R - 1)
              sums.push({ total: at, parts: [index.at(0, t, p, layout.groupRows[0]!, c)] });
            const a = p - layout.months;
            if (a >= 0)
              sums.push(
                isStock(c)
                  ? { total: at, parts: [index.at(g, t, layout.stockMonth[a]!, r, c)] }
                  : { total: at, parts: layout.aggregates[a]!.map((m) => index.at(g, t, m, r, c)) },
              );
          }
      for (let p = 0; p < P; p++)
        for (let r = 0; r < R; r++) {
          for (const [x, y] of layout.sameColumns)
            sums.push({
              total: index.at(g, x.table, p, r, x.column),
              parts: [index.at(g, y.table, p, r, y.column)],
            });
          for (const [x, y] of layout.atMost)
            orderings.push([index.at(g, x.table, p, r, x.column), index.at(g, y.table, p, r, y.column)]);
        }
    }
  // an unpublished cell is unknown to the reader, like a hidden one: any count (its sums still hold)
  const cells: Seen[] = status.map((s, i) =>
    s === 'shown' ? values[i]! : s === 'small' ? 'small' : 'hidden',
  );
  return { cells, sums, orderings };
}

/** Values of a layout from its group cells: totals, total columns and aggregates summed, stocks repeated. */
function valuesOf(
  layout: FrameLayout,
  cell: (g: number, t: number, m: number, r: number, c: number) => number,
) {
  const index = new FrameIndex(layout);
  const v = new Int32Array(index.size);
  const value = (g: number, t: number, p: number, r: number, c: number): number => {
    const R = layout.groupRows[g]! + 1;
    const shape = layout.tables[t]!;
    if (p >= layout.months) {
      const a = p - layout.months;
      if (shape.isStock[c]) return value(g, t, layout.stockMonth[a]!, r, c);
      return layout.aggregates[a]!.reduce((s, m) => s + value(g, t, m, r, c), 0);
    }
    if (shape.hasColumnTotal && c === shape.columns)
      return [...Array(shape.columns).keys()].reduce((s, x) => s + value(g, t, p, r, x), 0);
    if (r === R - 1) return [...Array(R - 1).keys()].reduce((s, x) => s + value(g, t, p, x, c), 0);
    return cell(g, t, p, r, c);
  };
  for (let i = 0; i < index.size; i++) v[i] = value(...index.coordinates(i));
  return v;
}

function expectSafe(layout: FrameLayout, values: Int32Array): CellStatus[] {
  const status = suppressFrame(new FrameIndex(layout), values);
  const index = new FrameIndex(layout);
  values.forEach((v, i) => {
    if (v >= 1 && v <= 4) expect(status[i]).not.toBe('shown');
    const [g, , p, r] = index.coordinates(i);
    // a published row never reads "unpublished" (an unpublished one may share a published cell's number: a stock)
    if (index.isPublishedRow(g, p, r)) expect(status[i], `${i}`).not.toBe('unpublished');
  });
  const found = [...recoveredCells(readerOf(layout, status, values))];
  expect(found.filter(([, v]) => v >= 1 && v <= 4)).toEqual([]);
  return status;
}

describe('suppressFrame', () => {
  it.each([
    [
      'a 3 with 7, 9 and the total 19 shown: hides the 7 too, or 19 - 7 - 9 gives it',
      [3, 7, 9],
      ['small', 'complementary', 'shown', 'shown'],
    ],
    [
      '1 + 1 + 20 = 22: hides the 20, or both 1s follow from their sum 2',
      [1, 1, 20],
      ['small', 'small', 'complementary', 'shown'],
    ],
    [
      'no count of 1–4: publishes everything, zeros included',
      [0, 8, 9],
      ['shown', 'shown', 'shown', 'shown'],
    ],
  ])('%s', (_, groups, expected) => {
    const layout = layoutOf({ groupRows: [3], tables: [table(1)] });
    const values = valuesOf(layout, (_g, _t, _m, r) => groups[r]!);
    expect(expectSafe(layout, values)).toEqual(expected);
  });

  it('defeats the month-from-quarter attack: a small month is not its quarter minus the other months', () => {
    const layout = layoutOf({
      groupRows: [1],
      months: 3,
      aggregates: [[0, 1, 2]],
      stockMonth: [2],
      tables: [table(1)],
    });
    const values = valuesOf(layout, (_g, _t, m) => [2, 10, 12][m]!);
    const status = expectSafe(layout, values);
    expect(status.filter((s) => s !== 'shown').length).toBeGreaterThanOrEqual(4);
  });

  it('shows a "<5" as ".." when four "<5" months add up to a pilot of 4 (each would be 1)', () => {
    const layout = layoutOf({
      groupRows: [1],
      months: 6,
      aggregates: [[0, 1, 2, 3, 4, 5]],
      stockMonth: [5],
      tables: [table(1)],
    });
    const values = valuesOf(layout, (_g, _t, m) => [1, 0, 1, 0, 1, 1][m]!);
    const status = expectSafe(layout, values);
    expect(status.some((s, i) => s === 'complementary' && values[i]! >= 1 && values[i]! <= 4)).toBe(true);
  });

  it('gives a number the same status wherever it is published: the total row of every grouping', () => {
    const layout = layoutOf({ groupRows: [2, 3], tables: [table(1)] });
    const byGroup = [
      [3, 9],
      [0, 6, 6],
    ];
    const values = valuesOf(layout, (g, _t, _m, r) => byGroup[g]![r]!);
    const status = expectSafe(layout, values);
    const index = new FrameIndex(layout);
    expect(status[index.at(0, 0, 0, 2, 0)]).toBe(status[index.at(1, 0, 0, 3, 0)]);
  });

  it('hides across tables that share a column: a small decision spreads to the linked table', () => {
    const layout = layoutOf({
      groupRows: [2],
      tables: [table(2, true), table(2, true)],
      sameColumns: [
        [
          { table: 0, column: 0 },
          { table: 1, column: 0 },
        ],
      ],
    });
    const cells = [
      [
        [2, 7],
        [8, 9],
      ],
      [
        [2, 6],
        [8, 5],
      ],
    ];
    const values = valuesOf(layout, (_g, t, _m, r, c) => cells[t]![r]![c]!);
    const status = expectSafe(layout, values);
    const index = new FrameIndex(layout);
    expect(status[index.at(0, 1, 0, 0, 0)]).toBe('small');
  });

  it('keeps an ordering by definition: a hidden part cannot be pinned by a shown cell it may not exceed', () => {
    const layout = layoutOf({
      groupRows: [2],
      tables: [table(1), table(1)],
      atMost: [
        [
          { table: 0, column: 0 },
          { table: 1, column: 0 },
        ],
      ],
    });
    const cells = [
      [3, 6],
      [3, 7],
    ];
    expectSafe(
      layout,
      valuesOf(layout, (_g, t, _m, r) => cells[t]![r]!),
    );
  });
});

describe('suppressFrame (property)', () => {
  const shape = fc.record({
    groupRows: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 2 }),
    tables: fc.array(fc.record({ columns: fc.integer({ min: 1, max: 3 }), hasColumnTotal: fc.boolean() }), {
      minLength: 1,
      maxLength: 2,
    }),
    withQuarter: fc.boolean(),
    monthsByGroup: fc.boolean(),
    isLinked: fc.boolean(),
    stockLast: fc.boolean(),
  });
  const count = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 12 }));

  it('leaves no count of 1–4 recoverable from the shown cells, the sums, the shared cells and the orderings', () => {
    fc.assert(
      fc.property(shape, fc.array(count, { minLength: 200, maxLength: 200 }), (s, pool) => {
        const months = s.withQuarter ? 3 : 1;
        const tables = s.tables.map((t, i) => ({
          ...table(t.columns, t.hasColumnTotal),
          isStock: Array.from(
            { length: t.columns },
            (_, c) => s.stockLast && i === 0 && c === t.columns - 1 && !t.hasColumnTotal,
          ),
        }));
        const canLink = tables.length === 2 && tables.every((t) => t.hasColumnTotal);
        const layout = layoutOf({
          months,
          aggregates: s.withQuarter ? [[0, 1, 2]] : [],
          stockMonth: s.withQuarter ? [2] : [],
          groupRows: s.groupRows,
          monthsByGroup: s.monthsByGroup || !s.withQuarter,
          tables,
          sameColumns:
            s.isLinked && canLink
              ? [
                  [
                    { table: 0, column: tables[0]!.columns },
                    { table: 1, column: tables[1]!.columns },
                  ],
                ]
              : [],
        });
        let k = 0;
        const drawn = new Map<string, number>();
        const values = valuesOf(layout, (g, t, m, r, c) => {
          const key = `${g}|${t}|${m}|${r}|${c}`;
          if (!drawn.has(key)) drawn.set(key, pool[k++ % pool.length]!);
          return drawn.get(key)!;
        });
        const index = new FrameIndex(layout);
        const totalsAgree = [...Array(index.size).keys()].every((i) => {
          const [g, t, p, r, c] = index.coordinates(i);
          if (r !== index.rows(g) - 1 || g === 0) return true;
          return values[i] === values[index.at(0, t, p, index.rows(0) - 1, c)];
        });
        const linksAgree = layout.sameColumns.every(([a, b]) =>
          [...Array(index.rows(0)).keys()].every(
            (r) =>
              values[index.at(0, a.table, 0, r, a.column)] === values[index.at(0, b.table, 0, r, b.column)],
          ),
        );
        fc.pre(totalsAgree && linksAgree);
        expectSafe(layout, values);
      }),
      { numRuns: 150, seed: 5 },
    );
  }, 120_000);
});
