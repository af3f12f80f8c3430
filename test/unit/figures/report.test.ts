import { describe, expect, it } from 'vitest';
import { parsePeriod, SPRING_PILOT_2026 } from '../../../src/domain/figures/period.js';
import { computeFiguresReport, type FiguresReport } from '../../../src/domain/figures/report.js';
import type { FiguresFacts } from '../../../src/domain/figures/facts.js';
import { caseFacts, times } from '../../fixtures/figures-facts.js';

const OPTIONS = { pilot: SPRING_PILOT_2026, areaCodes: ['kuopio', 'yla-savo'], waitingThresholdDays: 30 };
const may = parsePeriod('2026-05')!;
const report = (facts: Partial<FiguresFacts>, grouping: 'area' | 'organisation' | 'age-group' = 'area') =>
  computeFiguresReport({ cases: [], referrals: [], sessions: [], ...facts }, may, grouping, OPTIONS);
const cell = (r: FiguresReport, table: string, column: string, row = r.groups.length) => {
  const t = r.tables.find((x) => x.id === table)!;
  return t.rows[row]![t.columns.indexOf(column)];
};
const hard = { ...caseFacts().scale, housing: 4, finances: 3, health: 5 } as const;

describe('computeFiguresReport', () => {
  it('counts cases brought to the team in the month, by area, with the total', () => {
    const r = report({ cases: times(7, () => caseFacts()) });
    expect(cell(r, 'flow', 'brought', 0)).toBe(7);
    expect(cell(r, 'flow', 'brought')).toBe(7);
    expect(cell(r, 'flow', 'brought', 1)).toBe(0);
  });

  it('shows 1–4 as small and hides a complementary cell so the total does not give it away', () => {
    const r = report({
      cases: [...times(9, () => caseFacts()), ...times(2, () => caseFacts({ areaCode: 'yla-savo' }))],
    });
    expect(cell(r, 'flow', 'brought', 1)).toBe('small');
    expect([cell(r, 'flow', 'brought', 0), cell(r, 'flow', 'brought')]).toContain('hidden');
  });

  it.each([
    ['tym-client', 'social'],
    ['health-services-first', 'health'],
    ['bilateral', 'none'],
  ] as const)('counts the decision %s and services needed %s', (decision, services) => {
    const outcome = {
      decision,
      servicesNeeded: services,
      kelaCooperation: false,
      recordedAt: new Date('2026-05-14T10:00:00Z'),
    };
    const r = report({ cases: times(6, () => caseFacts({ outcome })) });
    expect(cell(r, 'outcomes', decision)).toBe(6);
    expect(cell(r, 'services', services)).toBe(6);
    expect(cell(r, 'outcomes', 'total')).toBe(6);
  });

  it('sets referrals via the team against direct referrals', () => {
    const referral = {
      areaCode: 'kuopio',
      organisation: 'kela',
      ageGroup: '23-29',
      recordedAt: new Date('2026-05-20T10:00:00Z'),
    } as const;
    const r = report({ cases: times(5, () => caseFacts()), referrals: times(8, () => referral) });
    expect([
      cell(r, 'referral-route', 'via-team'),
      cell(r, 'referral-route', 'direct'),
      cell(r, 'referral-route', 'total'),
    ]).toEqual([5, 8, 13]);
  });

  it('counts a clear multidisciplinary need from a TYM client decision or challenges in 3+ domains', () => {
    const other = {
      decision: 'bilateral',
      servicesNeeded: 'none',
      kelaCooperation: false,
      recordedAt: new Date('2026-05-14T10:00:00Z'),
    } as const;
    const r = report({
      cases: [
        ...times(5, () => caseFacts()),
        ...times(5, () => caseFacts({ outcome: other, scale: hard })),
        ...times(5, () => caseFacts({ outcome: other })),
      ],
    });
    expect(cell(r, 'multidisciplinary', 'clear-need')).toBe(10);
    expect(cell(r, 'profile', 'three-plus-domains')).toBe(5);
    expect(cell(r, 'profile', 'health')).toBe(5);
  });

  it('tells how often the team decided otherwise than recommended, and towards what', () => {
    const r = report({
      cases: [
        ...times(6, () => caseFacts()),
        ...times(5, () => caseFacts({ recommended: 'bilateral' })),
        ...times(5, () => caseFacts({ recommended: 'consultation-team' })),
      ],
    });
    expect([
      cell(r, 'agreement', 'agreed'),
      cell(r, 'agreement', 'differed'),
      cell(r, 'agreement', 'no-recommendation'),
    ]).toEqual([6, 5, 5]);
    expect(cell(r, 'differed-towards', 'tym-client')).toBe(5);
  });

  it('finds bottlenecks: waiting over the threshold, returned cases, sessions over capacity', () => {
    const waiting = caseFacts({
      status: 'submitted',
      events: [{ type: 'submitted', at: new Date('2026-03-01T08:00:00Z') }],
    });
    const returned = caseFacts({
      events: [...caseFacts().events, { type: 'returned', at: new Date('2026-05-06T08:00:00Z') }],
    });
    const session = {
      areaCode: 'kuopio',
      start: new Date('2026-05-12T08:00:00Z'),
      status: 'planned',
      capacity: 4,
      caseCount: 5,
    } as const;
    const r = report({
      cases: [...times(5, () => waiting), ...times(6, () => returned)],
      sessions: times(5, () => session),
    });
    expect([
      cell(r, 'bottlenecks', 'waiting-over-threshold'),
      cell(r, 'bottlenecks', 'returned'),
      cell(r, 'bottlenecks', 'sessions-over-capacity'),
    ]).toEqual([5, 6, 5]);
  });

  it('gives waiting times as median and 90th percentile, and none for fewer than 5 cases', () => {
    const after = (days: number) =>
      caseFacts({
        events: [
          { type: 'submitted', at: new Date('2026-05-01T08:00:00Z') },
          { type: 'discussed', at: new Date(Date.UTC(2026, 4, 1 + days, 8)) },
        ],
      });
    const r = report({ cases: [2, 4, 6, 8, 10, 12, 14, 16, 18, 20].map(after) });
    expect(r.waiting.discussed.at(-1)).toEqual({ median: 10, p90: 18 });
    expect(r.waiting.discussed[1]).toBe('small');
  });

  it('counts network consultations held, with or without the network events', () => {
    const network = caseFacts({ form: 'network' });
    const reviewed = caseFacts({
      form: 'network',
      events: [
        { type: 'submitted', at: new Date('2026-04-01T08:00:00Z') },
        { type: 'network-reviewed', at: new Date('2026-05-02T08:00:00Z') },
      ],
    });
    expect(
      cell(
        report({ cases: [...times(3, () => network), ...times(3, () => reviewed)] }),
        'flow',
        'network-held',
      ),
    ).toBe(6);
  });

  it('groups by organisation and by age group', () => {
    const r = report(
      { cases: times(5, () => caseFacts({ organisation: 'kela', ageGroup: 'under-23' })) },
      'organisation',
    );
    expect(cell(r, 'flow', 'brought', r.groups.indexOf('kela'))).toBe(5);
    const a = report({ cases: times(5, () => caseFacts({ ageGroup: 'under-23' })) }, 'age-group');
    expect(cell(a, 'flow', 'brought', a.groups.indexOf('under-23'))).toBe(5);
  });

  it('keeps a month safe against its quarter: a small month is not the quarter minus the others', () => {
    const inMonth = (m: number) =>
      caseFacts({ events: [{ type: 'submitted', at: new Date(Date.UTC(2026, m - 1, 10)) }] });
    const facts = {
      cases: [...times(2, () => inMonth(4)), ...times(9, () => inMonth(5)), ...times(8, () => inMonth(6))],
      referrals: [],
      sessions: [],
    };
    const q2 = computeFiguresReport(facts, parsePeriod('2026-Q2')!, 'area', OPTIONS);
    const months = [4, 5, 6].map((m) =>
      computeFiguresReport(facts, parsePeriod(`2026-0${m}`)!, 'area', OPTIONS),
    );
    const shown = [...months, q2].map((r) => cell(r, 'flow', 'brought', 0));
    expect(shown[0]).toBe('small');
    expect(shown.filter((v) => v === 'small' || v === 'hidden').length).toBeGreaterThanOrEqual(2);
  });
});
