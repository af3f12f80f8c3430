import type {
  KelaCriterion,
  Outcome,
  SocialSituationScale,
  SocialWelfareConsent,
  TriageAnswer,
  TriageQuestion,
} from '../case/vocabulary.js';
import type { PathReason, SignalConflict } from './reason.js';
import { CONCERN_LEVEL, isScaleLow, socialPeakLevel } from './scale.js';
import type { ScaleAssessment } from './scale.js';

export type DefiniteAnswer = Exclude<TriageAnswer, 'unsure'>;
export type DefiniteAnswers = Readonly<Record<TriageQuestion, DefiniteAnswer>>;

export type PathContext = {
  readonly scale: SocialSituationScale;
  readonly assessment: ScaleAssessment;
  readonly kelaCriteria: readonly KelaCriterion[];
  readonly socialWelfareConsent: SocialWelfareConsent;
};

/** Why health services come first; the leaning names the same reasons. */
export type HealthReason = Extract<PathReason, { code: 'health-dominant' | 'work-ability-not-examined' }>;

export type PathDecision = { readonly outcome: Outcome; readonly reasons: readonly PathReason[] };

/** Questions 3–5 of the flow chart: together they ask whether the client has a coordination need. */
export const COORDINATION_QUESTIONS = [
  'needs-multidisciplinary',
  'benefits-from-coordination',
  'eases-with-joint-planning',
] as const satisfies readonly TriageQuestion[];

/** "Mostly yes": a majority of the three coordination questions makes the need clear. */
export const CLEAR_NEED_MIN = 2;

/**
 * The path for answers without 'unsure'. "Other services first" is checked before "bilateral enough":
 * when both are yes the client still needs social or health services before anything else, and that
 * contact is itself a cooperation between two organisations.
 */
export function decidePath(answers: DefiniteAnswers, context: PathContext): PathDecision {
  const yes = COORDINATION_QUESTIONS.filter((question) => answers[question] === 'yes');
  if (answers['other-services-first'] === 'yes') return decideServicesFirst(yes, context);
  if (answers['bilateral-enough'] === 'yes') return decideBilateral(answers, yes, context);
  return decideByNeed(yes, context);
}

/**
 * Several challenges do not contradict "other services first": they are typical of the clients who need
 * support in everyday life first. Only a clear coordination need in the answers does.
 */
function decideServicesFirst(yes: readonly TriageQuestion[], context: PathContext): PathDecision {
  if (yes.length >= CLEAR_NEED_MIN) return conflict(['services-first-vs-coordination'], yes);
  const health = healthReasons(context);
  if (health.length > 0) {
    return {
      outcome: 'health-services-first',
      reasons: [{ code: 'answer-other-services-first' }, ...health],
    };
  }
  return socialServicesFirst(context.socialWelfareConsent);
}

function decideBilateral(
  answers: DefiniteAnswers,
  yes: readonly TriageQuestion[],
  context: PathContext,
): PathDecision {
  const conflicts: SignalConflict[] = [];
  if (answers['needs-multidisciplinary'] === 'yes' || yes.length >= CLEAR_NEED_MIN) {
    conflicts.push('bilateral-vs-multidisciplinary');
  }
  if (context.assessment.isMultiDomainChallenge) conflicts.push('bilateral-vs-scale');
  if (conflicts.length > 0) return conflict(conflicts, yes);
  return { outcome: 'bilateral', reasons: [{ code: 'answer-bilateral-enough' }] };
}

/**
 * With one yes out of three the answers alone are split; a multi-domain challenge on the scale tips them
 * to a TYM client, otherwise the team decides. All no is "not current" only when the scale agrees.
 */
function decideByNeed(yes: readonly TriageQuestion[], context: PathContext): PathDecision {
  const isMultiDomain = context.assessment.isMultiDomainChallenge;
  if (yes.length >= CLEAR_NEED_MIN || (yes.length === 1 && isMultiDomain)) {
    return {
      outcome: 'tym-client',
      reasons: [{ code: 'answer-coordination-need', params: { questions: yes } }],
    };
  }
  if (yes.length === 1) return conflict(['answers-mixed'], yes);
  if (!isScaleLow(context.assessment)) {
    return {
      outcome: 'consultation-team',
      reasons: [conflictReason('answers-vs-scale'), { code: 'answers-no-need' }],
    };
  }
  return { outcome: 'tym-not-current', reasons: [{ code: 'answers-no-need' }] };
}

/**
 * Health first when health is the dominant concern: a challenge (level 3+) above every social domain,
 * or work ability not yet examined (Kela's work-ability criterion) with health at least level with them.
 * Ties at a challenge level without that criterion go to social services, who also steer to health care.
 */
export function healthReasons(context: PathContext): HealthReason[] {
  const level = context.scale.health;
  const socialPeak = socialPeakLevel(context.scale);
  const reasons: HealthReason[] = [];
  if (level >= CONCERN_LEVEL && level > socialPeak)
    reasons.push({ code: 'health-dominant', params: { level } });
  if (context.kelaCriteria.includes('work-ability-assessment') && level >= socialPeak) {
    reasons.push({ code: 'work-ability-not-examined' });
  }
  return reasons;
}

/**
 * A notification without consent (SHL §35) is for when consent cannot be obtained. If nobody has asked
 * yet, the recommendation is to ask and make a contact; the reason says a notification remains possible.
 */
export const SOCIAL_SERVICES_BY_CONSENT = {
  yes: { outcome: 'social-services-contact', reason: { code: 'consent-given' } },
  no: { outcome: 'social-services-notification', reason: { code: 'consent-refused' } },
  'not-asked': { outcome: 'social-services-contact', reason: { code: 'consent-not-asked' } },
} as const satisfies Record<SocialWelfareConsent, { outcome: Outcome; reason: PathReason }>;

const socialServicesFirst = (consent: SocialWelfareConsent): PathDecision => ({
  outcome: SOCIAL_SERVICES_BY_CONSENT[consent].outcome,
  reasons: [{ code: 'answer-other-services-first' }, SOCIAL_SERVICES_BY_CONSENT[consent].reason],
});

function conflict(conflicts: readonly SignalConflict[], yes: readonly TriageQuestion[]): PathDecision {
  const answered: PathReason[] =
    yes.length > 0 ? [{ code: 'answer-coordination-need', params: { questions: yes } }] : [];
  return { outcome: 'consultation-team', reasons: [...conflicts.map(conflictReason), ...answered] };
}

function conflictReason(conflict: SignalConflict): PathReason {
  return { code: 'signals-conflict', params: { conflict } };
}
