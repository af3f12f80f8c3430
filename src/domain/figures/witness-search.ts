/**
 * Finds the cheapest witness (see witness.ts) for one small cell: a time vector and a group vector around it,
 * completed across tables and groupings (witness-completion.ts). Deterministic: candidates are tried in a fixed
 * order and ties keep the first.
 */
import type { Draft, Perturbation, WitnessContext } from './witness.js';
import { completeGroupings, completeTables } from './witness-completion.js';

/** Once a witness is found, this many more are costed before the cheapest is taken. */
const MORE_AFTER_FIRST = 8;
/** Candidates tried at most per cell: the search stays bounded whatever the data. */
const MAX_CANDIDATES = 600;

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * The cheapest witness for `cls`, or undefined. First one that keeps every "<5"; failing that, one that may turn
 * some "<5" into ".."; failing that, one whose tables are completed by backtracking (witness-completion.ts).
 */
export function findWitness(
  ctx: WitnessContext,
  cls: number,
  draft: Draft,
): [Perturbation, boolean] | undefined {
  for (const [canEscalate, budget, canBacktrack] of [
    [false, 80, false],
    [true, MAX_CANDIDATES, false],
    [true, MAX_CANDIDATES, true],
  ] as const) {
    const d = search(ctx, cls, draft, canEscalate, budget, canBacktrack);
    if (d) return [d, canEscalate];
  }
  return undefined;
}

function search(
  ctx: WitnessContext,
  cls: number,
  draft: Draft,
  canEscalate: boolean,
  budget: number,
  canBacktrack: boolean,
): Perturbation | undefined {
  const [g0, t0, p0, r0, c0] = ctx.index.coordinates(cls);
  const v = ctx.values[cls]!;
  const directions = ([1, -1] as const).filter((k) => canEscalate || (k === 1 ? v <= 3 : v >= 2));
  const G = ctx.index.layout.groupRows.length;
  const T = ctx.index.layout.tables.length;
  draft.start({ k: 1, time: new Int8Array(0), groups: [], columns: [] }, canEscalate);
  // a vector that cannot move the small cell's own line is not tried with any partner
  const canMove = (g: number, p: number, r: number, delta: number) =>
    delta === 0 || draft.costOfMove(ctx.root[ctx.index.at(g, t0, p, r, c0)]!, delta) >= 0;
  let best: Perturbation | undefined;
  let bestCost = Infinity;
  let found = 0;
  let tried = 0;
  for (const k of directions) {
    const times = timeVectors(ctx, g0, t0, p0, r0, c0).filter((t) =>
      t.every((x, p) => canMove(g0, p, r0, k * x)),
    );
    const groups = groupVectors(ctx, g0, t0, p0, r0, c0).filter((g) =>
      g.every((x, r) => canMove(g0, p0, r, k * x)),
    );
    for (const time of times)
      for (const group of groups) {
        if (++tried > budget) return best;
        const d: Perturbation = { k, time, groups: new Array(G), columns: new Array(T) };
        d.groups[g0] = group;
        draft.start(d, canEscalate);
        const isComplete = () =>
          (group.at(-1) === 0 || completeGroupings(ctx, draft, g0)) && draft.keepsOrderings();
        if (!completeTables(ctx, draft, { table: t0, column: c0 }, isComplete, canBacktrack)) continue;
        if (draft.cost < bestCost) [best, bestCost] = [d, draft.cost];
        if (bestCost === 0 || ++found > MORE_AFTER_FIRST) return best;
      }
  }
  return best;
}

/** Builds the whole draft of a perturbation found before (to take it); false if it no longer fits. */
export function draw(draft: Draft, d: Perturbation, canEscalate: boolean): boolean {
  draft.start(d, canEscalate);
  for (let g = 0; g < d.groups.length; g++)
    for (let t = 0; t < d.columns.length; t++)
      if (d.groups[g] && d.columns[t] && !draft.addSlice(g, t)) return false;
  // the product form keeps every sum by construction; a witness that does not is a bug, never published on
  if (!draft.keepsSums()) throw new Error('figures: a witness breaks a published sum');
  return true;
}

/** Flows: two months of the same quarters (opposite signs), then the month alone, then two months across quarters. */
function timeVectors(
  ctx: WitnessContext,
  g0: number,
  t0: number,
  p0: number,
  r0: number,
  c0: number,
): Int8Array[] {
  const { months, aggregates } = ctx.index.layout;
  const isStock = ctx.index.isStock(t0, c0);
  const make = (plus: number, minus?: number) => {
    const t = new Int8Array(ctx.index.periods);
    t[plus] = 1;
    if (minus !== undefined) t[minus] = -1;
    if (!isStock) aggregates.forEach((ms, a) => (t[months + a] = ms.reduce((sum, m) => sum + t[m]!, 0)));
    return t;
  };
  if (isStock) return [make(p0)];
  const rank = (m: number) => rankOf(ctx, ctx.index.at(g0, t0, m, r0, c0));
  const others = range(months)
    .filter((m) => m !== p0)
    .sort((a, b) => rank(a) - rank(b) || a - b);
  if (p0 < months) {
    const sig = (m: number) => aggregates.map((ms) => (ms.includes(m) ? 1 : 0)).join('');
    const same = others.filter((m) => sig(m) === sig(p0));
    return [
      ...same.map((m) => make(p0, m)),
      make(p0),
      ...others.filter((m) => !same.includes(m)).map((m) => make(p0, m)),
    ];
  }
  const inside = aggregates[p0 - months]!;
  const outside = others.filter((m) => !inside.includes(m));
  return [...inside.map((m) => make(m)), ...inside.flatMap((m) => outside.map((o) => make(m, o)))].filter(
    (t) => t[p0] === 1,
  );
}

/** Partners already hidden first, then small shown counts; zeros last (they can only grow). */
function rankOf(ctx: WitnessContext, pos: number): number {
  const cls = ctx.root[pos]!;
  if (ctx.status[cls] !== 0) return 0;
  return ctx.values[cls] === 0 ? 3 : 1 + ctx.values[cls]! / 1e6;
}

/** A partner row with the opposite sign (the total row stays), then the row alone (the total row moves). */
function groupVectors(
  ctx: WitnessContext,
  g0: number,
  t0: number,
  p0: number,
  r0: number,
  c0: number,
): Int8Array[] {
  const R = ctx.index.rows(g0);
  const make = (plus: number, minus: number) => {
    const g = new Int8Array(R);
    g[plus] = 1;
    if (minus >= 0) g[minus] = -1;
    g[R - 1] = minus >= 0 ? 0 : 1;
    return g;
  };
  const rows: number[] = [];
  const rank = new Float64Array(R);
  for (let r = 0; r < R - 1; r++) {
    if (r === r0) continue;
    rows.push(r);
    rank[r] = rankOf(ctx, ctx.index.at(g0, t0, p0, r, c0));
  }
  rows.sort((a, b) => rank[a]! - rank[b]! || a - b);
  const out = rows.map((r) => (r0 < R - 1 ? make(r0, r) : make(r, -1)));
  if (r0 < R - 1) out.push(make(r0, -1));
  return out;
}
