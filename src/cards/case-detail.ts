import { z } from 'zod';
import template from '../../cards/case-detail.card.json' with { type: 'json' };
import { findArea } from '../domain/areas.js';
import type { CaseRecord } from '../domain/case/case-record.js';
import { isClosableByRecommendation, isEditable, isWithdrawable } from '../domain/case/lifecycle.js';
import { checkPlannable } from '../domain/network/network-plan.js';
import { describeParties } from './describe-parties.js';
import { describeLeaning, describeOutcome, describeReason } from './describe-reason.js';
import type { Messages } from '../i18n/fi.js';
import { formatDateTime } from '../i18n/format.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';
import { escapeMarkdown } from './escape-markdown.js';

const Text = z.string().min(1);

export const CaseDetailData = z.object({
  lang: z.enum(LOCALES),
  title: Text,
  caseId: Text,
  version: z.number().int().min(1),
  refreshUserIds: z.array(Text).max(60),
  notice: z.string(),
  facts: z.array(z.object({ title: Text, value: Text })),
  recommendation: z.object({ name: Text }),
  reasons: z.array(Text),
  /** Empty unless the recommendation is the team. */
  leaning: z.string(),
  parties: z.array(Text),
  hasText: z.boolean(),
  description: z.string(),
  question: z.string(),
  history: z.array(Text),
  isEditable: z.boolean(),
  isWithdrawable: z.boolean(),
  isClosable: z.boolean(),
  /** A network consultation still in progress: the card offers its planning. */
  isPlannable: z.boolean(),
  labels: z.record(z.string(), Text),
});

export interface CaseDetailOptions {
  /** Teams user ids whose copy of the card Teams refreshes to the current status (the owner). */
  readonly refreshUserIds?: readonly string[];
  /** A line on top, e.g. that the card the worker clicked was out of date. */
  readonly notice?: string;
}

/** One of the worker's own cases, with its text (only the owner ever gets this card); the text is escaped. */
export function renderCaseDetailCard(
  t: Messages,
  locale: Locale,
  c: CaseRecord,
  options: CaseDetailOptions = {},
): AdaptiveCardJson {
  const d = t.cases.detail;
  const data = CaseDetailData.parse({
    lang: t.lang,
    title: d.title({ reference: c.reference }),
    caseId: c.id,
    version: c.version,
    refreshUserIds: options.refreshUserIds ?? [],
    notice: options.notice ?? '',
    facts: [
      { title: d.status, value: t.cases.statuses[c.status] },
      { title: d.created, value: formatDateTime(c.createdAt, locale) },
      { title: d.area, value: findArea(c.details.areaCode)?.name ?? c.details.areaCode },
      { title: d.organisation, value: t.intake.organisations[c.details.organisation] },
      { title: d.form, value: t.intake.forms[c.details.form] },
    ],
    recommendation: { name: describeOutcome(c.recommendation.outcome, t.triage).name },
    reasons: c.recommendation.reasons.map((r) => describeReason(r, t.triage)),
    leaning: c.recommendation.leaning ? describeLeaning(c.recommendation.leaning, t) : '',
    parties: describeParties(c.recommendation.parties ?? [], t),
    hasText: c.text !== null,
    description: escapeMarkdown(c.text?.description ?? ''),
    question: escapeMarkdown(c.text?.question ?? ''),
    history: c.events.map((e) => `${formatDateTime(e.at, locale)}: ${t.cases.events[e.type]}`),
    isEditable: isEditable(c),
    isWithdrawable: isWithdrawable(c),
    isClosable: isClosableByRecommendation(c),
    isPlannable: checkPlannable(c) === undefined,
    labels: {
      description: d.description,
      question: d.question,
      textPurged: d.textPurged,
      history: d.history,
      leaning: t.proposal.leaning.label,
      parties: t.proposal.parties.label,
      edit: d.edit,
      withdraw: d.withdraw,
      close: t.cases.received.closeByRecommendation,
      myCases: t.menu.myCases,
      planNetwork: t.network.planButton,
    },
  });
  return expandTemplate(template, data);
}
