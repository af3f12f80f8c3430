import { describe, expect, it } from 'vitest';
import type { CaseFacts, FiguresFacts } from '../../../src/domain/figures/facts.js';
import { parsePeriod, SPRING_PILOT_2026 } from '../../../src/domain/figures/period.js';
import {
  computeFiguresReport,
  computeFrameReports,
  type FiguresReport,
  type Grouping,
} from '../../../src/domain/figures/report.js';
import { caseFacts, times } from '../../fixtures/figures-facts.js';

const OPTIONS = { pilot: SPRING_PILOT_2026, areaCodes: ['kuopio', 'yla-savo'], waitingThresholdDays: 30 };
const report = (
  facts: Partial<FiguresFacts>,
  o: { period?: string; grouping?: Grouping; now?: string } = {},
) =>
  computeFiguresReport(
    { cases: [], referrals: [], sessions: [], ...facts },
    parsePeriod(o.period ?? '2026-05')!,
    o.grouping ?? 'area',
    { ...OPTIONS, ...(o.now && { now: new Date(o.now) }) },
  );
const cell = (r: FiguresReport, table: string, column: string, row = r.groups.length) => {
  const t = r.tables.find((x) => x.id === table)!;
  return t.rows[row]![t.columns.indexOf(column)];
};
const at = (iso: string) => new Date(iso);
const decided = (decision: string, services = 'none', recordedAt = '2026-05-14T10:00:00Z') =>
  ({ decision, servicesNeeded: services, kelaCooperation: false, recordedAt: at(recordedAt) }) as NonNullable<
    CaseFacts['outcome']
  >;
const submittedOn = (iso: string, over: Partial<CaseFacts> = {}) =>
  caseFacts({ events: [{ type: 'submitted', at: at(iso) }], ...over });
const network = (
  meeting: string | null,
  review?: { due: string; done?: string },
  submitted = '2026-04-20T08:00:00Z',
) =>
  caseFacts({
    form: 'network',
    events: [{ type: 'submitted', at: at(submitted) }],
    network: {
      meetingStart: meeting === null ? null : at(meeting),
      review: review ? { dueDate: review.due, doneAt: review.done ? at(review.done) : null } : null,
    },
  });
const hard = { ...caseFacts().scale, housing: 4, finances: 3, health: 5 } as const;

describe('figures: the customer flow', () => {
  it('counts cases brought to the team in the quarter, by area, with the total', () => {
    const r = report({ cases: times(7, () => caseFacts()) }, { period: '2026-Q2' });
    expect([
      cell(r, 'flow', 'brought', 0),
      cell(r, 'flow', 'brought', 1),
      cell(r, 'flow', 'brought'),
    ]).toEqual([7, 0, 7]);
  });

  it.each([
    ['held in the month', '2026-05-12T09:00:00Z', undefined, 5],
    ['held in April', '2026-04-28T09:00:00Z', undefined, 0],
    ['booked but still ahead of now', '2026-05-20T09:00:00Z', '2026-05-15T12:00:00Z', 0],
    ['held before now', '2026-05-12T09:00:00Z', '2026-05-15T12:00:00Z', 5],
  ])('counts network consultations by their meeting: %s', (_, meeting, now, expected) => {
    const r = report({ cases: times(5, () => network(meeting)) }, { ...(now && { now }) });
    expect(cell(r, 'flow', 'network-held')).toBe(expected);
  });

  it('does not count a cancelled meeting, nor a network case the team discussed', () => {
    const r = report({
      cases: [...times(5, () => network(null)), ...times(5, () => caseFacts({ form: 'network' }))],
    });
    expect(cell(r, 'flow', 'network-held')).toBe(0);
  });

  it.each([
    ['on the due date, in Helsinki (23:59 local)', '2026-05-20T20:59:00Z', 'reviews-on-time'],
    ['the day after the due date (00:00 local)', '2026-05-20T21:00:00Z', 'reviews-late'],
  ])('counts a review with the client done %s', (_, done, column) => {
    const r = report({ cases: times(5, () => network('2026-05-12T09:00:00Z', { due: '2026-05-20', done })) });
    expect(cell(r, 'flow', column)).toBe(5);
  });

  it('sets referrals via the team against direct referrals', () => {
    const referral = {
      areaCode: 'kuopio',
      organisation: 'kela',
      ageGroup: '23-29',
      recordedAt: at('2026-05-20T10:00:00Z'),
    } as const;
    const r = report({ cases: times(5, () => caseFacts()), referrals: times(8, () => referral) });
    expect(['via-team', 'direct', 'total'].map((c) => cell(r, 'referral-route', c))).toEqual([5, 8, 13]);
  });

  it.each(['area', 'organisation', 'age-group'] as const)(
    'publishes a month for all groups together only (%s): one row, and waiting times for it',
    (grouping) => {
      const r = report({ cases: times(7, () => caseFacts()) }, { grouping });
      expect(r.groups).toEqual([]);
      for (const t of r.tables) expect(t.rows).toHaveLength(1);
      expect(cell(r, 'flow', 'brought')).toBe(7);
      expect(r.waiting.discussed).toHaveLength(1);
      expect(r.rates.every((rate) => rate.rows.length === 1)).toBe(true);
    },
  );

  it('groups by organisation and by age group', () => {
    const kela = times(5, () => caseFacts({ organisation: 'kela', ageGroup: 'under-23' }));
    const byOrganisation = report({ cases: kela }, { grouping: 'organisation', period: '2026-Q2' });
    expect(cell(byOrganisation, 'flow', 'brought', byOrganisation.groups.indexOf('kela'))).toBe(5);
    const byAge = report({ cases: kela }, { grouping: 'age-group', period: 'pilot' });
    expect(cell(byAge, 'flow', 'brought', byAge.groups.indexOf('under-23'))).toBe(5);
  });
});

describe('figures: outcomes and needs', () => {
  it.each([
    ['tym-client', 'social'],
    ['social-services-contact', 'both'],
    ['social-services-notification', 'social'],
    ['health-services-first', 'health'],
    ['bilateral', 'none'],
    ['tym-not-current', 'none'],
  ])('counts the decision %s and the services needed (%s) when recorded', (decision, services) => {
    const r = report({ cases: times(6, () => caseFacts({ outcome: decided(decision, services) })) });
    expect([
      cell(r, 'outcomes', decision),
      cell(r, 'services', services),
      cell(r, 'outcomes', 'total'),
    ]).toEqual([6, 6, 6]);
  });

  it('counts a clear multidisciplinary need from a TYM client decision or challenges in 3+ domains', () => {
    const r = report({
      cases: [
        ...times(5, () => caseFacts()),
        ...times(5, () => caseFacts({ outcome: decided('bilateral'), scale: hard })),
        ...times(5, () => caseFacts({ outcome: decided('bilateral') })),
      ],
    });
    expect(cell(r, 'multidisciplinary', 'clear-need')).toBe(10);
  });

  it('tells how often the team decided otherwise than recommended, and towards what', () => {
    const r = report({
      cases: [
        ...times(6, () => caseFacts()),
        ...times(5, () => caseFacts({ recommended: 'bilateral' })),
        ...times(5, () => caseFacts({ recommended: 'consultation-team' })),
      ],
    });
    expect(['agreed', 'differed', 'no-recommendation'].map((c) => cell(r, 'agreement', c))).toEqual([
      6, 5, 5,
    ]);
    expect([cell(r, 'differed-towards', 'tym-client'), cell(r, 'differed-towards', 'total')]).toEqual([5, 5]);
  });

  it.each([
    ['housing', 5],
    ['finances', 5],
    ['health', 5],
    ['three-plus-domains', 5],
    ['kela', 6],
    ['employment', 0],
  ])('profiles the cases brought: %s', (column, expected) => {
    const r = report({
      cases: [
        ...times(5, () => caseFacts({ scale: hard })),
        ...times(5, () => caseFacts()),
        ...times(6, () => caseFacts({ hasKelaCriteria: true })),
      ],
    });
    expect(cell(r, 'profile', column)).toBe(expected);
  });
});

describe('figures: bottlenecks', () => {
  const waiting = submittedOn('2026-04-01T08:00:00Z', { status: 'submitted' });
  it.each([
    ['at the end of May (61 days)', {}, 5],
    ['as of now, 14 May (43 days)', { now: '2026-05-14T12:00:00Z' }, 5],
    ['as of now, 1 May (29.96 days: not over 30)', { now: '2026-05-01T07:00:00Z' }, 0],
  ])('counts cases waiting over 30 days %s', (_, o, expected) => {
    expect(cell(report({ cases: times(5, () => waiting) }, o), 'bottlenecks', 'waiting-over-threshold')).toBe(
      expected,
    );
  });

  it('stops counting a case as waiting once it was discussed, closed or withdrawn', () => {
    const ended = ['discussed', 'closed', 'withdrawn'].flatMap((type) =>
      times(2, () => caseFacts({ events: [...waiting.events, { type, at: at('2026-05-10T08:00:00Z') }] })),
    );
    expect(cell(report({ cases: ended }), 'bottlenecks', 'waiting-over-threshold')).toBe(0);
  });

  it('counts cases returned for more information in the month, and planned sessions over capacity', () => {
    const returned = caseFacts({
      events: [...caseFacts().events, { type: 'returned', at: at('2026-05-06T08:00:00Z') }],
    });
    const session = {
      areaCode: 'kuopio',
      start: at('2026-05-12T08:00:00Z'),
      status: 'planned',
      capacity: 4,
      caseCount: 5,
    } as const;
    const r = report({
      cases: times(6, () => returned),
      sessions: [
        ...times(5, () => session),
        ...times(3, () => ({ ...session, status: 'cancelled' as const })),
      ],
    });
    expect([cell(r, 'bottlenecks', 'returned'), cell(r, 'bottlenecks', 'sessions-over-capacity')]).toEqual([
      6, 5,
    ]);
  });

  it('counts sessions by area only: other groupings publish the same total and no group', () => {
    const session = {
      areaCode: 'kuopio',
      start: at('2026-05-12T08:00:00Z'),
      status: 'planned',
      capacity: 4,
      caseCount: 5,
    } as const;
    const r = report({ sessions: times(6, () => session) }, { grouping: 'organisation', period: '2026-Q2' });
    expect(r.tables.find((t) => t.id === 'bottlenecks')!.rows.map((row) => row[2])).toEqual([
      0, 0, 0, 0, 0, 6,
    ]);
  });

  it.each([
    ['due 20 May, not done: overdue at the end of May', { due: '2026-05-20' }, {}, 5],
    [
      'due 20 May, done 25 May: done by the end of May',
      { due: '2026-05-20', done: '2026-05-25T08:00:00Z' },
      {},
      0,
    ],
    [
      'due 20 May, now 20 May noon: not yet overdue',
      { due: '2026-05-20' },
      { now: '2026-05-20T09:00:00Z' },
      0,
    ],
    ['due 20 May, now 21 May: overdue', { due: '2026-05-20' }, { now: '2026-05-21T06:00:00Z' }, 5],
  ])('counts reviews with the client overdue: %s', (_, review, o, expected) => {
    const r = report({ cases: times(5, () => network('2026-05-12T09:00:00Z', review)) }, o);
    expect(cell(r, 'bottlenecks', 'reviews-overdue')).toBe(expected);
  });
});

describe('figures: waiting times', () => {
  const after = (days: number) =>
    caseFacts({
      events: [
        { type: 'submitted', at: at('2026-05-01T08:00:00Z') },
        { type: 'discussed', at: new Date(Date.UTC(2026, 4, 1 + days, 8)) },
      ],
    });

  it('gives submitted → discussed as median and 90th percentile, and none for fewer than 5 cases', () => {
    const r = report({ cases: [2, 4, 6, 8, 10, 12, 14, 16, 18, 20].map(after) }, { period: '2026-Q2' });
    expect(r.waiting.discussed.at(-1)).toEqual({ median: 10, p90: 18 });
    expect(r.waiting.discussed[1]).toBe('small');
  });

  it('measures network consultations from the request (submitted) to the meeting, not to a discussion', () => {
    const requested = (days: number) =>
      network(new Date(Date.UTC(2026, 4, 2 + days, 9)).toISOString(), undefined, '2026-05-02T09:00:00Z');
    const r = report({ cases: [3, 5, 7, 9, 11].map(requested) });
    expect(r.waiting.network.at(-1)).toEqual({ median: 7, p90: 11 });
    expect(r.waiting.discussed.at(-1)).toBe('small');
  });

  it('takes a quarter as all of its months together', () => {
    const r = report({ cases: [2, 4, 6, 8, 10].map(after) }, { period: '2026-Q2' });
    expect(r.waiting.discussed.at(-1)).toEqual({ median: 6, p90: 10 });
  });
});

describe('figures: rates', () => {
  const rate = (r: FiguresReport, table: string, column: string, row = r.groups.length) =>
    r.rates.find((x) => x.table === table && x.column === column)!.rows[row];

  it.each([
    ['outcomes', 'tym-client', 62.5],
    ['services', 'social', 62.5],
    ['referral-route', 'direct', 37.5],
    ['multidisciplinary', 'clear-need', 62.5],
    ['profile', 'three-plus-domains', 62.5],
  ])('gives %s %s as a share in per cent of its whole', (table, column, expected) => {
    const r = report({
      cases: [
        ...times(10, () => caseFacts({ scale: hard })),
        ...times(6, () => caseFacts({ outcome: decided('bilateral') })),
      ],
      referrals: times(
        6,
        () =>
          ({
            areaCode: 'kuopio',
            organisation: 'kela',
            ageGroup: '23-29',
            recordedAt: at('2026-05-20T10:00:00Z'),
          }) as const,
      ),
    });
    expect(rate(r, table, column)).toBe(expected);
  });

  it('suppresses a rate whose count is "<5" or hidden, and gives none for a zero denominator', () => {
    const r = report(
      { cases: [...times(9, () => caseFacts()), ...times(2, () => caseFacts({ areaCode: 'yla-savo' }))] },
      { period: '2026-Q2' },
    );
    expect(cell(r, 'outcomes', 'tym-client', 1)).toBe('small');
    expect(rate(r, 'outcomes', 'tym-client', 1)).toBe('suppressed');
    expect(rate(report({}), 'outcomes', 'tym-client')).toBeNull();
  });
});

describe('figures: periods and disclosure across the frame', () => {
  it('sums a quarter from its months and repeats a stock from its last month', () => {
    const inMonth = (m: number) => submittedOn(new Date(Date.UTC(2026, m - 1, 10)).toISOString());
    const cases = [
      ...times(5, () => inMonth(4)),
      ...times(6, () => inMonth(5)),
      ...times(7, () => inMonth(6)),
    ];
    const q2 = report(
      { cases: [...cases, ...times(5, () => submittedOn('2026-03-01T08:00:00Z', { status: 'submitted' }))] },
      { period: '2026-Q2' },
    );
    expect(cell(q2, 'flow', 'brought')).toBe(18);
    // as of 30 June: the March and April cases and May's (51 days), not June's (20 days)
    expect(cell(q2, 'bottlenecks', 'waiting-over-threshold')).toBe(5 + 5 + 6);
  });

  it('keeps a month safe against its quarter: a small month is not the quarter minus the others', () => {
    const inMonth = (m: number) => submittedOn(new Date(Date.UTC(2026, m - 1, 10)).toISOString());
    const cases = [
      ...times(2, () => inMonth(4)),
      ...times(9, () => inMonth(5)),
      ...times(8, () => inMonth(6)),
    ];
    const shown = ['2026-04', '2026-05', '2026-06', '2026-Q2'].map((p) =>
      cell(report({ cases }, { period: p }), 'flow', 'brought', 0),
    );
    expect(shown[0]).toBe('small');
    expect(shown.filter((v) => v === 'small' || v === 'hidden').length).toBeGreaterThanOrEqual(2);
  });

  it('publishes a number with one status wherever it appears: every grouping’s total, and the totals tables share', () => {
    const cases = [
      ...times(9, () => caseFacts()),
      ...times(2, () => caseFacts({ areaCode: 'yla-savo', organisation: 'kela' })),
    ];
    const reports = computeFrameReports(
      { cases, referrals: [], sessions: [] },
      parsePeriod('2026-05')!,
      OPTIONS,
    );
    const may = reports.filter((r) => r.period.kind === 'month' && r.period.month === 5);
    const totals = may.map((r) => r.tables.map((t) => t.rows.at(-1)));
    expect(totals[1]).toEqual(totals[0]);
    expect(totals[2]).toEqual(totals[0]);
    for (const r of may)
      for (let row = 0; row <= r.groups.length; row++)
        expect(new Set(['outcomes', 'services', 'agreement'].map((t) => cell(r, t, 'total', row))).size).toBe(
          1,
        );
  });

  it('is deterministic: the same facts in another order publish the same report', () => {
    const cases = [
      ...times(9, () => caseFacts()),
      ...times(3, () => caseFacts({ areaCode: 'yla-savo', recommended: 'bilateral' })),
    ];
    expect(report({ cases: [...cases].reverse() })).toEqual(report({ cases }));
  });
});
