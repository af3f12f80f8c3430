/**
 * Counts a whole frame in one pass over the cases' columns (case-table.ts). Each event is counted once, in the
 * month it falls in, for the case's combination of area, organisation and age group; the three groupings are then
 * read off these combinations, and totals, quarters and the pilot summed from the months (frame-sums.ts). Times are
 * whole seconds, compared as numbers: no dates are made and no keys are built per case.
 */
import { CaseTable } from './case-table.js';
import type { FiguresFacts } from './facts.js';
import { FrameIndex } from './frame-layout.js';
import { sumFrame } from './frame-sums.js';
import { DIRECT, JointCounter } from './joint-counter.js';
import { figuresLayout } from './tables.js';

export interface FrameSpec {
  /** Month boundaries in seconds: month `m` is [starts[m], starts[m + 1]). */
  readonly starts: readonly number[];
  /** Quarters and the pilot, as the months they consist of. */
  readonly aggregates: readonly (readonly number[])[];
  /** Seconds; stocks are counted as of the period's end or now, whichever is earlier. */
  readonly now: number;
  /** Group keys per grouping: areas, organisations, age groups. */
  readonly groups: readonly (readonly string[])[];
  readonly waitingThresholdDays: number;
}

/** Waiting times measured: per measurement its combination, month and days. */
export interface WaitList {
  length: number;
  combo: Int32Array;
  month: Int8Array;
  days: Float64Array;
}

export interface FrameCounts {
  readonly index: FrameIndex;
  readonly values: Int32Array;
  readonly waits: Readonly<Record<'discussed' | 'network', WaitList>>;
  /** Per grouping, the row of each combination of area, organisation and age group. */
  readonly comboRows: readonly Int32Array[];
}

const sec = (d: Date) => Math.floor(d.getTime() / 1000);

export function countFrame(facts: FiguresFacts, spec: FrameSpec): FrameCounts {
  const months = spec.starts.length - 1;
  const stockMonth = spec.aggregates.map((ms) => ms.findLast((m) => spec.starts[m]! < spec.now) ?? ms[0]!);
  const index = new FrameIndex(
    figuresLayout({
      months,
      aggregates: spec.aggregates,
      stockMonth,
      groupRows: spec.groups.map((g) => g.length),
    }),
  );
  const table = facts.cases instanceof CaseTable ? facts.cases : CaseTable.of(facts.cases);
  const k = new JointCounter(spec, table.length);
  k.countCases(table);
  for (let i = 0; i < facts.referrals.length; i++) {
    const r = facts.referrals[i]!;
    const combo = k.comboOf(r.areaCode, r.organisation, r.ageGroup);
    if (combo >= 0) k.add(combo, DIRECT, k.monthOf(sec(r.recordedAt)));
  }
  for (const s of facts.sessions) {
    const area = spec.groups[0]!.indexOf(s.areaCode);
    const m = k.monthOf(sec(s.start));
    if (area >= 0 && m >= 0 && s.status === 'planned' && s.caseCount > s.capacity)
      k.sessions[m * k.areas + area]!++;
  }
  const values = new Int32Array(index.size);
  k.spread(index, values);
  sumFrame(index, values);
  return { index, values, waits: k.waits, comboRows: k.comboRows };
}
