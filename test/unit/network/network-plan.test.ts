import { describe, expect, it } from 'vitest';
import type { NetworkParty } from '../../../src/domain/case/vocabulary.js';
import {
  bookableParties,
  checkPlannable,
  EMPTY_PLAN,
  meetingTransactionId,
  nameParties,
  type NetworkPlan,
  withdrawPlan,
} from '../../../src/domain/network/network-plan.js';
import {
  addWorkingDays,
  isReviewOnTime,
  reviewDueDate,
  searchWindow,
} from '../../../src/domain/network/working-days.js';
import type { StandingMember } from '../../../src/domain/team/team.js';

const members: StandingMember[] = [
  { role: 'employment-expert', ref: 'expert@example.fi' },
  { role: 'social-worker', ref: 'social@example.fi' },
  { role: 'social-worker', ref: 'second-social@example.fi' },
  { role: 'kela', ref: 'kela@example.fi' },
];
const consent = (parties: NetworkParty[]) => ({
  by: 'worker-1',
  at: new Date('2026-05-04T08:00:00Z'),
  parties,
});
const meeting = {
  eventId: 'e1',
  organizer: 'worker-1',
  attendees: ['expert@example.fi'],
  start: new Date('2026-05-05T07:00:00Z'),
  end: new Date('2026-05-05T07:45:00Z'),
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/x',
  bookedAt: new Date('2026-05-04T08:00:00Z'),
  isCancelled: false,
};

describe('the parties of a network consultation', () => {
  it('names each party by its role in the area team, the first standing member; others are to be named', () => {
    expect(nameParties(['employment-authority', 'social-services', 'health-services'], { members })).toEqual([
      { party: 'employment-authority', person: 'expert@example.fi' },
      { party: 'social-services', person: 'social@example.fi' },
      { party: 'health-services', person: null },
    ]);
    expect(nameParties(['kela'], undefined)).toEqual([{ party: 'kela', person: null }]);
  });

  const named = nameParties(['employment-authority', 'social-services', 'health-services'], { members });
  it.each<[string, NetworkPlan, ReturnType<typeof bookableParties>]>([
    ['nothing before consent', EMPTY_PLAN, { ok: false, problem: { code: 'consent-required' } }],
    [
      'only the consented parties with a named person',
      { ...EMPTY_PLAN, consent: consent(['employment-authority', 'health-services']) },
      { ok: true, people: ['expert@example.fi'] },
    ],
    [
      'no party when none of the consented ones is named',
      { ...EMPTY_PLAN, consent: consent(['health-services']) },
      { ok: false, problem: { code: 'no-bookable-party' } },
    ],
    [
      'nothing new while a meeting is booked',
      { ...EMPTY_PLAN, consent: consent(['employment-authority']), meeting },
      { ok: false, problem: { code: 'already-booked' } },
    ],
    [
      'again after the booked meeting was cancelled',
      { ...EMPTY_PLAN, consent: consent(['social-services']), meeting: { ...meeting, isCancelled: true } },
      { ok: true, people: ['social@example.fi'] },
    ],
  ])('books %s', (_name, plan, expected) => {
    expect(bookableParties(plan, named)).toEqual(expected);
  });

  it.each([
    ['network', 'submitted', undefined],
    ['team', 'submitted', { code: 'not-network' }],
    ['network', 'withdrawn', { code: 'case-ended' }],
    ['network', 'closed', { code: 'case-ended' }],
  ] as const)('plans a %s case in status %s: %o', (form, status, expected) => {
    expect(checkPlannable({ status, details: { form } as never })).toEqual(expected);
  });

  it.each([
    ['cancels a meeting still ahead and drops its review', new Date('2026-05-05T07:30:00Z'), true],
    ['keeps a meeting already held and its review', new Date('2026-05-05T08:00:00Z'), false],
  ])('on withdrawal %s', (_name, now, isCancelled) => {
    const plan = {
      consent: consent(['employment-authority']),
      meeting,
      review: { dueDate: '2026-05-12', doneAt: null },
    };
    const r = withdrawPlan(plan, now);
    expect(r.plan.consent).toBeNull();
    expect(r.plan.meeting?.isCancelled).toBe(isCancelled);
    expect(r.cancelled).toEqual(isCancelled ? meeting : null);
    expect(r.plan.review).toEqual(isCancelled ? null : plan.review);
  });

  it('books one case and slot under one calendar transaction', () => {
    const start = new Date('2026-05-05T07:00:00Z');
    expect(meetingTransactionId('c1', start)).toBe(meetingTransactionId('c1', new Date(start)));
    expect(meetingTransactionId('c1', start)).not.toBe(meetingTransactionId('c2', start));
  });
});

describe('working days of the review', () => {
  it.each([
    ['a Monday', '2026-05-04', 5, '2026-05-11'],
    ['a Friday, over the weekend', '2026-05-08', 1, '2026-05-11'],
    ['over Ascension Day (Thu 14 May 2026)', '2026-05-11', 5, '2026-05-19'],
    ['over Easter (Good Friday to Easter Monday 2026)', '2026-04-02', 1, '2026-04-07'],
    ['over Midsummer Eve and Day 2026', '2026-06-18', 1, '2026-06-22'],
    ['over Christmas 2026', '2026-12-23', 1, '2026-12-28'],
    ['zero days', '2026-05-04', 0, '2026-05-04'],
  ])('counts from %s', (_name, from, n, expected) => {
    expect(addWorkingDays(from, n)).toBe(expected);
  });

  it('is due five working days after the Helsinki date of the meeting, also late in the UTC evening', () => {
    // 22:30 UTC on Sunday 25 Oct 2026 (the DST change night) is already Monday in Helsinki
    expect(reviewDueDate(new Date('2026-10-25T22:30:00Z'))).toBe('2026-11-02');
    expect(reviewDueDate(new Date('2026-05-05T07:45:00Z'))).toBe('2026-05-12');
  });

  it('counts a review done on its due date (Helsinki) as on time, the day after as late', () => {
    expect(isReviewOnTime('2026-05-12', new Date('2026-05-12T20:59:00Z'))).toBe(true);
    expect(isReviewOnTime('2026-05-12', new Date('2026-05-12T21:01:00Z'))).toBe(false);
  });

  it('searches from now to the end of the tenth working day after today', () => {
    const now = new Date('2026-05-04T06:00:00Z');
    const w = searchWindow(now, 10);
    expect(w.start).toBe(now.getTime());
    // ten working days after Mon 4 May 2026 skip Ascension Day: Tue 19 May ends at 21:00 UTC (summer time)
    expect(new Date(w.end).toISOString()).toBe('2026-05-19T21:00:00.000Z');
  });
});
