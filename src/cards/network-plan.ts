import { DateTime } from 'luxon';
import { z } from 'zod';
import template from '../../cards/network-plan.card.json' with { type: 'json' };
import type { NetworkView } from '../app/network/network-case.js';
import { NETWORK_PARTIES } from '../domain/case/vocabulary.js';
import {
  activeMeeting,
  bookableParties,
  declinesOf,
  type NamedParty,
  type NetworkMeeting,
} from '../domain/network/network-plan.js';
import type { Messages } from '../i18n/fi.js';
import { formatDateTime } from '../i18n/format.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';
import { formatTimeBox } from './format-slot.js';

const Text = z.string().min(1);

export const NetworkPlanData = z.object({
  lang: z.enum(LOCALES),
  caseId: Text,
  title: Text,
  intro: Text,
  notice: z.string(),
  consentText: Text,
  parties: z.array(Text),
  meetingText: z.string(),
  reviewText: z.string(),
  joinUrl: z.union([z.literal(''), z.url({ protocol: /^https$/ })]),
  partyChoices: z.array(z.object({ title: Text, value: Text })),
  selectedParties: z.string(),
  hasConsent: z.boolean(),
  canRecordConsent: z.boolean(),
  canFindSlots: z.boolean(),
  canCompleteReview: z.boolean(),
  labels: z.object({
    parties: Text,
    pickParties: Text,
    consentToggle: Text,
    recordConsent: Text,
    findSlots: Text,
    join: Text,
    completeReview: Text,
    withdrawConsent: Text,
    myCases: Text,
  }),
});

/** `12.6.2026` (fi) or `12 Jun 2026` (en): a review's due date. */
const formatDueDate = (date: string, locale: Locale): string =>
  DateTime.fromISO(date).toFormat(locale === 'fi' ? 'd.L.yyyy' : 'd LLL yyyy', { locale: 'en-GB' });

/** The booked meeting's line, with who declined it (by party) when someone has. */
function meetingLine(
  t: Messages,
  locale: Locale,
  meeting: NetworkMeeting,
  named: readonly NamedParty[],
): string {
  const n = t.network;
  const line = n.meeting({ when: formatTimeBox(meeting.start, meeting.end, locale) });
  const declined = declinesOf(meeting).map((person) => {
    const party = named.find((p) => p.person === person)?.party;
    return party ? t.proposal.parties.names[party] : n.someParty;
  });
  return declined.length > 0 ? `${line} ${n.meetingDeclined({ parties: declined.join(', ') })}` : line;
}

/** The planner's view of a network consultation: consent, parties, meeting and review; coded fields only. */
export function renderNetworkPlanCard(
  t: Messages,
  locale: Locale,
  view: NetworkView,
  options: { readonly actorId: string; readonly notice?: string },
): AdaptiveCardJson {
  const n = t.network;
  const { c, plan, named } = view;
  const meeting = activeMeeting(plan);
  const names = t.proposal.parties.names;
  const consentText = plan.consent
    ? n.consentGiven({
        when: formatDateTime(plan.consent.at, locale),
        who: plan.consent.by === options.actorId ? n.consentByYou : n.consentByOther,
      })
    : n.consentNone;
  const review = meeting ? plan.review : null;
  return expandTemplate(
    template,
    NetworkPlanData.parse({
      lang: t.lang,
      caseId: c.id,
      title: n.title({ reference: c.reference }),
      intro: n.intro,
      notice: options.notice ?? '',
      consentText,
      parties: named.map((p) => (p.person ? n.partyNamed : n.partyToBeNamed)({ name: names[p.party] })),
      meetingText: meeting
        ? meetingLine(t, locale, meeting, named)
        : plan.meeting?.isCancelled
          ? n.meetingCancelled
          : '',
      reviewText: !review
        ? ''
        : review.doneAt
          ? n.reviewDone({ when: formatDateTime(review.doneAt, locale) })
          : n.reviewDue({ due: formatDueDate(review.dueDate, locale) }),
      joinUrl: meeting?.joinUrl ?? '',
      partyChoices: NETWORK_PARTIES.map((p) => ({ title: names[p], value: p })),
      selectedParties: named.map((p) => p.party).join(','),
      hasConsent: plan.consent !== null,
      canRecordConsent: meeting === null,
      canFindSlots: bookableParties(plan, named).ok,
      canCompleteReview: review !== null && review.doneAt === null,
      labels: {
        parties: n.partiesLabel,
        pickParties: n.pickParties,
        consentToggle: n.consentToggle,
        recordConsent: n.recordConsent,
        findSlots: n.findSlots,
        join: n.join,
        completeReview: n.completeReview,
        withdrawConsent: n.withdrawConsent,
        myCases: n.myCases,
      },
    }),
  );
}
