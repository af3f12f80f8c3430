import type { Outcome, ScaleDomain, TriageQuestion } from '../domain/case/vocabulary.js';
import type { Leaning, LeaningReason } from '../domain/triage/leaning.js';
import type { Reason } from '../domain/triage/reason.js';
import type { Messages } from '../i18n/fi.js';
import { describeLevels } from './describe-parties.js';

/** The triage section of either catalogue; the caller picks the language. */
export type TriageMessages = Messages['triage'];

export type OutcomeText = { readonly name: string; readonly explanation: string };

export function describeOutcome(outcome: Outcome, t: TriageMessages): OutcomeText {
  return t.outcomes[outcome];
}

/** One reason as a sentence in the catalogue's language. */
export function describeReason(reason: Reason, t: TriageMessages): string {
  if (!('params' in reason)) return t.reasons[reason.code];
  const r = t.reasons;
  switch (reason.code) {
    case 'answer-coordination-need':
      return r[reason.code]({ questions: questionsText(reason.params.questions, t) });
    case 'health-dominant':
      return r[reason.code]({ level: reason.params.level });
    case 'signals-conflict':
      return r[reason.code]({ conflict: t.conflicts[reason.params.conflict] });
    case 'worker-unsure': {
      const outcomes = reason.params.outcomes.map((outcome) => t.outcomes[outcome].name);
      return r[reason.code]({ questions: questionsText(reason.params.questions, t), outcomes });
    }
    case 'unsure-not-decisive':
      return r[reason.code]({ questions: questionsText(reason.params.questions, t) });
    case 'multi-domain-challenge':
    case 'concern-domains':
      return r[reason.code]({ count: reason.params.count, domains: domainNames(reason.params.domains, t) });
    case 'severe-domains':
      return r[reason.code]({ domains: domainNames(reason.params.domains, t) });
    case 'kela-rehabilitation-criteria':
      return r[reason.code]({
        criteria: reason.params.criteria.map((criterion) => t.kelaCriteria[criterion]),
      });
  }
}

/** "Social services first: contact to social welfare, because …": the path a case for the team leans to, and why. */
export function describeLeaning(leaning: Leaning, t: Messages): string {
  return t.proposal.leaning.text({
    path: t.triage.outcomes[leaning.path].name,
    reasons: leaning.reasons.map((reason) => describeLeaningReason(reason, t)),
  });
}

function describeLeaningReason(reason: LeaningReason, t: Messages): string {
  const r = t.proposal.leaning.reasons;
  switch (reason.code) {
    case 'services-first-answered':
    case 'bilateral-answered':
      return r[reason.code][reason.params.answer];
    case 'severe-domains':
    case 'multi-domain-challenge':
      return r[reason.code]({ levels: describeLevels(reason.params.levels, t.proposal) });
    case 'health-dominant':
      return r[reason.code]({ level: reason.params.level });
    case 'coordination-affirmed':
      return r[reason.code]({ questions: questionsText(reason.params.questions, t.triage) });
    default:
      return r[reason.code];
  }
}

function questionsText(questions: readonly TriageQuestion[], t: TriageMessages): readonly string[] {
  return questions.map((question) => t.questions[question].short);
}

function domainNames(domains: readonly ScaleDomain[], t: TriageMessages): readonly string[] {
  return domains.map((domain) => t.scale.domains[domain].name);
}
