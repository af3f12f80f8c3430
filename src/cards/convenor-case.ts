import { z } from 'zod';
import template from '../../cards/convenor-case.card.json' with { type: 'json' };
import type { CaseRecord } from '../domain/case/case-record.js';
import {
  agreementOf,
  DECISIONS,
  FOLLOW_UP_ACTIONS,
  RESPONSIBLE_ORGANISATIONS,
  RETURN_REASONS,
  SERVICES_NEEDED,
} from '../domain/case/outcome.js';
import { SCALE_DOMAINS, TRIAGE_QUESTIONS } from '../domain/case/vocabulary.js';
import type { TeamSession } from '../domain/team/session.js';
import type { Messages } from '../i18n/fi.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';
import { describeOutcome, describeReason } from './describe-reason.js';
import { escapeMarkdown } from './escape-markdown.js';
import { formatTimeBox } from './format-slot.js';

const Text = z.string().min(1);
const Pair = z.object({ title: Text, value: Text });

export const ConvenorCaseData = z.object({
  lang: z.enum(LOCALES),
  title: Text,
  notice: z.string(),
  sessionId: Text,
  caseId: Text,
  version: z.number().int().min(1),
  facts: z.array(Pair),
  scale: z.array(Pair),
  answers: z.array(Pair),
  recommendation: Text,
  reasons: z.array(Text),
  hasText: z.boolean(),
  text: z.object({ description: z.string(), question: z.string() }),
  outcomeLine: z.string(),
  canRecord: z.boolean(),
  canShowText: z.boolean(),
  canMove: z.boolean(),
  defaultDecision: z.string(),
  kelaDefault: z.enum(['true', 'false']),
  decisions: z.array(Pair),
  services: z.array(Pair),
  followUpSlots: z.array(z.object({ actionId: Text, responsibleId: Text })),
  followUpActions: z.array(Pair),
  organisations: z.array(Pair),
  results: z.array(Pair),
  returnReasons: z.array(Pair),
  targets: z.array(Pair),
  firstTarget: z.string(),
  labels: z.record(z.string(), Text),
});

export interface ConvenorCaseView {
  readonly case: CaseRecord;
  readonly sessionId: string;
  /** Other coming sessions of the team, where the case could move. */
  readonly targets: readonly TeamSession[];
  /** The free text, on request in the personal chat only. */
  readonly showText: boolean;
  readonly isPersonal: boolean;
}

const pairs = <K extends string>(keys: readonly K[], names: Readonly<Record<K, string>>) =>
  keys.map((k) => ({ title: names[k], value: k }));

/** Follow-up rows on the outcome form (each optional). */
export const FOLLOW_UP_SLOTS = 2;

/** One case for the convenor: coded profile beside the recommendation, the outcome form, return and move. */
export function renderConvenorCaseCard(
  t: Messages,
  locale: Locale,
  v: ConvenorCaseView,
  notice = '',
): AdaptiveCardJson {
  const c = v.case;
  const x = t.convenor.caseCard;
  const canRecord = c.status === 'scheduled';
  const data = ConvenorCaseData.parse({
    lang: t.lang,
    title: x.title({
      reference: c.reference,
      slot: c.slot ? formatTimeBox(c.slot.start, c.slot.end, locale) : '–',
    }),
    notice,
    sessionId: v.sessionId,
    caseId: c.id,
    version: c.version,
    facts: [
      { title: t.cases.detail.organisation, value: t.intake.organisations[c.details.organisation] },
      { title: t.intake.fields.ageGroup, value: t.intake.ageGroups[c.details.ageGroup] },
      { title: t.intake.fields.unemployment, value: t.intake.unemployment[c.details.unemployment] },
    ],
    scale: SCALE_DOMAINS.map((d) => ({
      title: t.triage.scale.domains[d].name,
      value: String(c.details.scale[d]),
    })),
    answers: TRIAGE_QUESTIONS.map((q) => ({
      title: t.triage.questions[q].short,
      value: t.triage.answers[c.details.answers[q]],
    })),
    recommendation: `${t.convenor.agenda.recommendation}: ${describeOutcome(c.recommendation.outcome, t.triage).name}`,
    reasons: c.recommendation.reasons.map((r) => describeReason(r, t.triage)),
    hasText: v.showText && v.isPersonal && c.text !== null,
    text: {
      description: escapeMarkdown(c.text?.description ?? ''),
      question: escapeMarkdown(c.text?.question ?? ''),
    },
    outcomeLine: c.outcome
      ? `${t.convenor.agenda.decided({ decision: t.triage.outcomes[c.outcome.decision].name })} ${x.agreement[agreementOf(c.recommendation.outcome, c.outcome.decision)]}`
      : '',
    canRecord,
    canShowText: v.isPersonal && !v.showText && c.text !== null,
    canMove: canRecord && v.targets.length > 0,
    defaultDecision: (DECISIONS as readonly string[]).includes(c.recommendation.outcome)
      ? c.recommendation.outcome
      : '',
    kelaDefault: c.details.kelaCriteria.length > 0 ? 'true' : 'false',
    decisions: DECISIONS.map((d) => ({ title: t.triage.outcomes[d].name, value: d })),
    services: pairs(SERVICES_NEEDED, x.servicesNeeded),
    followUpSlots: Array.from({ length: FOLLOW_UP_SLOTS }, (_, i) => ({
      actionId: `followUp${i}`,
      responsibleId: `responsible${i}`,
    })),
    followUpActions: pairs(FOLLOW_UP_ACTIONS, x.followUpActions),
    organisations: pairs(RESPONSIBLE_ORGANISATIONS, x.organisations),
    results: pairs(['discussed', 'postponed'] as const, x.results),
    returnReasons: pairs(RETURN_REASONS, x.returnReasons),
    targets: v.targets.map((s) => ({ title: formatTimeBox(s.start, s.end, locale), value: s.id })),
    firstTarget: v.targets[0]?.id ?? '',
    labels: {
      scale: t.convenor.agenda.scale,
      answers: t.convenor.agenda.answers,
      outcome: x.outcome,
      decision: x.decision,
      services: x.services,
      kela: x.kela,
      followUp: x.followUp,
      responsible: x.responsible,
      result: x.result,
      record: x.record,
      showText: x.showText,
      returnTitle: x.returnTitle,
      returnReason: x.returnReason,
      returnAction: x.returnAction,
      moveTitle: x.moveTitle,
      moveAction: x.moveAction,
      back: x.back,
    },
  });
  return expandTemplate(template, data);
}
