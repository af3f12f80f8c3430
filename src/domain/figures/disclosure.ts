/**
 * Statistical disclosure control for the evaluators' figures (REFERENCE.md "Figures for evaluators"), over a whole
 * frame at once (frame-layout.ts): every table × grouping × period published together. Primary suppression: a count
 * of 1–4 is shown as "<5". Complementary suppression: for each such cell, in a fixed order, a witness (witness.ts)
 * is found and every cell it moves is hidden; a cell already moved by an earlier witness needs none of its own.
 * Cells equal by definition are one cell with one status, so nothing hidden in one table, grouping or period is
 * shown in another.
 */
import { frameOrderings, frameRelations, listsOfClasses, sameCells } from './frame-cells.js';
import type { FrameIndex } from './frame-layout.js';
import { COMPLEMENTARY, Draft, SHOWN, SMALL, UNPUBLISHED, type WitnessContext } from './witness.js';
import { draw, findWitness } from './witness-search.js';

/** `unpublished`: counted, never shown (a month's group rows, frame-layout.ts `monthsByGroup`). */
export type CellStatus = 'shown' | 'small' | 'complementary' | 'unpublished';

export const isSmall = (n: number): boolean => n >= 1 && n <= 4;

const STATUS: readonly CellStatus[] = ['shown', 'small', 'complementary', 'unpublished'];

/** Which cells of the frame to hide, per position; the values themselves are untouched. */
export function suppressFrame(index: FrameIndex, values: Int32Array): CellStatus[] {
  const ctx = contextOf(index, values);
  const draft = new Draft(ctx);
  const isMoved = new Uint8Array(index.size);
  const primaries: number[] = [];
  for (let i = 0; i < index.size; i++) if (ctx.root[i] === i && ctx.status[i] === SMALL) primaries.push(i);
  for (const cls of primaries) {
    if (isMoved[cls]) continue;
    const found = findWitness(ctx, cls, draft);
    if (!found || !draw(draft, ...found)) continue;
    for (const c of draft.touched) {
      if (ctx.status[c] === SHOWN || draft.isEscalated(c)) ctx.status[c] = COMPLEMENTARY;
      isMoved[c] = 1;
    }
  }
  // the searches are bounded: should none find a witness for some "<5", publish nothing but the zeros
  if (primaries.some((cls) => !isMoved[cls]))
    return zerosOnly(values, (i) => ctx.status[ctx.root[i]!] === UNPUBLISHED);
  const out = new Array<CellStatus>(index.size);
  for (let i = 0; i < index.size; i++) out[i] = STATUS[ctx.status[ctx.root[i]!]!]!;
  return out;
}

/**
 * The last resort: every count but 0 hidden. Safe whatever the frame: doubling every count keeps every zero, sum,
 * shared cell and ordering, so no reasoning can tell any count that is not 0.
 */
export function zerosOnly(values: Int32Array, isUnpublished: (i: number) => boolean): CellStatus[] {
  return Array.from(values, (v, i) =>
    isUnpublished(i) ? 'unpublished' : v === 0 ? 'shown' : 'complementary',
  );
}

/** What depends only on the frame's shape: the same for every report of a frame, so it is kept for a few frames. */
type Structure = Pick<WitnessContext, 'root' | 'sums' | 'sumsOf' | 'orderings' | 'orderingsOf'> & {
  readonly importance: Float64Array;
  /** Per class (at its root): 1 when any of its cells is published. */
  readonly isPublished: Uint8Array;
};

const structures = new Map<string, Structure>();
const KEPT_STRUCTURES = 4;

function structureOf(index: FrameIndex): Structure {
  const key = JSON.stringify(index.layout);
  const kept = structures.get(key);
  if (kept) return kept;
  const root = sameCells(index);
  const sums = frameRelations(index);
  const orderings = frameOrderings(index);
  const structure = {
    root,
    sums,
    sumsOf: listsOfClasses(index.size, sums, root),
    orderings,
    orderingsOf: listsOfClasses(index.size, orderings, root),
    importance: importanceOf(index),
    isPublished: publishedClasses(index, root),
  };
  if (structures.size >= KEPT_STRUCTURES) structures.delete(structures.keys().next().value!);
  structures.set(key, structure);
  return structure;
}

/**
 * What hiding a cell costs, by how widely it is read (ADR 0005 measures the effect). The frame's whole period (the
 * pilot, or the quarter outside it) is what the leadership group decides on, a quarter what an evaluator follows, a
 * month mostly a trend; the all-groups row is read before any group (a month's total, on the bot's figures card,
 * before the pilot's groups), and a total column before its categories. So a witness hides a month of one area
 * before a quarter, and a quarter before the pilot, where the data leave the choice.
 */
const IMPORTANCE = { month: 1, quarter: 3, whole: 9, allGroupsRow: 10, totalColumn: 2 } as const;

function importanceOf(index: FrameIndex): Float64Array {
  const { layout } = index;
  const importance = new Float64Array(index.size);
  const ofPeriod = Array.from({ length: index.periods }, (_, p) => {
    if (p < layout.months) return IMPORTANCE.month;
    return layout.aggregates[p - layout.months]!.length === layout.months
      ? IMPORTANCE.whole
      : IMPORTANCE.quarter;
  });
  for (let g = 0; g < layout.groupRows.length; g++)
    for (let t = 0; t < layout.tables.length; t++) {
      const R = index.rows(g);
      const C = index.cols(t);
      const hasColumnTotal = layout.tables[t]!.hasColumnTotal;
      for (let p = 0, at = index.offset(g, t); p < index.periods; p++)
        for (let r = 0; r < R; r++)
          for (let c = 0; c < C; c++)
            importance[at++] =
              ofPeriod[p]! *
              (r === R - 1 ? IMPORTANCE.allGroupsRow : 1) *
              (hasColumnTotal && c === C - 1 ? IMPORTANCE.totalColumn : 1);
    }
  return importance;
}

function publishedClasses(index: FrameIndex, root: Int32Array): Uint8Array {
  const { layout } = index;
  const isPublished = new Uint8Array(index.size);
  for (let g = 0; g < layout.groupRows.length; g++)
    for (let t = 0; t < layout.tables.length; t++) {
      const R = index.rows(g);
      const C = index.cols(t);
      for (let p = 0, at = index.offset(g, t); p < index.periods; p++)
        for (let r = 0; r < R; r++, at += C)
          if (index.isPublishedRow(g, p, r)) for (let c = 0; c < C; c++) isPublished[root[at + c]!] = 1;
    }
  return isPublished;
}

function contextOf(index: FrameIndex, values: Int32Array): WitnessContext & { status: Uint8Array } {
  const { importance, isPublished, ...structure } = structureOf(index);
  const { root } = structure;
  const weights = new Float64Array(index.size);
  const status = new Uint8Array(index.size);
  for (let i = 0; i < index.size; i++) {
    if (values[i] !== values[root[i]!])
      throw new Error(`figures: cells equal by definition differ (${index.coordinates(i).join(',')})`);
    weights[i] = importance[i]! + values[i]! / 1e6;
    status[i] = isSmall(values[i]!) ? SMALL : SHOWN;
  }
  // a class none of whose cells is published is no "<5" to protect, and a witness may move it freely (≥ 0)
  for (let i = 0; i < index.size; i++) if (root[i] === i && !isPublished[i]) status[i] = UNPUBLISHED;
  return { index, values, status, weights, ...structure };
}
