import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECISIONS, SERVICES_NEEDED } from '../../../src/domain/case/outcome.js';
import { AGE_GROUPS, ORGANISATIONS, OUTCOMES, SCALE_DOMAINS } from '../../../src/domain/case/vocabulary.js';
import type { CaseFacts, FiguresFacts } from '../../../src/domain/figures/facts.js';
import { formatPeriod, parsePeriod, SPRING_PILOT_2026 } from '../../../src/domain/figures/period.js';
import { zerosOnly } from '../../../src/domain/figures/disclosure.js';
import {
  computeFrame,
  computeFrameReports,
  GROUPINGS,
  reportOf,
  type FiguresReport,
  type FrameFigures,
} from '../../../src/domain/figures/report.js';
import { TABLE_IDS } from '../../../src/domain/figures/tables.js';
import { recoveredCells } from './disclosure-attacker.js';
import { readerView } from './reader-view.js';

const AREAS = ['kuopio', 'yla-savo'];
const OPTIONS = { pilot: SPRING_PILOT_2026, areaCodes: AREAS, waitingThresholdDays: 30 };
const DAY = 86_400_000;
/** Day 0 is 2025-12-01: a month before the pilot, so some cases wait into it. */
const day = (d: number, hour = 9) => new Date(Date.UTC(2025, 11, 1 + d, hour));

const caseArb: fc.Arbitrary<CaseFacts> = fc
  .record({
    area: fc.constantFrom(...AREAS),
    organisation: fc.constantFrom(...ORGANISATIONS),
    ageGroup: fc.constantFrom(...AGE_GROUPS),
    form: fc.constantFrom('team', 'network'),
    levels: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 7, maxLength: 7 }),
    hasKelaCriteria: fc.boolean(),
    recommended: fc.constantFrom(...OUTCOMES),
    submitted: fc.integer({ min: 0, max: 215 }),
    discussedAfter: fc.option(fc.integer({ min: 1, max: 70 }), { nil: undefined }),
    decision: fc.constantFrom(...DECISIONS),
    services: fc.constantFrom(...SERVICES_NEEDED),
    kela: fc.boolean(),
    returnedAfter: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
    meetingAfter: fc.option(fc.integer({ min: 2, max: 40 }), { nil: undefined }),
    reviewAfter: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
  })
  .map((c): CaseFacts => {
    const submitted = day(c.submitted);
    const discussed = c.discussedAfter === undefined ? undefined : day(c.submitted + c.discussedAfter, 13);
    const meeting = c.meetingAfter === undefined ? undefined : day(c.submitted + c.meetingAfter, 10);
    return {
      areaCode: c.area,
      organisation: c.organisation,
      ageGroup: c.ageGroup,
      form: c.form as CaseFacts['form'],
      status: discussed ? 'discussed' : 'submitted',
      scale: Object.fromEntries(SCALE_DOMAINS.map((d, i) => [d, c.levels[i]])) as CaseFacts['scale'],
      hasKelaCriteria: c.hasKelaCriteria,
      recommended: c.recommended,
      ...(discussed && {
        outcome: {
          decision: c.decision,
          servicesNeeded: c.services,
          kelaCooperation: c.kela,
          recordedAt: discussed,
        },
      }),
      events: [
        { type: 'submitted', at: submitted },
        ...(c.returnedAfter ? [{ type: 'returned', at: day(c.submitted + c.returnedAfter, 11) }] : []),
        ...(discussed ? [{ type: 'discussed', at: discussed }] : []),
      ],
      ...(meeting &&
        c.form === 'network' && {
          network: {
            meetingStart: meeting,
            review: {
              dueDate: new Date(meeting.getTime() + 7 * DAY).toISOString().slice(0, 10),
              doneAt: c.reviewAfter === undefined ? null : new Date(meeting.getTime() + c.reviewAfter * DAY),
            },
          },
        }),
    };
  });

const factsArb: fc.Arbitrary<FiguresFacts> = fc.record({
  cases: fc.array(caseArb, { maxLength: 24 }),
  referrals: fc.array(
    fc.record({
      areaCode: fc.constantFrom(...AREAS),
      organisation: fc.constantFrom(...ORGANISATIONS),
      ageGroup: fc.constantFrom(...AGE_GROUPS),
      recordedAt: fc.integer({ min: 31, max: 211 }).map((d) => day(d)),
    }),
    { maxLength: 6 },
  ),
  sessions: fc.array(
    fc.record({
      areaCode: fc.constantFrom(...AREAS),
      start: fc.integer({ min: 31, max: 211 }).map((d) => day(d, 12)),
      status: fc.constantFrom('planned' as const, 'cancelled' as const),
      capacity: fc.integer({ min: 2, max: 6 }),
      caseCount: fc.integer({ min: 0, max: 8 }),
    }),
    { maxLength: 4 },
  ),
});

const nowArb = fc.option(
  fc.integer({ min: 40, max: 230 }).map((d) => day(d, 15)),
  { nil: undefined },
);
const may = parsePeriod('2026-05')!;

/** The true count of a reader-view cell (`grouping|period|table|row|column`). */
function trueValueOf(truth: FrameFigures, reports: readonly FiguresReport[], k: string): number {
  const [g, p, table, row, column] = k.split('|') as [string, string, string, string, string];
  const t = TABLE_IDS.indexOf(table as (typeof TABLE_IDS)[number]);
  const report = reports.find((r) => r.grouping === g && formatPeriod(r.period) === p)!;
  const c = report.tables[t]!.columns.indexOf(column);
  const pi = truth.frame.findIndex((x) => formatPeriod(x) === p);
  const gi = GROUPINGS.indexOf(g as 'area');
  const ri = row === 'total' ? truth.counts.index.rows(gi) - 1 : truth.groups[gi]!.indexOf(row);
  return truth.counts.values[truth.counts.index.at(gi, t, pi, ri, c)]!;
}

describe('disclosure control over a whole frame (property)', () => {
  it('lets no reader of every report of the frame (all periods, all groupings, all tables) recover a count of 1–4', () => {
    fc.assert(
      fc.property(factsArb, nowArb, (facts, now) => {
        const options = { ...OPTIONS, ...(now && { now }) };
        const reports = computeFrameReports(facts, may, options);
        const truth = computeFrame(facts, may, options);
        const view = readerView(reports, SPRING_PILOT_2026, now);
        const trueValue = (k: string) => trueValueOf(truth, reports, k);
        view.cells.forEach((seen, i) => {
          const v = trueValue(view.keys[i]!);
          if (typeof seen === 'number') expect(seen).toBe(v);
          else if (seen === 'small') expect(v >= 1 && v <= 4).toBe(true);
          if (v >= 1 && v <= 4) expect(seen, view.keys[i]).not.toBeTypeOf('number');
        });
        for (const [i, v] of recoveredCells(view)) {
          expect(v, `${view.keys[i]} recovered`).toBe(trueValue(view.keys[i]!));
          expect(v >= 1 && v <= 4, `${view.keys[i]} = ${v} recovered`).toBe(false);
        }
      }),
      { numRuns: Number(process.env['FIGURES_RUNS'] ?? 25), seed: Number(process.env['FIGURES_SEED'] ?? 11) },
    );
  }, 240_000);
});

describe('the last resort, should no search find a witness: nothing but the zeros', () => {
  // A reader who sees only zeros cannot tell any other count: doubling every count is a second table that every
  // shown cell, sum, shared cell and ordering allows, and it differs in every count but 0.
  it('shows only zeros, and the doubled frame is consistent with everything a reader knows', () => {
    fc.assert(
      fc.property(factsArb, nowArb, (facts, now) => {
        const options = { ...OPTIONS, ...(now && { now }) };
        const truth = computeFrame(facts, may, options);
        const f = {
          ...truth,
          status: zerosOnly(truth.counts.values, (i) => truth.status[i] === 'unpublished'),
        };
        const reports = f.frame.flatMap((p) => GROUPINGS.map((g) => reportOf(f, p, g)));
        const view = readerView(reports, SPRING_PILOT_2026, now);
        const doubled = view.keys.map((k) => 2 * trueValueOf(truth, reports, k));
        expect(view.cells.filter((seen) => typeof seen === 'number' && seen !== 0)).toEqual([]);
        for (const { total, parts } of view.sums)
          expect(doubled[total]).toBe(parts.reduce((sum, p) => sum + doubled[p]!, 0));
        for (const [a, b] of view.orderings) expect(doubled[a]!).toBeLessThanOrEqual(doubled[b]!);
      }),
      { numRuns: 25, seed: 7 },
    );
  }, 120_000);
});

describe('disclosure control of a frame where the cheapest completion of a witness leads nowhere', () => {
  // Found by the property above (seed 2) once months were published for all groups only: the only case of June,
  // decided otherwise than recommended, in three areas. The cheapest column choice of each table, once earlier
  // witnesses had hidden its neighbours, left no witness for June's "<5", and the frame could not be published.
  const saved = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../fixtures/figures/greedy-dead-end.json'), 'utf8'),
    (_, v: unknown) => (typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v) ? new Date(v) : v),
  ) as { facts: FiguresFacts; now: Date };

  it('publishes it, and no reader of every report recovers a count of 1–4', () => {
    const options = { ...OPTIONS, areaCodes: ['kuopio', 'yla-savo', 'keski-savo'], now: saved.now };
    const reports = computeFrameReports(saved.facts, may, options);
    const view = readerView(reports, SPRING_PILOT_2026, saved.now);
    const smallRecovered = [...recoveredCells(view)].filter(([, v]) => v >= 1 && v <= 4);
    expect(smallRecovered.map(([i]) => view.keys[i])).toEqual([]);
  });
});
