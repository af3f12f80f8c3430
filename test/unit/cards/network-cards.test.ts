import { describe, expect, it } from 'vitest';
import type { NetworkView } from '../../../src/app/network/network-case.js';
import { renderNetworkCasesCard } from '../../../src/cards/network-cases.js';
import { renderNetworkPlanCard } from '../../../src/cards/network-plan.js';
import { renderNetworkSlotsCard } from '../../../src/cards/network-slots.js';
import { EMPTY_PLAN } from '../../../src/domain/network/network-plan.js';
import { en } from '../../../src/i18n/en.js';
import { fi } from '../../../src/i18n/fi.js';
import { caseRecord } from '../../fixtures/case-records.js';
import { expectValidCard } from './card-check.js';

const c = caseRecord({ version: 2 });
const named = [
  { party: 'employment-authority', person: 'expert@example.fi' },
  { party: 'health-services', person: null },
] as const;
const consent = {
  by: 'worker-1',
  at: new Date('2026-05-04T08:00:00Z'),
  parties: ['employment-authority'] as const,
};
const meeting = {
  eventId: 'e1',
  organizer: 'worker-1',
  attendees: ['expert@example.fi'],
  start: new Date('2026-05-05T07:00:00Z'),
  end: new Date('2026-05-05T07:45:00Z'),
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/local-1',
  bookedAt: new Date('2026-05-04T08:00:00Z'),
  isCancelled: false,
};
const views: Record<string, NetworkView> = {
  'before consent': { c, plan: EMPTY_PLAN, named },
  'after consent': {
    c,
    plan: { ...EMPTY_PLAN, consent: { ...consent, parties: [...consent.parties] } },
    named,
  },
  booked: {
    c,
    plan: {
      consent: { ...consent, parties: [...consent.parties] },
      meeting,
      review: { dueDate: '2026-05-12', doneAt: null },
    },
    named,
  },
};
const verbsOf = (card: object) => [...JSON.stringify(card).matchAll(/"verb":"([a-z-]+)"/g)].map((m) => m[1]);

describe.each([
  ['fi', fi],
  ['en', en],
] as const)('network cards in %s', (locale, t) => {
  it.each(Object.entries(views))(
    'the plan %s is a valid card that sends its language back',
    (_name, view) => {
      const card = renderNetworkPlanCard(t, locale, view, { actorId: 'worker-1' });
      expectValidCard(card);
      expect(
        JSON.stringify(card)
          .match(/"lang":"(\w+)"/g)
          ?.every((l) => l === `"lang":"${locale}"`),
      ).toBe(true);
    },
  );

  it('offers three times as booking buttons, and says so when there are none', () => {
    const slots = [0, 1, 2].map((i) => ({
      start: Date.parse('2026-05-05T05:00:00Z') + i * 3_600_000,
      end: 0,
    }));
    const card = renderNetworkSlotsCard(
      t,
      locale,
      c,
      slots.map((s) => ({ ...s, end: s.start + 2_700_000 })),
      {
        minutes: 45,
        days: 10,
      },
    );
    expectValidCard(card);
    expect(verbsOf(card).filter((v) => v === 'book-network-meeting')).toHaveLength(3);
    expect(JSON.stringify(card)).toContain('8:00–8:45');
    expectValidCard(renderNetworkSlotsCard(t, locale, c, [], { minutes: 45, days: 10 }));
  });

  it('lists network cases', () => {
    expectValidCard(renderNetworkCasesCard(t, [c]));
    expectValidCard(renderNetworkCasesCard(t, []));
  });
});

describe('the network plan card', () => {
  it('asks for consent before anything can be sent, and shows an unnamed party as to be named', () => {
    const verbs = verbsOf(renderNetworkPlanCard(en, 'en', views['before consent']!, { actorId: 'worker-1' }));
    expect(verbs).toContain('record-network-consent');
    expect(verbs).not.toContain('find-network-slots');
    expect(
      JSON.stringify(renderNetworkPlanCard(en, 'en', views['before consent']!, { actorId: 'x' })),
    ).toContain('to be named');
  });

  it('shows the booked time in Helsinki, the join link and the review task', () => {
    const card = JSON.stringify(renderNetworkPlanCard(en, 'en', views.booked!, { actorId: 'worker-1' }));
    expect(card).toContain('Tue 5 May 10:00–10:45');
    expect(card).toContain(meeting.joinUrl);
    expect(card).toContain('by 12 May 2026');
    expect(verbsOf(JSON.parse(card) as object)).toContain('complete-network-review');
  });
});
