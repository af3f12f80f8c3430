/**
 * Statistical disclosure control for the evaluators' figures (REFERENCE.md "Figures for evaluators").
 * Primary suppression: a count of 1–4 is shown as "<5". Complementary suppression: further cells are hidden until no
 * hidden cell can be recovered from what is shown, neither by solving the published sums (rows, columns, totals,
 * a quarter or the pilot against its months) as linear equations, nor by bounding them (a "<5" is 1–4, a hidden
 * complementary cell is 0 or at least 5).
 */
import { derivableCells } from './disclosure-attack.js';

export type CellStatus = 'shown' | 'small' | 'complementary';

/** `total` = sum of `parts`, as cell indices: one published equation. */
export interface Relation {
  readonly total: number;
  readonly parts: readonly number[];
}

export const isSmall = (n: number): boolean => n >= 1 && n <= 4;

/** Which cells to hide; the values themselves are untouched. */
export function suppress(values: readonly number[], relations: readonly Relation[]): CellStatus[] {
  const status: CellStatus[] = values.map((v) => (isSmall(v) ? 'small' : 'shown'));
  for (;;) {
    protectLoneCells(values, status, relations);
    const exposed = derivableCells(values, status, relations);
    if (exposed.length === 0) return status;
    const before = status.filter((s) => s !== 'shown').length;
    for (const cell of exposed) {
      const complement = pickComplement(cell, values, status, relations);
      if (complement !== undefined) status[complement] = 'complementary';
    }
    if (status.filter((s) => s !== 'shown').length === before) return status;
  }
}

/** The cheap, common case first: an equation with exactly one hidden cell gives it away, so hide a second one. */
function protectLoneCells(
  values: readonly number[],
  status: CellStatus[],
  relations: readonly Relation[],
): void {
  for (let changed = true; changed;) {
    changed = false;
    for (const r of relations) {
      const cells = [r.total, ...r.parts];
      const hidden = cells.filter((c) => status[c] !== 'shown');
      if (hidden.length !== 1) continue;
      const complement = pickComplement(hidden[0]!, values, status, [r]);
      if (complement === undefined) continue;
      status[complement] = 'complementary';
      changed = true;
    }
  }
}

/** The shown cell sharing an equation with `cell` that costs least to hide: the smallest non-zero count. */
function pickComplement(
  cell: number,
  values: readonly number[],
  status: readonly CellStatus[],
  relations: readonly Relation[],
): number | undefined {
  const near = relations
    .filter((r) => r.total === cell || r.parts.includes(cell))
    .flatMap((r) => [r.total, ...r.parts]);
  const everywhere = values.map((_, i) => i);
  for (const pool of [near, everywhere]) {
    const open = pool.filter((i) => status[i] === 'shown');
    const best =
      cheapest(
        open.filter((i) => values[i]! > 0),
        values,
      ) ?? cheapest(open, values);
    if (best !== undefined) return best;
  }
  return undefined;
}

function cheapest(cells: readonly number[], values: readonly number[]): number | undefined {
  let best: number | undefined;
  for (const i of cells) if (best === undefined || values[i]! < values[best]!) best = i;
  return best;
}

/** A grid of counts per period: `values[period][row][column]`, groups × categories, without totals. */
export interface GridFrame {
  readonly values: readonly (readonly (readonly number[])[])[];
  /** Category columns that partition the whole, so a total column is published. */
  readonly hasColumnTotal: boolean;
  /** Aggregate periods as index of the aggregate and of its parts (a quarter and its months). */
  readonly periodSums: readonly { readonly total: number; readonly parts: readonly number[] }[];
}

/** A grid with its totals: rows = groups + total row, columns = categories (+ total column). */
export interface SuppressedGrid {
  readonly values: number[][][];
  readonly status: CellStatus[][][];
}

/** Adds the totals, lays out every published equation, and suppresses the whole frame jointly. */
export function suppressGrid(frame: GridFrame): SuppressedGrid {
  const withTotals = frame.values.map((g) => addTotals(g, frame.hasColumnTotal));
  const rows = withTotals[0]?.length ?? 0;
  const cols = withTotals[0]?.[0]?.length ?? 0;
  const at = (p: number, r: number, c: number) => (p * rows + r) * cols + c;
  const relations: Relation[] = [];
  for (let p = 0; p < withTotals.length; p++) {
    for (let c = 0; c < cols; c++)
      relations.push({ total: at(p, rows - 1, c), parts: range(rows - 1).map((r) => at(p, r, c)) });
    if (frame.hasColumnTotal)
      for (let r = 0; r < rows; r++)
        relations.push({ total: at(p, r, cols - 1), parts: range(cols - 1).map((c) => at(p, r, c)) });
  }
  for (const s of frame.periodSums)
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++)
        relations.push({ total: at(s.total, r, c), parts: s.parts.map((p) => at(p, r, c)) });
  const status = suppress(withTotals.flat(2), relations);
  return {
    values: withTotals,
    status: withTotals.map((g, p) => g.map((row, r) => row.map((_, c) => status[at(p, r, c)]!))),
  };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function addTotals(grid: readonly (readonly number[])[], hasColumnTotal: boolean): number[][] {
  const rows = grid.map((row) => (hasColumnTotal ? [...row, sum(row)] : [...row]));
  const width = rows[0]?.length ?? 0;
  return [...rows, range(width).map((c) => sum(rows.map((row) => row[c]!)))];
}
