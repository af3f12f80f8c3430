import { OUTCOMES, TRIAGE_QUESTIONS } from '../case/vocabulary.js';
import type {
  KelaCriterion,
  Outcome,
  SocialSituationScale,
  SocialWelfareConsent,
  TriageAnswer,
  TriageAnswers,
  TriageQuestion,
} from '../case/vocabulary.js';
import { decidePath } from './decide-path.js';
import type { DefiniteAnswer, DefiniteAnswers, PathContext, PathDecision } from './decide-path.js';
import { assessKelaCooperation } from './kela.js';
import { leanPath } from './leaning.js';
import type { Leaning } from './leaning.js';
import type { Reason } from './reason.js';
import { assessScale, scaleReasons } from './scale.js';

export type TriageInput = {
  readonly answers: TriageAnswers;
  readonly scale: SocialSituationScale;
  readonly kelaCriteria: readonly KelaCriterion[];
  readonly socialWelfareConsent: SocialWelfareConsent;
};

export type Recommendation = {
  readonly outcome: Outcome;
  /** The path's own reasons first, then what the scale says, then Kela's. */
  readonly reasons: readonly Reason[];
  readonly isKelaCooperationAdvised: boolean;
  /** Only when the outcome is the consultation team: the path the case most likely takes there, and why. */
  readonly leaning?: Leaning;
};

/** The flow chart's recommendation for a case, with coded reasons a card can translate. */
export function recommendPath(input: TriageInput): Recommendation {
  const assessment = assessScale(input.scale);
  const kela = assessKelaCooperation(input.kelaCriteria);
  const context: PathContext = { ...input, assessment };
  const path = decideWithUnsure(input.answers, context);
  return {
    outcome: path.outcome,
    reasons: [...path.reasons, ...scaleReasons(assessment), ...kela.reasons],
    isKelaCooperationAdvised: kela.isKelaCooperationAdvised,
    ...(path.outcome === 'consultation-team' && { leaning: leanPath(input.answers, context) }),
  };
}

/**
 * An 'unsure' answer matters only if it decides the path: we try every yes/no in its place. If all give the
 * same outcome, that outcome stands; otherwise the case goes to the consultation team, naming the questions
 * that decide and the paths they lead to. Five questions make at most 32 combinations.
 */
function decideWithUnsure(answers: TriageAnswers, context: PathContext): PathDecision {
  const unsure = TRIAGE_QUESTIONS.filter((question) => answers[question] === 'unsure');
  const asNo = decidePath(withUnsureAsNo(answers), context);
  if (unsure.length === 0) return asNo;
  const resolutions = resolveUnsure(answers, unsure);
  const outcomes = new Set(resolutions.map((resolution) => decidePath(resolution, context).outcome));
  if (outcomes.size === 1) {
    return {
      ...asNo,
      reasons: [...asNo.reasons, { code: 'unsure-not-decisive', params: { questions: unsure } }],
    };
  }
  const questions = unsure.filter((question) => isDecisive(question, resolutions, context));
  const paths = OUTCOMES.filter((outcome) => outcome !== 'consultation-team' && outcomes.has(outcome));
  return {
    outcome: 'consultation-team',
    reasons: [{ code: 'worker-unsure', params: { questions, outcomes: paths } }],
  };
}

function isDecisive(
  question: TriageQuestion,
  resolutions: readonly DefiniteAnswers[],
  context: PathContext,
): boolean {
  return resolutions.some(
    (resolution) =>
      decidePath(withAnswer(resolution, question, 'yes'), context).outcome !==
      decidePath(withAnswer(resolution, question, 'no'), context).outcome,
  );
}

/** Every way to replace the unsure answers with yes or no. */
function resolveUnsure(
  answers: TriageAnswers,
  unsure: readonly TriageQuestion[],
): readonly DefiniteAnswers[] {
  return unsure.reduce<readonly DefiniteAnswers[]>(
    (resolutions, question) => resolutions.flatMap((r) => [r, withAnswer(r, question, 'yes')]),
    [withUnsureAsNo(answers)],
  );
}

/** Reasons for a path that unsure answers do not change come from what the worker actually affirmed. */
function withUnsureAsNo(answers: TriageAnswers): DefiniteAnswers {
  const definite = (answer: TriageAnswer): DefiniteAnswer => (answer === 'unsure' ? 'no' : answer);
  return {
    'bilateral-enough': definite(answers['bilateral-enough']),
    'other-services-first': definite(answers['other-services-first']),
    'needs-multidisciplinary': definite(answers['needs-multidisciplinary']),
    'benefits-from-coordination': definite(answers['benefits-from-coordination']),
    'eases-with-joint-planning': definite(answers['eases-with-joint-planning']),
  };
}

function withAnswer(
  answers: DefiniteAnswers,
  question: TriageQuestion,
  answer: DefiniteAnswer,
): DefiniteAnswers {
  return { ...answers, [question]: answer };
}
