import { z } from 'zod';
import template from '../../cards/meeting-changed.card.json' with { type: 'json' };
import { NETWORK_PARTIES } from '../domain/case/vocabulary.js';
import type { Messages } from '../i18n/fi.js';
import { LOCALES, pickLocale } from '../i18n/locale.js';
import type { Notice } from '../ports/notifier.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';
import { formatTimeBox } from './format-slot.js';

const Text = z.string().min(1);

export const MeetingChangedData = z.object({
  lang: z.enum(LOCALES),
  caseId: Text,
  title: Text,
  text: Text,
  next: Text,
  slotStart: z.union([z.literal(''), z.iso.datetime()]),
  slotLabel: z.string(),
  labels: z.object({ openPlan: Text }),
});

/** What a `meeting-changed` notice carries (coded, see network-notices.ts); anything else is not rendered. */
const ChangeNotice = z.object({
  caseId: Text,
  reference: Text,
  change: z.enum(['cancelled', 'declined']),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  party: z.enum(NETWORK_PARTIES).optional(),
  slotStart: z.iso.datetime().optional(),
  slotEnd: z.iso.datetime().optional(),
});

/**
 * A booked network meeting was declined or cancelled: what happened, in the organizer's language and Finnish
 * time, and the next common slot of the same parties as a button that books it (the slots card's verb). Undefined
 * when the notice's data is not what this card needs.
 */
export function renderMeetingChangedCard(t: Messages, notice: Notice): AdaptiveCardJson | undefined {
  const parsed = ChangeNotice.safeParse(notice.data);
  if (!parsed.success) return undefined;
  const d = parsed.data;
  const m = t.notices.meetingChanged;
  const locale = pickLocale(t.lang);
  const when = formatTimeBox(new Date(d.startsAt), new Date(d.endsAt), locale);
  const party = d.party ? t.proposal.parties.names[d.party] : m.someParty;
  const slot =
    d.slotStart && d.slotEnd ? { start: new Date(d.slotStart), end: new Date(d.slotEnd) } : undefined;
  return expandTemplate(
    template,
    MeetingChangedData.parse({
      lang: t.lang,
      caseId: d.caseId,
      title: m.title({ reference: d.reference }),
      text:
        d.change === 'cancelled'
          ? m.cancelled({ reference: d.reference, when })
          : m.declined({ reference: d.reference, when, party }),
      next: !slot ? m.noSlot : d.change === 'declined' ? `${m.nextSlot} ${m.replaces}` : m.nextSlot,
      slotStart: slot ? slot.start.toISOString() : '',
      slotLabel: slot ? t.network.book({ when: formatTimeBox(slot.start, slot.end, locale) }) : '',
      labels: { openPlan: m.openPlan },
    }),
  );
}
