import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppress, suppressGrid, type Relation } from '../../../src/domain/figures/disclosure.js';
import { recoverableCells } from './disclosure-attacker.js';

/** The same equations suppressGrid publishes, for the attacker. */
function gridRelations(
  periods: number,
  rows: number,
  cols: number,
  hasColumnTotal: boolean,
  sums: { total: number; parts: number[] }[],
) {
  const R = rows + 1;
  const C = cols + (hasColumnTotal ? 1 : 0);
  const at = (p: number, r: number, c: number) => (p * R + r) * C + c;
  const rel: Relation[] = [];
  for (let p = 0; p < periods; p++) {
    for (let c = 0; c < C; c++)
      rel.push({ total: at(p, R - 1, c), parts: [...Array(R - 1).keys()].map((r) => at(p, r, c)) });
    if (hasColumnTotal)
      for (let r = 0; r < R; r++)
        rel.push({ total: at(p, r, C - 1), parts: [...Array(C - 1).keys()].map((c) => at(p, r, c)) });
  }
  for (const s of sums)
    for (let r = 0; r < R; r++)
      for (let c = 0; c < C; c++)
        rel.push({ total: at(s.total, r, c), parts: s.parts.map((p) => at(p, r, c)) });
  return rel;
}

const QUARTER = [{ total: 3, parts: [0, 1, 2] }];

describe('suppress', () => {
  it('shows counts of 0 and 5 or more and marks 1–4 as small', () => {
    expect(suppress([0, 5, 1, 4], [])).toEqual(['shown', 'shown', 'small', 'small']);
  });

  it('hides a second cell of a row whose total is shown, so that the total minus the rest does not give the small one', () => {
    // 3 + 7 + 9 = 19: hiding only the 3 lets a reader compute 19 - 7 - 9
    const status = suppress([3, 7, 9, 19], [{ total: 3, parts: [0, 1, 2] }]);
    expect(status).toEqual(['small', 'complementary', 'shown', 'shown']);
  });

  it('does not leave two small cells whose known sum pins both (1 + 1 = 2)', () => {
    const status = suppress([1, 1, 20, 22], [{ total: 3, parts: [0, 1, 2] }]);
    expect(status[2]).toBe('complementary');
  });

  it('defeats the month-from-quarter attack: a hidden month is not the quarter minus the other months', () => {
    // one cell per period: months 2, 10, 12 and their quarter 24
    const status = suppress([2, 10, 12, 24], [{ total: 3, parts: [0, 1, 2] }]);
    const values = [2, 10, 12, 24];
    expect(recoverableCells(values, status, [{ total: 3, parts: [0, 1, 2] }])).toEqual([]);
    expect(status.filter((s) => s !== 'shown').length).toBeGreaterThanOrEqual(2);
  });

  it('protects a small cell in a 2 × 2 table against row, column and grand-total differencing', () => {
    const frame = {
      values: [
        [
          [3, 8],
          [9, 11],
        ],
      ],
      hasColumnTotal: true,
      periodSums: [],
    };
    const grid = suppressGrid(frame);
    const flat = grid.values.flat(2);
    expect(recoverableCells(flat, grid.status.flat(2), gridRelations(1, 2, 2, true, []))).toEqual([]);
    expect(grid.status[0]![0]![0]).toBe('small');
  });

  it('publishes everything when no count is 1–4', () => {
    const grid = suppressGrid({
      values: [
        [
          [0, 8],
          [9, 11],
        ],
      ],
      hasColumnTotal: true,
      periodSums: [],
    });
    expect(grid.status.flat(2).every((s) => s === 'shown')).toBe(true);
  });
});

describe('suppressGrid (property)', () => {
  const count = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 30 }));
  const shape = fc.record({
    rows: fc.integer({ min: 1, max: 4 }),
    cols: fc.integer({ min: 1, max: 4 }),
    hasColumnTotal: fc.boolean(),
    withQuarter: fc.boolean(),
  });
  const frame = shape.chain((s) =>
    fc.record({
      shape: fc.constant(s),
      months: fc.array(
        fc.array(fc.array(count, { minLength: s.cols, maxLength: s.cols }), {
          minLength: s.rows,
          maxLength: s.rows,
        }),
        {
          minLength: s.withQuarter ? 3 : 1,
          maxLength: s.withQuarter ? 3 : 1,
        },
      ),
    }),
  );

  it('leaves no hidden cell recoverable from the shown cells and the published sums, across months and their quarter', () => {
    fc.assert(
      fc.property(frame, ({ shape: s, months }) => {
        const values = s.withQuarter
          ? [
              ...months,
              months[0]!.map((row, r) => row.map((_, c) => months.reduce((a, m) => a + m[r]![c]!, 0))),
            ]
          : months;
        const sums = s.withQuarter ? QUARTER : [];
        const grid = suppressGrid({ values, hasColumnTotal: s.hasColumnTotal, periodSums: sums });
        const flat = grid.values.flat(2);
        const status = grid.status.flat(2);
        flat.forEach((v, i) => {
          if (v >= 1 && v <= 4) expect(status[i]).not.toBe('shown');
        });
        expect(
          recoverableCells(
            flat,
            status,
            gridRelations(values.length, s.rows, s.cols, s.hasColumnTotal, sums),
          ),
        ).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
