/**
 * What a reader of a frame can rely on (frame-layout.ts): the cells equal by definition, the published sums and the
 * orderings by definition, over cell positions.
 */
import type { FrameIndex, Relation } from './frame-layout.js';

/**
 * The cells equal by definition as one class each, named by its first position: the total rows of all groupings,
 * the linked columns of different tables, and a stock of a quarter or the pilot with the month it repeats.
 */
export function sameCells(index: FrameIndex): Int32Array {
  const parent = Int32Array.from({ length: index.size }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const { layout } = index;
  const G = layout.groupRows.length;
  for (let t = 0; t < layout.tables.length; t++)
    for (let p = 0; p < index.periods; p++)
      for (let c = 0; c < index.cols(t); c++)
        for (let g = 1; g < G; g++)
          join(index.at(0, t, p, index.rows(0) - 1, c), index.at(g, t, p, index.rows(g) - 1, c));
  for (let g = 0; g < G; g++)
    for (let p = 0; p < index.periods; p++)
      for (let r = 0; r < index.rows(g); r++) {
        for (const [a, b] of layout.sameColumns)
          join(index.at(g, a.table, p, r, a.column), index.at(g, b.table, p, r, b.column));
        if (p < layout.months) continue;
        const month = layout.stockMonth[p - layout.months]!;
        for (let t = 0; t < layout.tables.length; t++)
          for (let c = 0; c < layout.tables[t]!.columns; c++)
            if (index.isStock(t, c)) join(index.at(g, t, p, r, c), index.at(g, t, month, r, c));
      }
  return parent.map((_, i) => find(i));
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Every published sum: group rows to the total row, categories to the total column, months to a quarter or the pilot. */
export function frameRelations(index: FrameIndex): Relation[] {
  const { layout } = index;
  const out: Relation[] = [];
  for (let g = 0; g < layout.groupRows.length; g++)
    for (let t = 0; t < layout.tables.length; t++) {
      const shape = layout.tables[t]!;
      const [R, C] = [index.rows(g), index.cols(t)];
      for (let p = 0; p < index.periods; p++) {
        for (let c = 0; c < C; c++) {
          const isGrouped = g === 0 || !index.isFirstGroupingOnly(t, c);
          if (!isGrouped || (p >= layout.months && index.isStock(t, c))) continue;
          out.push({
            total: index.at(g, t, p, R - 1, c),
            parts: range(R - 1).map((r) => index.at(g, t, p, r, c)),
          });
        }
        if (shape.hasColumnTotal)
          for (let r = 0; r < R; r++)
            out.push({
              total: index.at(g, t, p, r, C - 1),
              parts: range(C - 1).map((c) => index.at(g, t, p, r, c)),
            });
      }
      layout.aggregates.forEach((months, a) => {
        for (let r = 0; r < R; r++)
          for (let c = 0; c < C; c++)
            if (!index.isStock(t, c))
              out.push({
                total: index.at(g, t, layout.months + a, r, c),
                parts: months.map((m) => index.at(g, t, m, r, c)),
              });
      });
    }
  return out;
}

/** Every pair of cells ordered by definition, as positions [smaller, larger]. */
export function frameOrderings(index: FrameIndex): [number, number][] {
  const { layout } = index;
  const out: [number, number][] = [];
  for (let g = 0; g < layout.groupRows.length; g++)
    for (let p = 0; p < index.periods; p++)
      for (let r = 0; r < index.rows(g); r++)
        for (const [a, b] of layout.atMost)
          out.push([index.at(g, a.table, p, r, a.column), index.at(g, b.table, p, r, b.column)]);
  return out;
}
