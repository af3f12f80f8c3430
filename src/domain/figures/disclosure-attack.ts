/**
 * What a reader can work out from a suppressed table: the hidden cells whose exact value follows from the shown
 * cells and the published sums. Suppression repeats until this finds nothing.
 */
import type { CellStatus, Relation } from './disclosure.js';

const EPS = 1e-9;

export function derivableCells(
  values: readonly number[],
  status: readonly CellStatus[],
  relations: readonly Relation[],
): number[] {
  const { exposed, knownZero } = byBounds(values, status, relations);
  if (exposed.length > 0) return exposed;
  // a hidden cell forced to 0 discloses no more than a published 0; the reader knows it, though
  return byLinearAlgebra(
    status.map((s, i) => (knownZero.has(i) ? 'shown' : s)),
    relations,
  );
}

/**
 * Interval reasoning: "<5" is 1–4, a complementary cell 0 or ≥ 5, shown cells exact; narrowed to a fixed point.
 * Exposed: a small cell, or a non-zero complementary one, pinned to one value.
 */
function byBounds(
  values: readonly number[],
  status: readonly CellStatus[],
  relations: readonly Relation[],
): { exposed: number[]; knownZero: Set<number> } {
  const lo = status.map((s, i) => (s === 'shown' ? values[i]! : s === 'small' ? 1 : 0));
  const hi = status.map((s, i) => (s === 'shown' ? values[i]! : s === 'small' ? 4 : Infinity));
  for (let round = 0, changed = true; changed && round < 50; round++) {
    changed = false;
    const tighten = (i: number, newLo: number, newHi: number) => {
      if (status[i] === 'complementary') {
        if (newHi < 5) newHi = 0;
        if (newLo > 0) newLo = Math.max(newLo, 5);
      }
      if (newLo > lo[i]! + EPS) {
        lo[i] = newLo;
        changed = true;
      }
      if (newHi < hi[i]! - EPS) {
        hi[i] = newHi;
        changed = true;
      }
    };
    for (const r of relations) {
      const sumLo = r.parts.reduce((a, p) => a + lo[p]!, 0);
      const sumHi = r.parts.reduce((a, p) => a + hi[p]!, 0);
      tighten(r.total, sumLo, sumHi);
      for (const p of r.parts) tighten(p, lo[r.total]! - (sumHi - hi[p]!), hi[r.total]! - (sumLo - lo[p]!));
    }
  }
  const pinned = (i: number) => hi[i]! - lo[i]! < EPS;
  const knownZero = new Set(
    status.flatMap((s, i) => (s === 'complementary' && pinned(i) && hi[i] === 0 ? [i] : [])),
  );
  const exposed = status.flatMap((s, i) => (s !== 'shown' && pinned(i) && !knownZero.has(i) ? [i] : []));
  return { exposed, knownZero };
}

/**
 * Linear algebra over the hidden cells only: a hidden cell is determined when, in the reduced row echelon form of
 * the equations, its pivot row has no free variable.
 */
function byLinearAlgebra(status: readonly CellStatus[], relations: readonly Relation[]): number[] {
  const hidden = status.flatMap((s, i) => (s === 'shown' ? [] : [i]));
  const column = new Map(hidden.map((cell, j) => [cell, j]));
  const rows = relations
    .map((r) => {
      const row = new Array<number>(hidden.length).fill(0);
      const add = (cell: number, k: number) => {
        const j = column.get(cell);
        if (j !== undefined) row[j]! += k;
      };
      add(r.total, -1);
      r.parts.forEach((p) => add(p, 1));
      return row;
    })
    .filter((row) => row.some((x) => Math.abs(x) > EPS));
  const pivots = reduce(rows, hidden.length);
  const free = [...Array(hidden.length).keys()].filter((k) => !pivots.has(k));
  return [...pivots].flatMap(([j, r]) =>
    free.every((k) => Math.abs(rows[r]![k]!) < EPS) ? [hidden[j]!] : [],
  );
}

/** In-place Gauss–Jordan elimination; returns pivot column -> row. */
function reduce(rows: number[][], width: number): Map<number, number> {
  const pivots = new Map<number, number>();
  let r = 0;
  for (let c = 0; c < width && r < rows.length; c++) {
    let best = r;
    for (let i = r + 1; i < rows.length; i++)
      if (Math.abs(rows[i]![c]!) > Math.abs(rows[best]![c]!)) best = i;
    if (Math.abs(rows[best]![c]!) < EPS) continue;
    [rows[r], rows[best]] = [rows[best]!, rows[r]!];
    const pivot = rows[r]!;
    const k = pivot[c]!;
    for (let x = 0; x < width; x++) pivot[x]! /= k;
    for (let i = 0; i < rows.length; i++) {
      if (i === r) continue;
      const f = rows[i]![c]!;
      if (Math.abs(f) < EPS) continue;
      const row = rows[i]!;
      for (let x = 0; x < width; x++) row[x]! -= f * pivot[x]!;
    }
    pivots.set(c, r);
    r++;
  }
  return pivots;
}
