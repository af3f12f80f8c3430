import { describe, expect, it } from 'vitest';
import {
  applyEventState,
  changeEvents,
  type MeetingUpdate,
} from '../../../src/domain/network/meeting-changes.js';
import {
  bookableParties,
  EMPTY_PLAN,
  meetingTransactionId,
  type NetworkMeeting,
  type NetworkPlan,
} from '../../../src/domain/network/network-plan.js';
import type { AttendeeResponse, EventState } from '../../../src/domain/scheduling/event-state.js';

const NOW = new Date('2026-03-27T10:00:00Z');
const WORKER = 'worker-1';
const SOCIAL = 'social@example.fi';
const KELA = 'kela@example.fi';
// the Monday after Finland moves to summer time (29 March 2026): 9:00 Helsinki is 6:00 UTC
const meeting = (over: Partial<NetworkMeeting> = {}): NetworkMeeting => ({
  eventId: 'e1',
  organizer: WORKER,
  attendees: [WORKER, SOCIAL, KELA],
  start: new Date('2026-03-30T06:00:00Z'),
  end: new Date('2026-03-30T06:45:00Z'),
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/local-1',
  bookedAt: new Date('2026-03-26T08:00:00Z'),
  isCancelled: false,
  ...over,
});
const plan = (m: NetworkMeeting | null = meeting()): NetworkPlan => ({
  consent: { by: WORKER, at: new Date('2026-03-26T07:00:00Z'), parties: ['social-services', 'kela'] },
  meeting: m,
  review: m ? { dueDate: '2026-04-07', doneAt: null } : null,
});
const active = (answers: Record<string, AttendeeResponse>, eventId = 'e1'): EventState => ({
  eventId,
  status: 'active',
  responses: Object.entries(answers).map(([id, response]) => ({ id, response })),
});
const unchanged = (p: NetworkPlan): MeetingUpdate => ({ plan: p, changes: [], isChanged: false });

describe('what the calendar says about a booked network meeting', () => {
  it.each<[string, NetworkPlan, EventState, MeetingUpdate]>([
    [
      'everyone still invited, no answers yet: nothing',
      plan(),
      active({ [SOCIAL]: 'none', [KELA]: 'none' }),
      unchanged(plan()),
    ],
    [
      'accepted and tentative answers: nothing to tell',
      plan(),
      active({ [SOCIAL]: 'accepted', [KELA]: 'tentative' }),
      unchanged(plan()),
    ],
    [
      'a party declines: recorded and told',
      plan(),
      active({ [SOCIAL]: 'accepted', [KELA]: 'declined' }),
      {
        plan: plan(meeting({ declinedBy: [KELA] })),
        changes: [{ kind: 'declined', person: KELA }],
        isChanged: true,
      },
    ],
    [
      'a decline seen before: not told again',
      plan(meeting({ declinedBy: [KELA] })),
      active({ [SOCIAL]: 'none', [KELA]: 'declined' }),
      unchanged(plan(meeting({ declinedBy: [KELA] }))),
    ],
    [
      'a second party declines: only the new one is told',
      plan(meeting({ declinedBy: [KELA] })),
      active({ [SOCIAL]: 'declined', [KELA]: 'declined' }),
      {
        plan: plan(meeting({ declinedBy: [SOCIAL, KELA] })),
        changes: [{ kind: 'declined', person: SOCIAL }],
        isChanged: true,
      },
    ],
    [
      'a decline taken back: recorded, nothing told',
      plan(meeting({ declinedBy: [KELA] })),
      active({ [SOCIAL]: 'none', [KELA]: 'accepted' }),
      { plan: plan(meeting({ declinedBy: [] })), changes: [], isChanged: true },
    ],
    [
      'the organizer and people not invited do not count',
      plan(),
      active({ [WORKER]: 'declined', 'stranger@example.fi': 'declined' }),
      unchanged(plan()),
    ],
    [
      'cancelled in the calendar: the meeting is cancelled and its review task dropped',
      plan(),
      { eventId: 'e1', status: 'cancelled' },
      {
        plan: { ...plan(), meeting: meeting({ isCancelled: true }), review: null },
        changes: [{ kind: 'cancelled' }],
        isChanged: true,
      },
    ],
    [
      'a declined meeting cancelled: told as cancelled',
      plan(meeting({ declinedBy: [KELA] })),
      { eventId: 'e1', status: 'cancelled' },
      {
        plan: { ...plan(), meeting: meeting({ declinedBy: [KELA], isCancelled: true }), review: null },
        changes: [{ kind: 'cancelled' }],
        isChanged: true,
      },
    ],
    ['an unreadable event: nothing', plan(), { eventId: 'e1', status: 'unavailable' }, unchanged(plan())],
    [
      'another event (the meeting was rebooked meanwhile): nothing',
      plan(),
      { eventId: 'e0', status: 'cancelled' },
      unchanged(plan()),
    ],
    [
      'a meeting cancelled by the app already (consent withdrawn): nothing',
      plan(meeting({ isCancelled: true })),
      { eventId: 'e1', status: 'cancelled' },
      unchanged(plan(meeting({ isCancelled: true }))),
    ],
    [
      'a meeting already held: nothing, its review stays',
      plan(meeting({ start: new Date('2026-03-27T08:00:00Z'), end: new Date('2026-03-27T08:45:00Z') })),
      { eventId: 'e1', status: 'cancelled' },
      unchanged(
        plan(meeting({ start: new Date('2026-03-27T08:00:00Z'), end: new Date('2026-03-27T08:45:00Z') })),
      ),
    ],
    ['no meeting booked: nothing', plan(null), { eventId: 'e1', status: 'cancelled' }, unchanged(plan(null))],
  ])('%s', (_name, before, state, expected) => {
    expect(applyEventState(before, state, NOW)).toEqual(expected);
  });

  it('codes each change as a case event: the decliner, or the calendar for a cancellation', () => {
    expect(changeEvents([{ kind: 'declined', person: KELA }, { kind: 'cancelled' }], NOW)).toEqual([
      { type: 'network-declined', at: NOW, by: KELA },
      { type: 'network-cancelled', at: NOW, by: 'calendar' },
    ]);
  });
});

describe('booking again after a change', () => {
  const named = [
    { party: 'social-services', person: SOCIAL },
    { party: 'kela', person: KELA },
  ] as const;
  it.each<[string, NetworkPlan, ReturnType<typeof bookableParties>]>([
    [
      'a meeting everyone still attends is booked already',
      plan(),
      { ok: false, problem: { code: 'already-booked' } },
    ],
    [
      'a declined meeting may be replaced',
      plan(meeting({ declinedBy: [KELA] })),
      { ok: true, people: [SOCIAL, KELA] },
    ],
    [
      'a meeting cancelled in the calendar may be booked again',
      { ...plan(), meeting: meeting({ isCancelled: true }), review: null },
      { ok: true, people: [SOCIAL, KELA] },
    ],
    [
      'nothing without consent',
      { ...EMPTY_PLAN, meeting: meeting({ declinedBy: [KELA] }) },
      { ok: false, problem: { code: 'consent-required' } },
    ],
  ])('%s', (_name, p, expected) => {
    expect(bookableParties(p, named)).toEqual(expected);
  });

  it('books a later time of the same case as a new calendar transaction, the first as before', () => {
    const start = new Date('2026-03-30T06:00:00Z');
    expect(meetingTransactionId('c1', start)).toBe('network|c1|2026-03-30T06:00:00.000Z');
    expect(meetingTransactionId('c1', start, 0)).toBe('network|c1|2026-03-30T06:00:00.000Z');
    expect(meetingTransactionId('c1', start, 1)).toBe('network|c1|2026-03-30T06:00:00.000Z|1');
  });
});
