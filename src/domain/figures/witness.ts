/**
 * A witness for a hidden cell: a second table, consistent with everything published in the frame, in which that
 * cell has another value. It is the true table plus a perturbation of ±1s on hidden cells that keeps every
 * published sum, every cell equal by definition and every ordering by definition, and moves each cell it touches
 * only within what a reader knows of it ("<5" stays 1–4; ".." may be any count, zero included). While a witness
 * exists, no reasoning of any kind can tell the cell's value, however the shown cells are combined.
 *
 * Perturbations have product form, as in the hypercube method of cell suppression: a time vector (two months of
 * one quarter with opposite signs, or one month with its quarter and the pilot) × a group vector per grouping × a
 * column vector per table. A `Draft` builds one slice (grouping × table) at a time and can take a slice back.
 */
import type { CellLists } from './frame-cells.js';
import type { FrameIndex } from './frame-layout.js';

export const SHOWN = 0;
export const SMALL = 1;
export const COMPLEMENTARY = 2;
/** Counted, never shown: moves like a hidden cell (any count ≥ 0), and needs no protection of its own. */
export const UNPUBLISHED = 3;

/** Hiding a "<5" as ".." instead costs this: allowed only when no witness keeps every "<5". */
const ESCALATION = 2;

/** What the search reads: the frame's classes of equal cells, their values and statuses, and their constraints. */
export interface WitnessContext {
  readonly index: FrameIndex;
  /** Class (its first position) of every position; values, statuses and weights are read at the class. */
  readonly root: Int32Array;
  readonly values: Int32Array;
  readonly status: Uint8Array;
  /** The published sums (each list: its total, then its parts), and those touching each class. */
  readonly sums: CellLists;
  readonly sumsOf: CellLists;
  /** The orderings by definition (each list: the smaller, then the larger), and those touching each class. */
  readonly orderings: CellLists;
  readonly orderingsOf: CellLists;
  /** What hiding each class costs: its importance (disclosure.ts), a little more for larger counts. */
  readonly weights: Float64Array;
}

/** The parameters of a perturbation: direction `k`, and ±1 (or 0) per period, group row and table column. */
export interface Perturbation {
  readonly k: 1 | -1;
  readonly time: Int8Array;
  readonly groups: (Int8Array | undefined)[];
  readonly columns: (Int8Array | undefined)[];
}

/** A perturbation being built slice by slice, with the coefficient it gives each class so far. */
export class Draft {
  readonly coef: Int8Array;
  readonly touched: number[] = [];
  cost = 0;
  d!: Perturbation;
  canEscalate = false;

  constructor(private readonly ctx: WitnessContext) {
    this.coef = new Int8Array(ctx.index.size);
  }

  start(d: Perturbation, canEscalate: boolean): void {
    this.rollback({ touched: 0, cost: 0 });
    this.d = d;
    this.canEscalate = canEscalate;
  }

  mark(): { touched: number; cost: number } {
    return { touched: this.touched.length, cost: this.cost };
  }

  rollback(to: { touched: number; cost: number }): void {
    while (this.touched.length > to.touched) this.coef[this.touched.pop()!] = 0;
    this.cost = to.cost;
  }

  /** Adds the cells of grouping `g` × table `t`; false, with nothing added, when one of them cannot move so. */
  addSlice(g: number, t: number): boolean {
    const { index, root } = this.ctx;
    const { time, k } = this.d;
    const gv = this.d.groups[g]!;
    const cv = this.d.columns[t]!;
    const before = this.mark();
    const R = gv.length;
    const C = cv.length;
    const base = index.offset(g, t);
    const months = index.layout.months;
    for (let p = 0; p < time.length; p++) {
      const tp = time[p]!;
      if (tp === 0) continue;
      for (let c = 0; c < C; c++) {
        const cc = cv[c]!;
        if (cc === 0 || (p >= months && index.isStock(t, c))) continue;
        for (let r = g > 0 && index.isFirstGroupingOnly(t, c) ? R - 1 : 0; r < R; r++) {
          const gr = gv[r]!;
          if (gr === 0) continue;
          const cls = root[base + (p * R + r) * C + c]!;
          const coef = gr * cc * tp;
          const had = this.coef[cls]!;
          if (had === coef) continue;
          const cost = had === 0 ? this.costOfMove(cls, k * coef) : -1;
          if (cost < 0) {
            this.rollback(before);
            return false;
          }
          this.coef[cls] = coef;
          this.touched.push(cls);
          this.cost += cost;
        }
      }
    }
    return true;
  }

  /**
   * How a cell may move: a "<5" stays 1–4 (unless it may be escalated to ".."); anything else ("..", or a shown
   * cell about to be hidden) stays at least 0, since ".." can be any count. The cost, or -1 when it may not.
   */
  costOfMove(cls: number, delta: number): number {
    const { values, status, weights } = this.ctx;
    const after = values[cls]! + delta;
    if (after < 0) return -1;
    if (status[cls] === SMALL) return after >= 1 && after <= 4 ? 0 : this.canEscalate ? ESCALATION : -1;
    return status[cls] === SHOWN ? weights[cls]! : 0;
  }

  /** Every ordering by definition still holds (the product form keeps the sums; `keepsSums` checks them). */
  keepsOrderings(): boolean {
    const { values, root, orderings, orderingsOf } = this.ctx;
    const { coef } = this;
    const k = this.d.k;
    for (let t = 0; t < this.touched.length; t++) {
      const cls = this.touched[t]!;
      for (let i = orderingsOf.start[cls]!; i < orderingsOf.start[cls + 1]!; i++) {
        const at = orderings.start[orderingsOf.cells[i]!]!;
        const a = root[orderings.cells[at]!]!;
        const b = root[orderings.cells[at + 1]!]!;
        if (values[a]! + k * coef[a]! > values[b]! + k * coef[b]!) return false;
      }
    }
    return true;
  }

  /** Every published sum still holds. */
  keepsSums(): boolean {
    const { root, sums, sumsOf } = this.ctx;
    const { coef } = this;
    for (let t = 0; t < this.touched.length; t++) {
      const cls = this.touched[t]!;
      for (let i = sumsOf.start[cls]!; i < sumsOf.start[cls + 1]!; i++) {
        const s = sumsOf.cells[i]!;
        const from = sums.start[s]!;
        const to = sums.start[s + 1]!;
        let sum = -coef[root[sums.cells[from]!]!]!;
        for (let k = from + 1; k < to; k++) sum += coef[root[sums.cells[k]!]!]!;
        if (sum !== 0) return false;
      }
    }
    return true;
  }

  /** A "<5" the draft moves out of 1–4: published as ".." once the draft is taken. */
  isEscalated(cls: number): boolean {
    const after = this.ctx.values[cls]! + this.d.k * this.coef[cls]!;
    return this.ctx.status[cls] === SMALL && !(after >= 1 && after <= 4);
  }
}
