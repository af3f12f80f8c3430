/**
 * What a reader of a frame can rely on (frame-layout.ts): the cells equal by definition, the published sums and the
 * orderings by definition, over cell positions.
 */
import type { FrameIndex } from './frame-layout.js';

/**
 * The cells equal by definition as one class each, named by its first position: the total rows of all groupings,
 * the linked columns of different tables, and a stock of a quarter or the pilot with the month it repeats.
 */
export function sameCells(index: FrameIndex): Int32Array {
  const parent = new Int32Array(index.size);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (a: number, b: number) => {
    const x = find(a);
    const y = find(b);
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
        for (const pair of layout.sameColumns)
          join(
            index.at(g, pair[0].table, p, r, pair[0].column),
            index.at(g, pair[1].table, p, r, pair[1].column),
          );
        if (p < layout.months) continue;
        const month = layout.stockMonth[p - layout.months]!;
        for (let t = 0; t < layout.tables.length; t++)
          for (let c = 0; c < layout.tables[t]!.columns; c++)
            if (index.isStock(t, c)) join(index.at(g, t, p, r, c), index.at(g, t, month, r, c));
      }
  for (let i = 0; i < parent.length; i++) parent[i] = find(i);
  return parent;
}

/** Lists of cell positions (or classes), flat: list `i` is `cells[start[i]]` up to `cells[start[i + 1]]`. */
export interface CellLists {
  readonly start: Int32Array;
  readonly cells: Int32Array;
}

const asLists = (start: number[], cells: number[]): CellLists => ({
  start: Int32Array.from(start),
  cells: Int32Array.from(cells),
});

/**
 * Every published sum, as a list of its total and then its parts: group rows to the total row, categories to the
 * total column, months to a quarter or the pilot. Positions are `base + (p · R + r) · C + c` (FrameIndex.at).
 */
export function frameRelations(index: FrameIndex): CellLists {
  const { layout } = index;
  const start = [0];
  const cells: number[] = [];
  for (let g = 0; g < layout.groupRows.length; g++)
    for (let t = 0; t < layout.tables.length; t++) {
      const shape = layout.tables[t]!;
      const R = index.rows(g);
      const C = index.cols(t);
      const base = index.offset(g, t);
      for (let p = 0; p < index.periods; p++) {
        const rows = base + p * R * C;
        for (let c = 0; c < C; c++) {
          const isGrouped = g === 0 || !index.isFirstGroupingOnly(t, c);
          if (!isGrouped || (p >= layout.months && index.isStock(t, c))) continue;
          cells.push(rows + (R - 1) * C + c);
          for (let r = 0; r < R - 1; r++) cells.push(rows + r * C + c);
          start.push(cells.length);
        }
        if (shape.hasColumnTotal)
          for (let r = 0; r < R; r++) {
            cells.push(rows + r * C + C - 1);
            for (let c = 0; c < C - 1; c++) cells.push(rows + r * C + c);
            start.push(cells.length);
          }
      }
      for (let a = 0; a < layout.aggregates.length; a++)
        for (let r = 0; r < R; r++)
          for (let c = 0; c < C; c++)
            if (!index.isStock(t, c)) {
              cells.push(base + ((layout.months + a) * R + r) * C + c);
              const months = layout.aggregates[a]!;
              for (let i = 0; i < months.length; i++) cells.push(base + (months[i]! * R + r) * C + c);
              start.push(cells.length);
            }
    }
  return asLists(start, cells);
}

/** Every pair of cells ordered by definition, as a list of two positions: the smaller, then the larger. */
export function frameOrderings(index: FrameIndex): CellLists {
  const { layout } = index;
  const pairs = layout.atMost;
  const start = [0];
  const cells: number[] = [];
  for (let g = 0; g < layout.groupRows.length; g++) {
    const R = index.rows(g);
    // each side of each pair: its cell in the first period and row, and its table's columns
    const sides = pairs.flatMap(([a, b]) =>
      [a, b].map((x) => ({ at: index.offset(g, x.table) + x.column, C: index.cols(x.table) })),
    );
    for (let p = 0; p < index.periods; p++)
      for (let r = 0; r < R; r++)
        for (let i = 0; i < sides.length; i += 2) {
          const a = sides[i]!;
          const b = sides[i + 1]!;
          cells.push(a.at + (p * R + r) * a.C, b.at + (p * R + r) * b.C);
          start.push(cells.length);
        }
  }
  return asLists(start, cells);
}

/** For each of `size` classes (`classOf` a position's class), the lists holding its positions, a list once a position. */
export function listsOfClasses(size: number, lists: CellLists, classOf: Int32Array): CellLists {
  const { start: from, cells: members } = lists;
  const start = new Int32Array(size + 1);
  for (let k = 0; k < members.length; k++) start[classOf[members[k]!]! + 1]!++;
  for (let c = 0; c < size; c++) start[c + 1]! += start[c]!;
  const next = start.slice(0, size);
  const cells = new Int32Array(members.length);
  for (let i = 0; i < from.length - 1; i++)
    for (let k = from[i]!; k < from[i + 1]!; k++) cells[next[classOf[members[k]!]!]!++] = i;
  return { start, cells };
}
