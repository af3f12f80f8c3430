import { DateTime } from 'luxon';
import type { Messages } from '../i18n/fi.js';
import { HELSINKI } from '../i18n/format.js';
import type { Notice } from '../ports/notifier.js';
import type { OutgoingMessage } from '../ports/proactive-sender.js';
import { renderMeetingChangedCard } from './meeting-changed.js';
import { renderNoticeCard } from './notice.js';

const FORMATS = {
  fi: { day: "ccc d.L. 'klo' H.mm", time: 'H.mm' },
  en: { day: 'ccc d LLL, H:mm', time: 'H:mm' },
} as const;

/** `ti 12.5. klo 9.30–9.45` / `Tue 12 May, 9:30–9:45`, in Finnish time whatever the server's zone. */
function formatSlot(startsAt: unknown, endsAt: unknown, lang: 'fi' | 'en'): string | undefined {
  if (typeof startsAt !== 'string') return undefined;
  const start = DateTime.fromISO(startsAt, { zone: 'utc' })
    .setZone(HELSINKI)
    .setLocale(lang === 'fi' ? 'fi' : 'en-GB');
  if (!start.isValid) return undefined;
  const end =
    typeof endsAt === 'string' ? DateTime.fromISO(endsAt, { zone: 'utc' }).setZone(HELSINKI) : undefined;
  const f = FORMATS[lang];
  return end?.isValid ? `${start.toFormat(f.day)}–${end.toFormat(f.time)}` : start.toFormat(f.day);
}

/** The line of a notice from its coded data; undefined when the data lacks what the line needs. */
function noticeLine(n: Notice, t: Messages): string | undefined {
  const reference = typeof n.data['reference'] === 'string' ? n.data['reference'] : undefined;
  const when = formatSlot(n.data['startsAt'], n.data['endsAt'], t.lang === 'en' ? 'en' : 'fi');
  const m = t.notices;
  switch (n.kind) {
    case 'agenda-ready':
      return when && m['agenda-ready']({ when });
    case 'case-returned':
    case 'outcome-recorded':
    case 'review-due':
      return reference && m[n.kind]({ reference });
    case 'case-scheduled':
    case 'slot-reminder':
    case 'time-changed':
      return reference && when && m[n.kind]({ reference, when });
    case 'meeting-changed':
      // a card of its own (below); this line only when its data is not what that card needs
      return undefined;
  }
}

/** A notice as a short card in the recipient's language, with the way to My cases. Never carries case text. */
export function renderNoticeMessage(notice: Notice, t: Messages): OutgoingMessage {
  const changed = notice.kind === 'meeting-changed' ? renderMeetingChangedCard(t, notice) : undefined;
  if (changed) return { kind: 'card', card: changed };
  return { kind: 'card', card: renderNoticeCard(t, noticeLine(notice, t) ?? t.notices.fallback) };
}
