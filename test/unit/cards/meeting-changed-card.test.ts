import { describe, expect, it } from 'vitest';
import type { NetworkView } from '../../../src/app/network/network-case.js';
import { renderNetworkPlanCard } from '../../../src/cards/network-plan.js';
import { renderNoticeMessage } from '../../../src/cards/notice-message.js';
import { en } from '../../../src/i18n/en.js';
import { fi, type Messages } from '../../../src/i18n/fi.js';
import type { Notice } from '../../../src/ports/notifier.js';
import { caseRecord } from '../../fixtures/case-records.js';
import { expectValidCard } from './card-check.js';

const c = caseRecord();
// Monday 30 March 2026, the first working day of Finnish summer time: 9:00 Helsinki is 6:00 UTC
const notice = (data: Notice['data']): Notice => ({
  id: `meeting-changed|${c.id}|e1|declined|kela@example.fi`,
  kind: 'meeting-changed',
  to: c.owner,
  dueAt: new Date('2026-03-27T10:00:00Z'),
  data: {
    caseId: c.id,
    reference: c.reference,
    change: 'declined',
    party: 'kela',
    startsAt: '2026-03-30T06:00:00.000Z',
    endsAt: '2026-03-30T06:45:00.000Z',
    slotStart: '2026-03-31T10:15:00.000Z',
    slotEnd: '2026-03-31T11:00:00.000Z',
    ...data,
  },
});
const cardOf = (n: Notice, t: Messages = fi) => {
  const message = renderNoticeMessage(n, t);
  if (message.kind !== 'card') throw new Error('not a card');
  return message.card;
};
const actionsOf = (card: object) =>
  [...JSON.stringify(card).matchAll(/"verb":"([a-z-]+)","title":"([^"]*)","data":(\{[^}]*\})/g)].map((m) => ({
    verb: m[1],
    title: m[2],
    data: JSON.parse(m[3] ?? '{}') as Record<string, string>,
  }));

/** The notice's data without some keys (a cancellation has no party; no slot may have been found). */
const without = (n: Notice, ...keys: string[]): Notice => ({
  ...n,
  data: Object.fromEntries(Object.entries(n.data).filter(([k]) => !keys.includes(k))),
});

describe.each([
  ['fi', fi],
  ['en', en],
] as const)('the notice of a changed network meeting in %s', (lang, t) => {
  it.each([
    ['a decline with the next slot', notice({})],
    ['a cancellation with the next slot', without(notice({ change: 'cancelled' }), 'party')],
    ['a decline without a slot', without(notice({}), 'slotStart', 'slotEnd')],
  ])('%s is a valid card that sends its language back', (_name, n) => {
    const card = cardOf(n, t);
    expectValidCard(card);
    expect(actionsOf(card).length).toBeGreaterThan(0);
    for (const a of actionsOf(card)) expect(a.data.lang).toBe(lang);
  });
});

describe('the notice of a changed network meeting', () => {
  it('names the party that declined and the time in Finnish time, and books the next slot with one click', () => {
    const card = cardOf(notice({}));
    const text = JSON.stringify(card);
    expect(text).toContain(
      `Verkostokonsultaation **${c.reference}** tapaamiseen ma 30.3. 9:00–9:45 kutsuttu osapuoli kieltäytyi: Kela.`,
    );
    expect(text).toContain('Uuden ajan varaaminen peruu nykyisen tapaamisen.');
    expect(actionsOf(card)).toEqual([
      {
        verb: 'book-network-meeting',
        title: 'Varaa ti 31.3. 13:15–14:00',
        data: { caseId: c.id, start: '2026-03-31T10:15:00.000Z', lang: 'fi' },
      },
      { verb: 'plan-network', title: 'Avaa suunnitelma', data: { caseId: c.id, lang: 'fi' } },
    ]);
  });

  it('tells a cancellation in English, and offers only the plan when no common time was found', () => {
    const card = cardOf(without(notice({ change: 'cancelled' }), 'slotStart', 'slotEnd', 'party'), en);
    const text = JSON.stringify(card);
    expect(text).toContain(
      `The meeting of network consultation **${c.reference}** on Mon 30 Mar 9:00–9:45 was cancelled`,
    );
    expect(text).toContain(en.notices.meetingChanged.noSlot);
    expect(actionsOf(card).map((a) => a.verb)).toEqual(['plan-network']);
  });

  it('says "one of the parties" for a decliner who is not a named party, and never names a person', () => {
    const text = JSON.stringify(cardOf(without(notice({}), 'party')));
    expect(text).toContain('kieltäytyi: yksi osapuolista.');
    expect(text).not.toContain('@');
  });

  it('falls back to the plain notice when its data is not what the card needs', () => {
    const text = JSON.stringify(cardOf(notice({ startsAt: 'soon' })));
    expect(text).toContain(fi.notices.fallback);
  });
});

describe('the plan of a declined meeting', () => {
  const meeting = {
    eventId: 'e1',
    organizer: 'worker-1',
    attendees: ['worker-1', 'social@example.fi', 'kela@example.fi'],
    start: new Date('2026-03-30T06:00:00Z'),
    end: new Date('2026-03-30T06:45:00Z'),
    joinUrl: 'https://teams.microsoft.com/l/meetup-join/local-1',
    bookedAt: new Date('2026-03-26T08:00:00Z'),
    isCancelled: false,
    declinedBy: ['kela@example.fi'],
  };
  const view: NetworkView = {
    c,
    plan: {
      consent: { by: 'worker-1', at: meeting.bookedAt, parties: ['social-services', 'kela'] },
      meeting,
      review: { dueDate: '2026-04-07', doneAt: null },
    },
    named: [
      { party: 'social-services', person: 'social@example.fi' },
      { party: 'kela', person: 'kela@example.fi' },
    ],
  };
  it('says who declined and offers to find a new common time', () => {
    const card = renderNetworkPlanCard(fi, 'fi', view, { actorId: 'worker-1' });
    expectValidCard(card);
    const text = JSON.stringify(card);
    expect(text).toContain(
      'Tapaaminen varattu: ma 30.3. 9:00–9:45 (Suomen aikaa). Kutsusta kieltäytyi: Kela.',
    );
    expect(text).toContain('"verb":"find-network-slots"');
  });
});
