/**
 * An attacker written independently of the suppression code. It knows what a reader knows: the published cells
 * ("<5" is 1–4, ".." is any count), equations between them (sums, and cells equal by definition) and orderings
 * by definition. It repeats three attacks until none finds anything new, each recovered cell becoming known:
 * - interval reasoning over every equation and ordering (integer bounds, to a fixed point);
 * - exact linear elimination of the unknown cells (over the integers modulo a large prime);
 * - enumeration of each equation with at most three unknowns within their bounds.
 */

/** What a reader sees of one cell. */
export type Seen = number | 'small' | 'hidden';

export interface ReaderView {
  readonly cells: readonly Seen[];
  /** `total` = sum of `parts` (an equality is a sum with one part). */
  readonly sums: readonly { readonly total: number; readonly parts: readonly number[] }[];
  /** First ≤ second. */
  readonly orderings: readonly (readonly [number, number])[];
}

/** Unknown cells the attacker pins to one value, with that value. */
export function recoveredCells(view: ReaderView): Map<number, number> {
  const merged = mergeEqualCells(view);
  const found = recoveredClasses(merged.view);
  const out = new Map<number, number>();
  view.cells.forEach((seen, i) => {
    const v = found.get(merged.classOf[i]!);
    if (v !== undefined && typeof seen !== 'number') out.set(i, v);
  });
  return out;
}

/** Cells that are the same number (an equation with one part) become one cell, known as well as its best copy. */
function mergeEqualCells(view: ReaderView): { view: ReaderView; classOf: number[] } {
  const parent = view.cells.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const { total, parts } of view.sums) if (parts.length === 1) parent[find(total)] = find(parts[0]!);
  const ids = new Map<number, number>();
  const classOf = view.cells.map((_, i) => {
    const r = find(i);
    if (!ids.has(r)) ids.set(r, ids.size);
    return ids.get(r)!;
  });
  const cells: Seen[] = Array.from({ length: ids.size }, () => 'hidden');
  view.cells.forEach((seen, i) => {
    const c = classOf[i]!;
    const was = cells[c]!;
    if (typeof seen === 'number') {
      if (typeof was === 'number' && was !== seen)
        throw new Error(`attacker: one number shown as ${was} and ${seen}`);
      cells[c] = seen;
    } else if (seen === 'small') {
      if (typeof was !== 'number') cells[c] = 'small';
      else if (!(was >= 1 && was <= 4)) throw new Error(`attacker: a "<5" shown elsewhere as ${was}`);
    }
  });
  return {
    classOf,
    view: {
      cells,
      sums: view.sums
        .filter((s) => s.parts.length > 1)
        .map((s) => ({ total: classOf[s.total]!, parts: s.parts.map((p) => classOf[p]!) })),
      orderings: view.orderings.map(([a, b]) => [classOf[a]!, classOf[b]!] as const),
    },
  };
}

function recoveredClasses(view: ReaderView): Map<number, number> {
  const n = view.cells.length;
  const lo = view.cells.map((s) => (typeof s === 'number' ? s : s === 'small' ? 1 : 0));
  const hi = view.cells.map((s) => (typeof s === 'number' ? s : s === 'small' ? 4 : Infinity));
  const recovered = new Map<number, number>();
  const known = (i: number) => lo[i] === hi[i];
  const pin = (i: number, v: number) => {
    if (known(i) && lo[i] === v) return false;
    if (v < lo[i]! || v > hi[i]!) throw new Error(`attacker: contradiction at cell ${i}`);
    lo[i] = hi[i] = v;
    if (typeof view.cells[i] !== 'number') recovered.set(i, v);
    return true;
  };
  for (let progress = true; progress;) {
    progress = false;
    tightenBounds(view, lo, hi);
    for (let i = 0; i < n; i++)
      if (known(i) && typeof view.cells[i] !== 'number' && !recovered.has(i)) {
        recovered.set(i, lo[i]!);
        progress = true;
      }
    for (const [i, v] of byElimination(view, lo, hi)) progress = pin(i, v) || progress;
    for (const [i, v] of byEnumeration(view, lo, hi)) progress = pin(i, v) || progress;
  }
  return recovered;
}

function tightenBounds(view: ReaderView, lo: number[], hi: number[]): void {
  for (let round = 0, changed = true; changed && round < 200; round++) {
    changed = false;
    const set = (i: number, l: number, h: number) => {
      if (l > lo[i]!) [lo[i], changed] = [l, true];
      if (h < hi[i]!) [hi[i], changed] = [h, true];
      if (lo[i]! > hi[i]!) throw new Error(`attacker: empty bounds at cell ${i}`);
    };
    for (const { total, parts } of view.sums) {
      const sumLo = parts.reduce((a, p) => a + lo[p]!, 0);
      const sumHi = parts.reduce((a, p) => a + hi[p]!, 0);
      set(total, sumLo, sumHi);
      for (const p of parts) set(p, lo[total]! - (sumHi - hi[p]!), hi[total]! - (sumLo - lo[p]!));
    }
    for (const [a, b] of view.orderings) {
      set(a, lo[a]!, hi[b]!);
      set(b, lo[a]!, hi[b]!);
    }
  }
}

const P = 67_108_859; // a prime below 2^26: products stay exact in doubles
const mod = (x: number) => ((x % P) + P) % P;
const mul = (a: number, b: number) => mod(a * b);
function inverse(a: number): number {
  let [r0, r1, s0, s1] = [P, mod(a), 0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0);
}

/** Unknowns whose value follows from the equations alone: a pivot of the reduced system with no free unknown. */
function byElimination(view: ReaderView, lo: readonly number[], hi: readonly number[]): [number, number][] {
  const isKnown = (i: number) => lo[i] === hi[i];
  // reduced row echelon form, kept reduced: a pivot's column appears in no other pivot row
  const pivots = new Map<number, { row: Map<number, number>; rhs: number }>();
  const occurs = new Map<number, Set<number>>();
  const note = (col: number, pivot: number, isIn: boolean) => {
    const set = occurs.get(col) ?? new Set<number>();
    occurs.set(col, set);
    if (isIn) set.add(pivot);
    else set.delete(pivot);
  };
  const subtract = (row: Map<number, number>, f: number, other: Map<number, number>, owner?: number) => {
    for (const [c, k] of other) {
      const x = mod((row.get(c) ?? 0) - f * k);
      if (x === 0) row.delete(c);
      else row.set(c, x);
      if (owner !== undefined) note(c, owner, x !== 0);
    }
  };
  for (const { total, parts } of view.sums) {
    const row = new Map<number, number>();
    let rhs = 0;
    const add = (i: number, k: number) => {
      if (isKnown(i)) rhs = mod(rhs - k * lo[i]!);
      else row.set(i, mod((row.get(i) ?? 0) + k));
    };
    add(total, -1);
    parts.forEach((p) => add(p, 1));
    for (const [c, k] of [...row]) if (k === 0) row.delete(c);
    // pivot rows hold no other pivot column, so one pass over the row's own columns reduces it
    for (const c of [...row.keys()]) {
      const pivot = pivots.get(c);
      const f = row.get(c);
      if (!pivot || f === undefined) continue;
      subtract(row, f, pivot.row);
      rhs = mod(rhs - f * pivot.rhs);
    }
    if (row.size === 0) continue;
    let c = Infinity;
    for (const col of row.keys()) c = Math.min(c, col);
    const inv = inverse(row.get(c)!);
    for (const [col, k] of row) row.set(col, mul(k, inv));
    rhs = mul(rhs, inv);
    for (const owner of [...(occurs.get(c) ?? [])]) {
      const other = pivots.get(owner)!;
      const f = other.row.get(c)!;
      subtract(other.row, f, row, owner);
      other.rhs = mod(other.rhs - f * rhs);
    }
    pivots.set(c, { row, rhs });
    for (const col of row.keys()) note(col, c, true);
  }
  const out: [number, number][] = [];
  for (const [c, { row, rhs }] of pivots) if (row.size === 1) out.push([c, rhs > P / 2 ? rhs - P : rhs]);
  return out;
}

/** Each equation with at most three unknowns, every assignment within bounds tried. */
function byEnumeration(view: ReaderView, lo: readonly number[], hi: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const { total, parts } of view.sums) {
    const cells = [total, ...parts];
    const unknown = [...new Set(cells.filter((i) => lo[i] !== hi[i]))];
    if (unknown.length === 0 || unknown.length > 3) continue;
    const range = (i: number) => {
      const top = Math.min(hi[i]!, lo[i]! + 60);
      return Array.from({ length: top - lo[i]! + 1 }, (_, k) => lo[i]! + k);
    };
    const seen = unknown.map(() => new Set<number>());
    const value = new Map<number, number>();
    const walk = (k: number): void => {
      if (k === unknown.length) {
        const v = (i: number) => value.get(i) ?? lo[i]!;
        if (v(total) === parts.reduce((a, p) => a + v(p), 0)) unknown.forEach((i, j) => seen[j]!.add(v(i)));
        return;
      }
      for (const x of range(unknown[k]!)) {
        value.set(unknown[k]!, x);
        walk(k + 1);
      }
    };
    walk(0);
    unknown.forEach((i, j) => {
      // a horizon cut short (an unbounded "..") proves nothing
      if (seen[j]!.size === 1 && hi[i]! - lo[i]! <= 60) out.push([i, [...seen[j]!][0]!]);
    });
  }
  return out;
}
