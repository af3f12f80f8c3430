import { describe, expect, it } from 'vitest';
import { TRIAGE_QUESTIONS } from '../../../src/domain/case/vocabulary.js';
import type {
  KelaCriterion,
  Outcome,
  ScaleDomain,
  ScaleLevel,
  SocialWelfareConsent,
  TriageAnswer,
  TriageAnswers,
} from '../../../src/domain/case/vocabulary.js';
import type { Reason, ReasonCode } from '../../../src/domain/triage/reason.js';
import { recommendPath } from '../../../src/domain/triage/recommend-path.js';
import { scaleOf } from '../../fixtures/scale.js';

type Levels = Partial<Record<ScaleDomain, ScaleLevel>>;

const ANSWER: Readonly<Record<string, TriageAnswer>> = { y: 'yes', n: 'no', '?': 'unsure' };

/** 'y n ? n n': yes / no / unsure, in the model's order (bilateral, other services first, questions 3–5). */
function answersOf(code: string): TriageAnswers {
  const answers = code.split(' ').map((c) => ANSWER[c]);
  const pick = (i: number): TriageAnswer => answers[i] ?? expect.fail(`five answers expected: ${code}`);
  const [b, f, m, c, e] = TRIAGE_QUESTIONS;
  return { [b]: pick(0), [f]: pick(1), [m]: pick(2), [c]: pick(3), [e]: pick(4) };
}

function recommend(
  answers: string,
  levels: Levels,
  kela: KelaCriterion[] = [],
  consent: SocialWelfareConsent = 'yes',
) {
  return recommendPath({
    answers: answersOf(answers),
    scale: scaleOf(levels),
    kelaCriteria: kela,
    socialWelfareConsent: consent,
  });
}

const LOW: Levels = {};
const ONE: Levels = { employment: 3 };
const TWO: Levels = { employment: 3, finances: 3 };
const MULTI: Levels = { employment: 3, housing: 3, finances: 3 };
const MULTI_SEVERE: Levels = { employment: 3, housing: 3, finances: 4, 'social-relationships': 3 };
const SEVERE_ONE: Levels = { housing: 5 };
const HEALTH: Levels = { employment: 3, finances: 2, health: 4 };

type Row = [
  name: string,
  answers: string,
  scale: Levels,
  kela: KelaCriterion[],
  consent: SocialWelfareConsent,
  outcome: Outcome,
  codes: ReasonCode[],
];

// prettier-ignore
const ROWS: Row[] = [
  // TYM client
  ['TYM client when all three need questions are yes', 'n n y y y', LOW, [], 'yes', 'tym-client', ['answer-coordination-need', 'no-scale-concerns']],
  ['TYM client when two of three are yes', 'n n y y n', ONE, [], 'yes', 'tym-client', ['answer-coordination-need', 'concern-domains']],
  ['TYM client when one yes meets a multi-domain challenge', 'n n n y n', MULTI, [], 'yes', 'tym-client', ['answer-coordination-need', 'multi-domain-challenge']],
  ['TYM client, scale and Kela reasons after the path', 'n n y y y', MULTI_SEVERE, ['fresh-b-statement', 'plan-not-progressing'], 'yes', 'tym-client', ['answer-coordination-need', 'multi-domain-challenge', 'severe-domains', 'kela-fresh-b-statement', 'kela-rehabilitation-criteria']],
  // social services first
  ['contact to social welfare with consent', 'n y n n n', MULTI, [], 'yes', 'social-services-contact', ['answer-other-services-first', 'consent-given', 'multi-domain-challenge']],
  ['notification without consent (SHL §35) when consent is refused', 'n y n n n', LOW, [], 'no', 'social-services-notification', ['answer-other-services-first', 'consent-refused', 'no-scale-concerns']],
  ['contact, asking for consent, when consent was not asked', 'n y n n n', MULTI_SEVERE, [], 'not-asked', 'social-services-contact', ['answer-other-services-first', 'consent-not-asked', 'multi-domain-challenge', 'severe-domains']],
  ['social services first despite one need question yes', 'n y y n n', LOW, [], 'yes', 'social-services-contact', ['answer-other-services-first', 'consent-given', 'no-scale-concerns']],
  ['other services first wins over bilateral enough', 'y y n n n', LOW, [], 'yes', 'social-services-contact', ['answer-other-services-first', 'consent-given', 'no-scale-concerns']],
  ['social services when health ties with a social domain at level 3', 'n y n n n', { health: 3, housing: 3 }, [], 'no', 'social-services-notification', ['answer-other-services-first', 'consent-refused', 'concern-domains']],
  ['social services when health is highest but below level 3', 'n y n n n', { health: 2 }, [], 'yes', 'social-services-contact', ['answer-other-services-first', 'consent-given', 'no-scale-concerns']],
  ['social services when work ability is unexamined but social needs are higher', 'n y n n n', { health: 2, housing: 4 }, ['work-ability-assessment'], 'yes', 'social-services-contact', ['answer-other-services-first', 'consent-given', 'concern-domains', 'severe-domains', 'kela-rehabilitation-criteria']],
  // health services first
  ['health first when health is the dominant concern', 'n y n n n', HEALTH, [], 'yes', 'health-services-first', ['answer-other-services-first', 'health-dominant', 'concern-domains', 'severe-domains']],
  ['health first when work ability is unexamined', 'n y n n n', { health: 2 }, ['work-ability-assessment'], 'no', 'health-services-first', ['answer-other-services-first', 'work-ability-not-examined', 'no-scale-concerns', 'kela-rehabilitation-criteria']],
  ['health first on a tie when work ability is unexamined', 'n y n n n', { health: 3, housing: 3 }, ['work-ability-assessment'], 'yes', 'health-services-first', ['answer-other-services-first', 'work-ability-not-examined', 'concern-domains', 'kela-rehabilitation-criteria']],
  ['health first with both health reasons', 'n y n n n', { health: 4 }, ['work-ability-assessment'], 'yes', 'health-services-first', ['answer-other-services-first', 'health-dominant', 'work-ability-not-examined', 'concern-domains', 'severe-domains', 'kela-rehabilitation-criteria']],
  // bilateral
  ['bilateral when two organisations are enough', 'y n n n n', LOW, [], 'yes', 'bilateral', ['answer-bilateral-enough', 'no-scale-concerns']],
  ['bilateral with one coordination yes and two challenges', 'y n n y n', TWO, [], 'yes', 'bilateral', ['answer-bilateral-enough', 'concern-domains']],
  // TYM not current
  ['not current when all answers are no and the scale is low', 'n n n n n', LOW, [], 'yes', 'tym-not-current', ['answers-no-need', 'no-scale-concerns']],
  ['not current with two challenges, below the threshold', 'n n n n n', TWO, [], 'yes', 'tym-not-current', ['answers-no-need', 'concern-domains']],
  ['not current now, but Kela cooperation advised', 'n n n n n', LOW, ['long-term-illness'], 'yes', 'tym-not-current', ['answers-no-need', 'no-scale-concerns', 'kela-rehabilitation-criteria']],
  // conflicting signals → consultation team
  ['team: bilateral enough but a multidisciplinary need', 'y n y n n', LOW, [], 'yes', 'consultation-team', ['signals-conflict', 'answer-coordination-need', 'no-scale-concerns']],
  ['team: bilateral enough but two need questions yes', 'y n n y y', LOW, [], 'yes', 'consultation-team', ['signals-conflict', 'answer-coordination-need', 'no-scale-concerns']],
  ['team: bilateral enough but a multi-domain challenge', 'y n n n n', MULTI, [], 'yes', 'consultation-team', ['signals-conflict', 'multi-domain-challenge']],
  ['team: bilateral enough against both answers and scale', 'y n y y y', MULTI_SEVERE, [], 'yes', 'consultation-team', ['signals-conflict', 'signals-conflict', 'answer-coordination-need', 'multi-domain-challenge', 'severe-domains']],
  ['team: other services first but a clear coordination need', 'n y y y n', LOW, [], 'yes', 'consultation-team', ['signals-conflict', 'answer-coordination-need', 'no-scale-concerns']],
  ['team: all no but a multi-domain challenge', 'n n n n n', MULTI, [], 'yes', 'consultation-team', ['signals-conflict', 'answers-no-need', 'multi-domain-challenge']],
  ['team: all no but one severe domain', 'n n n n n', SEVERE_ONE, [], 'yes', 'consultation-team', ['signals-conflict', 'answers-no-need', 'concern-domains', 'severe-domains']],
  ['team: one need question yes and a low scale', 'n n n n y', ONE, [], 'yes', 'consultation-team', ['signals-conflict', 'answer-coordination-need', 'concern-domains']],
  // unsure answers
  ['team: unsure whether other services come first', 'n ? y y y', LOW, [], 'yes', 'consultation-team', ['worker-unsure', 'no-scale-concerns']],
  ['team: unsure whether bilateral is enough', '? n n n n', LOW, [], 'yes', 'consultation-team', ['worker-unsure', 'no-scale-concerns']],
  ['team: unsure of everything', '? ? ? ? ?', LOW, [], 'yes', 'consultation-team', ['worker-unsure', 'no-scale-concerns']],
  ['team: unsure of the multidisciplinary need when bilateral seems enough', 'y n ? n n', LOW, [], 'yes', 'consultation-team', ['worker-unsure', 'no-scale-concerns']],
  ['team: unsure of other services first, health first or a conflict', 'n ? n n n', HEALTH, [], 'yes', 'consultation-team', ['worker-unsure', 'concern-domains', 'severe-domains']],
  ['TYM client when the unsure answer cannot change the path', 'n n y y ?', LOW, [], 'yes', 'tym-client', ['answer-coordination-need', 'unsure-not-decisive', 'no-scale-concerns']],
  ['notification when an unsure need question cannot outweigh other services first', 'n y ? n n', LOW, [], 'no', 'social-services-notification', ['answer-other-services-first', 'consent-refused', 'unsure-not-decisive', 'no-scale-concerns']],
];

describe('recommendPath', () => {
  it.each(ROWS)('%s', (_name, answers, scale, kela, consent, outcome, codes) => {
    const recommendation = recommend(answers, scale, kela, consent);
    expect(recommendation.outcome).toBe(outcome);
    expect(recommendation.reasons.map((reason) => reason.code)).toEqual(codes);
    expect(recommendation.isKelaCooperationAdvised).toBe(kela.length > 0);
  });

  // prettier-ignore
  it.each<[string, string, Levels, Reason]>([
    ['bilateral vs multidisciplinary', 'y n y n n', LOW, { code: 'signals-conflict', params: { conflict: 'bilateral-vs-multidisciplinary' } }],
    ['bilateral vs scale', 'y n n n n', MULTI, { code: 'signals-conflict', params: { conflict: 'bilateral-vs-scale' } }],
    ['services first vs coordination', 'n y y n y', LOW, { code: 'signals-conflict', params: { conflict: 'services-first-vs-coordination' } }],
    ['answers vs scale', 'n n n n n', SEVERE_ONE, { code: 'signals-conflict', params: { conflict: 'answers-vs-scale' } }],
    ['mixed answers', 'n n y n n', LOW, { code: 'signals-conflict', params: { conflict: 'answers-mixed' } }],
  ])('names the conflict: %s', (_name, answers, scale, reason) => {
    expect(recommend(answers, scale).reasons[0]).toEqual(reason);
  });

  // prettier-ignore
  it.each<[string, string, SocialWelfareConsent, Reason]>([
    ['names the one decisive question and the path it could lead to', 'n ? y y ?', 'yes', { code: 'worker-unsure', params: { questions: ['other-services-first'], outcomes: ['tym-client'] } }],
    ['names both paths when unsure of bilateral', '? n n n n', 'yes', { code: 'worker-unsure', params: { questions: ['bilateral-enough'], outcomes: ['bilateral', 'tym-not-current'] } }],
    ['names social services as a possible path', 'n ? n n n', 'no', { code: 'worker-unsure', params: { questions: ['other-services-first'], outcomes: ['social-services-notification', 'tym-not-current'] } }],
    ['names two decisive need questions', 'n n y ? ?', 'yes', { code: 'worker-unsure', params: { questions: ['benefits-from-coordination', 'eases-with-joint-planning'], outcomes: ['tym-client'] } }],
  ])('when the worker is unsure, %s', (_name, answers, consent, reason) => {
    expect(recommend(answers, LOW, [], consent).reasons[0]).toEqual(reason);
  });

  it.each<SocialWelfareConsent>(['yes', 'no', 'not-asked'])(
    'ignores consent %s when the path is not social services',
    (consent) => {
      expect(recommend('n n y y y', LOW, [], consent).outcome).toBe('tym-client');
    },
  );
});
