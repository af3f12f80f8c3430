import type { CaseRecord } from '../domain/case/case-record.js';
import type { Messages } from '../i18n/fi.js';
import type { Locale } from '../i18n/locale.js';
import { formatTimeBox } from './format-slot.js';

/**
 * What the worker sees of the agenda: "On the agenda: Tue 12.5. 9:30–9:45, [join link]" (no calendar invite is
 * sent: Teams gives the bot no address to send it to), the coded question a returned case came back with, or the
 * team's decision. Empty for a case the agenda has not touched.
 */
export function describeAgenda(t: Messages, locale: Locale, c: CaseRecord): string {
  const m = t.convenor.myCases;
  if (c.outcome) return m.outcome({ decision: t.triage.outcomes[c.outcome.decision].name });
  if (c.status === 'returned' && c.returnReason)
    return m.returned({ reason: t.convenor.caseCard.returnReasons[c.returnReason] });
  if (c.status !== 'scheduled' || !c.slot) return '';
  const slot = formatTimeBox(c.slot.start, c.slot.end, locale);
  const link = c.slot.joinUrl ? `, [${m.join}](${c.slot.joinUrl})` : '';
  return `${m.scheduled({ slot })}${link}. ${m.noInvite}`;
}
