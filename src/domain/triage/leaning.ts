import { SCALE_DOMAINS } from '../case/vocabulary.js';
import type { Outcome, TriageAnswer, TriageAnswers, TriageQuestion } from '../case/vocabulary.js';
import {
  CLEAR_NEED_MIN,
  COORDINATION_QUESTIONS,
  healthReasons,
  SOCIAL_SERVICES_BY_CONSENT,
} from './decide-path.js';
import type { HealthReason, PathContext } from './decide-path.js';
import type { PathReason } from './reason.js';
import { CONCERN_LEVEL, levelsAtOrAbove, SEVERE_LEVEL } from './scale.js';
import type { DomainLevel } from './scale.js';

/** Where a case for the team most likely goes: any exit of the flow chart but the team itself. */
export type LeaningPath = Exclude<Outcome, 'consultation-team'>;

/** An answer that leaves a question open: the worker said yes, or was unsure. */
type OpenAnswer = Exclude<TriageAnswer, 'no'>;

type ConsentReason = Extract<PathReason, { code: 'consent-given' | 'consent-refused' | 'consent-not-asked' }>;

/** Why the case leans where it does: coded clauses, translated on the card. */
export type LeaningReason =
  | { readonly code: 'services-first-answered'; readonly params: { readonly answer: OpenAnswer } }
  | { readonly code: 'no-coordination-affirmed' }
  | { readonly code: 'severe-domains'; readonly params: { readonly levels: readonly DomainLevel[] } }
  | HealthReason
  | ConsentReason
  | {
      readonly code: 'coordination-affirmed';
      readonly params: { readonly questions: readonly TriageQuestion[] };
    }
  | { readonly code: 'multi-domain-challenge'; readonly params: { readonly levels: readonly DomainLevel[] } }
  | { readonly code: 'bilateral-answered'; readonly params: { readonly answer: OpenAnswer } }
  | { readonly code: 'no-need-affirmed' };
export type LeaningReasonCode = LeaningReason['code'];

export type Leaning = { readonly path: LeaningPath; readonly reasons: readonly LeaningReason[] };

/** Employment is at a challenge level for nearly every long-term unemployed client; it never calls for services first. */
const FIRST_SERVICE_DOMAINS = SCALE_DOMAINS.filter((domain) => domain !== 'employment');

/**
 * The most likely path of a case the team decides, tried in order (the table test has rows for every step):
 * 1. Services first when the worker has not ruled them out (or affirmed no coordination need at all) and the
 *    scale shows a severe social or health domain, or health reasons: severity outweighs a coordination need.
 * 2. TYM client when the coordination need is clear in the answers or the scale shows a multi-domain challenge.
 * 3. Bilateral when the worker thinks, or is unsure whether, two organisations are enough.
 * 4. Services first when the worker has not ruled them out, though nothing on the scale is severe.
 * 5. TYM client on a single affirmed coordination question.
 * 6. Otherwise TYM not current: nothing affirmed, nothing on the scale.
 * Health or social services first, and contact or notification, are chosen as `decidePath` chooses them.
 */
export function leanPath(answers: TriageAnswers, context: PathContext): Leaning {
  const yes = COORDINATION_QUESTIONS.filter((question) => answers[question] === 'yes');
  const servicesFirst = openAnswer(answers['other-services-first']);
  const severe = levelsAtOrAbove(context.scale, FIRST_SERVICE_DOMAINS, SEVERE_LEVEL);
  const isFirstNeed = severe.length > 0 || healthReasons(context).length > 0;
  if ((servicesFirst || yes.length === 0) && isFirstNeed) {
    const opener: LeaningReason = servicesFirst
      ? { code: 'services-first-answered', params: { answer: servicesFirst } }
      : { code: 'no-coordination-affirmed' };
    const severity: LeaningReason[] =
      severe.length > 0 ? [{ code: 'severe-domains', params: { levels: severe } }] : [];
    return leanServicesFirst([opener, ...severity], context);
  }
  if (yes.length >= CLEAR_NEED_MIN || context.assessment.isMultiDomainChallenge)
    return leanTymClient(yes, context);
  const bilateral = openAnswer(answers['bilateral-enough']);
  if (bilateral)
    return { path: 'bilateral', reasons: [{ code: 'bilateral-answered', params: { answer: bilateral } }] };
  if (servicesFirst) {
    return leanServicesFirst(
      [{ code: 'services-first-answered', params: { answer: servicesFirst } }],
      context,
    );
  }
  if (yes.length > 0) return leanTymClient(yes, context);
  return { path: 'tym-not-current', reasons: [{ code: 'no-need-affirmed' }] };
}

function leanServicesFirst(opening: readonly LeaningReason[], context: PathContext): Leaning {
  const health = healthReasons(context);
  if (health.length > 0) return { path: 'health-services-first', reasons: [...opening, ...health] };
  const social = SOCIAL_SERVICES_BY_CONSENT[context.socialWelfareConsent];
  return { path: social.outcome, reasons: [...opening, social.reason] };
}

function leanTymClient(yes: readonly TriageQuestion[], context: PathContext): Leaning {
  const reasons: LeaningReason[] = [];
  if (yes.length > 0) reasons.push({ code: 'coordination-affirmed', params: { questions: yes } });
  if (context.assessment.isMultiDomainChallenge) {
    const levels = levelsAtOrAbove(context.scale, SCALE_DOMAINS, CONCERN_LEVEL);
    reasons.push({ code: 'multi-domain-challenge', params: { levels } });
  }
  return { path: 'tym-client', reasons };
}

const openAnswer = (answer: TriageAnswer): OpenAnswer | undefined => (answer === 'no' ? undefined : answer);
