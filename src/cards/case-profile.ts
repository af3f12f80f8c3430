import type { CaseRecord } from '../domain/case/case-record.js';
import { SCALE_DOMAINS, TRIAGE_QUESTIONS, type TriageAnswer } from '../domain/case/vocabulary.js';
import type { Messages } from '../i18n/fi.js';
import { describeOutcome } from './describe-reason.js';

/** The coded profile of a case, as the convenor reads it (never the free text). */

/** Scale domains at level 3 or above, most severe first: `Asuminen 4, Talous 4`. */
export function describeConcerns(t: Messages, c: CaseRecord): string {
  const d = t.triage.scale.domains;
  return SCALE_DOMAINS.filter((k) => c.details.scale[k] >= 3)
    .sort((a, b) => c.details.scale[b] - c.details.scale[a])
    .map((k) => `${d[k].name} ${c.details.scale[k]}`)
    .join(', ');
}

/** The triage questions answered `answer`, by their short names. */
export const questionsAnswered = (t: Messages, c: CaseRecord, answer: TriageAnswer): string =>
  TRIAGE_QUESTIONS.filter((q) => c.details.answers[q] === answer)
    .map((q) => t.triage.questions[q].short)
    .join(', ');

/** One line: scale concerns, yes / not-sure answers, the bot's recommendation. */
export function describeProfile(t: Messages, c: CaseRecord): string {
  const a = t.convenor.agenda;
  const yes = questionsAnswered(t, c, 'yes');
  const unsure = questionsAnswered(t, c, 'unsure');
  return [
    `${a.scale}: ${describeConcerns(t, c) || '1–2'}`,
    yes && `${t.triage.answers.yes}: ${yes}`,
    unsure && `${t.triage.answers.unsure}: ${unsure}`,
    `${a.recommendation}: ${describeOutcome(c.recommendation.outcome, t.triage).name}`,
  ]
    .filter(Boolean)
    .join(' · ');
}
