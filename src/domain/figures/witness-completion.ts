/**
 * Completing a witness (witness.ts) around its seed: a column vector for every table that shares cells with it or
 * must move with it to keep an ordering, and a group vector for every other grouping when the total row moves.
 * Each choice is the cheapest that fits, the next one when it leads nowhere; ties keep the first (deterministic).
 */
import type { ColumnRef } from './frame-layout.js';
import type { Draft, Perturbation, WitnessContext } from './witness.js';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

type Requirements = Map<number, Map<number, number>>;

function require(req: Requirements, ref: ColumnRef, coef: number): boolean {
  const cols = req.get(ref.table) ?? new Map<number, number>();
  req.set(ref.table, cols);
  if ((cols.get(ref.column) ?? coef) !== coef) return false;
  cols.set(ref.column, coef);
  return true;
}

/** Column vectors tried per witness, over all its tables, when the cheapest choice of a table leads nowhere. */
const MAX_COLUMN_CHOICES = 24;

const copyOf = (req: Requirements): Requirements => new Map([...req].map(([t, cols]) => [t, new Map(cols)]));

/**
 * Adds a column vector to every table reached through shared columns or broken orderings, such that `isComplete`
 * then holds (the other groupings, the orderings); false if none fits. Each table takes its cheapest vector that
 * fits; with `canBacktrack`, depth first, the next cheapest when the rest cannot be completed after it, within a
 * bound on the vectors tried. The cheapest path alone can miss every witness of a cell whose neighbours earlier
 * witnesses had hidden, and then the frame could not be published; searched first, it hides least.
 */
export function completeTables(
  ctx: WitnessContext,
  draft: Draft,
  seed: ColumnRef,
  isComplete: () => boolean,
  canBacktrack: boolean,
): boolean {
  const req: Requirements = new Map();
  require(req, seed, 1);
  return extend(ctx, draft, req, [seed.table], 0, {
    left: MAX_COLUMN_CHOICES,
    isComplete,
    perTable: canBacktrack ? MAX_COLUMN_CHOICES : 1,
  });
}

interface Search {
  left: number;
  readonly isComplete: () => boolean;
  /** Vectors tried per table: 1 is the cheapest alone (the first search), more only when that found nothing. */
  readonly perTable: number;
}

function extend(
  ctx: WitnessContext,
  draft: Draft,
  req: Requirements,
  queue: readonly number[],
  round: number,
  search: Search,
): boolean {
  const d = draft.d;
  let at = 0;
  for (; at < queue.length && d.columns[queue[at]!]; at++) {
    const chosen = d.columns[queue[at]!]!;
    for (const [c, coef] of req.get(queue[at]!)!) if (chosen[c] !== coef) return false;
  }
  if (at === queue.length) {
    const companion = brokenOrdering(ctx, d);
    if (companion === undefined) return search.isComplete();
    const next = copyOf(req);
    if (round >= 5 || companion === 'none' || !require(next, companion.ref, companion.coef)) return false;
    return extend(ctx, draft, next, [companion.ref.table], round + 1, search);
  }
  const t = queue[at]!;
  const rest = queue.slice(at + 1);
  const groupings = range(d.groups.length).filter((g) => d.groups[g]);
  for (const cv of columnOptions(ctx, draft, t, req.get(t)!, groupings).slice(0, search.perTable)) {
    if (search.left-- <= 0) return false;
    const mark = draft.mark();
    const columnsBefore = d.columns.slice();
    const groupsBefore = d.groups.slice();
    d.columns[t] = cv;
    for (const g of groupings) draft.addSlice(g, t);
    const next = copyOf(req);
    const nextQueue = [...rest];
    if (propagate(ctx, d, t, cv, next, nextQueue) && extend(ctx, draft, next, nextQueue, round, search))
      return true;
    draft.rollback(mark);
    for (let i = 0; i < columnsBefore.length; i++) d.columns[i] = columnsBefore[i];
    for (let i = 0; i < groupsBefore.length; i++) d.groups[i] = groupsBefore[i];
  }
  return false;
}

/** The columns `cv` shares with tables not yet chosen become their requirements; false on a contradiction. */
function propagate(
  ctx: WitnessContext,
  d: Perturbation,
  t: number,
  cv: Int8Array,
  req: Requirements,
  queue: number[],
): boolean {
  for (const pair of ctx.index.layout.sameColumns)
    for (let side = 0; side < 2; side++) {
      const x = pair[side]!;
      const y = pair[1 - side]!;
      if (x.table !== t) continue;
      const want = cv[x.column]!;
      const other = d.columns[y.table];
      if (other) {
        if (other[y.column] !== want) return false;
      } else if (want !== 0) {
        if (!require(req, y, want)) return false;
        queue.push(y.table);
      }
    }
  return true;
}

/**
 * The column vectors of table `t` with the required entries that fit the draft, cheapest first (ties keep the
 * order: a total that stays before one that moves); the draft is left as it was.
 */
function columnOptions(
  ctx: WitnessContext,
  draft: Draft,
  t: number,
  req: ReadonlyMap<number, number>,
  groupings: readonly number[],
): Int8Array[] {
  const d = draft.d;
  const shape = ctx.index.layout.tables[t]!;
  const base = new Int8Array(ctx.index.cols(t));
  for (const [c, coef] of req) base[c] = coef;
  const options: Int8Array[] = [];
  const withTotal = (target: number, balance?: number) => {
    const cv = base.slice();
    cv[shape.columns] = target;
    if (balance !== undefined) cv[balance] = target - sum;
    options.push(cv);
  };
  let sum = 0;
  for (let c = 0; c < shape.columns; c++) sum += base[c]!;
  if (!shape.hasColumnTotal) options.push(base);
  else {
    const fixed = req.get(shape.columns);
    const target = fixed ?? 0;
    if (sum === target) withTotal(target);
    else for (let c = 0; c < shape.columns; c++) if (!req.has(c)) withTotal(target, c);
    if (fixed === undefined && sum !== 0) withTotal(sum);
  }
  const fitting: { cv: Int8Array; cost: number }[] = [];
  for (const cv of options) {
    d.columns[t] = cv;
    const mark = draft.mark();
    if (groupings.every((g) => draft.addSlice(g, t)))
      fitting.push({ cv, cost: draft.cost - mark.cost + 2 * cascades(ctx, d, t, cv) });
    draft.rollback(mark);
  }
  d.columns[t] = undefined;
  return fitting.sort((a, b) => a.cost - b.cost).map((o) => o.cv);
}

/** Shared columns this vector moves in tables not yet in the perturbation. */
const cascades = (ctx: WitnessContext, d: Perturbation, t: number, cv: Int8Array) =>
  ctx.index.layout.sameColumns.filter(
    ([a, b]) =>
      (a.table === t && cv[a.column] !== 0 && !d.columns[b.table]) ||
      (b.table === t && cv[b.column] !== 0 && !d.columns[a.table]),
  ).length;

/**
 * An ordering by definition (`a ≤ b`) that the perturbation would break with one side in a table it does not
 * touch: that side must move with the other. `none` when both sides are in and it breaks (no companion helps).
 */
function brokenOrdering(
  ctx: WitnessContext,
  d: Perturbation,
): { ref: ColumnRef; coef: number } | 'none' | undefined {
  const { index } = ctx;
  for (const pair of index.layout.atMost) {
    const a = pair[0];
    const b = pair[1];
    const ca = d.columns[a.table]?.[a.column] ?? 0;
    const cb = d.columns[b.table]?.[b.column] ?? 0;
    if (ca === cb) continue;
    for (let g = 0; g < d.groups.length; g++) {
      const gv = d.groups[g];
      if (!gv) continue;
      for (let p = 0; p < index.periods; p++) {
        if (d.time[p] === 0) continue;
        for (let r = 0; r < gv.length; r++) {
          const move = d.k * gv[r]! * d.time[p]!;
          if (move === 0) continue;
          const va = ctx.values[ctx.root[index.at(g, a.table, p, r, a.column)]!]! + move * ca;
          const vb = ctx.values[ctx.root[index.at(g, b.table, p, r, b.column)]!]! + move * cb;
          if (va <= vb) continue;
          if (d.columns[a.table] && d.columns[b.table]) return 'none';
          return d.columns[a.table] ? { ref: b, coef: ca } : { ref: a, coef: cb };
        }
      }
    }
  }
  return undefined;
}

/** When the total row moves, every other grouping moves one of its rows with it. */
export function completeGroupings(ctx: WitnessContext, draft: Draft, g0: number): boolean {
  const d = draft.d;
  const total = d.groups[g0]!.at(-1)!;
  const tables = range(d.columns.length).filter((t) => d.columns[t]);
  for (let g = 0; g < d.groups.length; g++) {
    if (g === g0) continue;
    const R = ctx.index.rows(g);
    let best: Int8Array | undefined;
    let bestCost = Infinity;
    for (let r = 0; r < R - 1; r++) {
      const gv = new Int8Array(R);
      gv[r] = total;
      gv[R - 1] = total;
      d.groups[g] = gv;
      const mark = draft.mark();
      if (tables.every((t) => draft.addSlice(g, t)) && draft.cost - mark.cost < bestCost)
        [best, bestCost] = [gv, draft.cost - mark.cost];
      draft.rollback(mark);
    }
    d.groups[g] = best;
    if (!best) return false;
    for (const t of tables) draft.addSlice(g, t);
  }
  return true;
}
