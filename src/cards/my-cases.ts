import { z } from 'zod';
import template from '../../cards/my-cases.card.json' with { type: 'json' };
import type { CaseRecord } from '../domain/case/case-record.js';
import { describeOutcome } from './describe-reason.js';
import { describeAgenda } from './describe-agenda.js';
import type { Messages } from '../i18n/fi.js';
import { formatDateTime } from '../i18n/format.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';

export const MyCasesData = z.object({
  lang: z.enum(LOCALES),
  title: z.string().min(1),
  emptyText: z.string().min(1),
  openTitle: z.string().min(1),
  newRequestTitle: z.string().min(1),
  rows: z.array(
    z.object({
      caseId: z.string().min(1),
      line: z.string().min(1),
      recommendation: z.string().min(1),
      /** The agenda's word on it: the time box and join link, the question it came back with, or the outcome. */
      agenda: z.string(),
      openTitle: z.string(),
    }),
  ),
});

/** The worker's own cases with status and date (Helsinki time); each opens its detail card. */
export function renderMyCasesCard(
  t: Messages,
  locale: Locale,
  cases: readonly CaseRecord[],
): AdaptiveCardJson {
  const l = t.cases.list;
  const data = MyCasesData.parse({
    lang: t.lang,
    title: l.title,
    emptyText: l.empty,
    openTitle: l.open,
    newRequestTitle: t.menu.newRequest,
    rows: cases.map((c) => ({
      caseId: c.id,
      line: l.row({
        reference: c.reference,
        status: t.cases.statuses[c.status],
        date: formatDateTime(c.createdAt, locale),
      }),
      recommendation: describeOutcome(c.recommendation.outcome, t.triage).name,
      agenda: describeAgenda(t, locale, c),
      openTitle: l.open,
    })),
  });
  return expandTemplate(template, data);
}
