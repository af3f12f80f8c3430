import { describe, expect, it } from 'vitest';
import { OUTCOMES, SOCIAL_WELFARE_CONSENT, TRIAGE_QUESTIONS } from '../../../src/domain/case/vocabulary.js';
import type {
  KelaCriterion,
  ScaleDomain,
  ScaleLevel,
  SocialWelfareConsent,
  TriageAnswer,
  TriageAnswers,
} from '../../../src/domain/case/vocabulary.js';
import type { Leaning, LeaningPath } from '../../../src/domain/triage/leaning.js';
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

const recommend = (answers: string, levels: Levels, kela: KelaCriterion[], consent: SocialWelfareConsent) =>
  recommendPath({
    answers: answersOf(answers),
    scale: scaleOf(levels),
    kelaCriteria: kela,
    socialWelfareConsent: consent,
  });

const LOW: Levels = {};
const ONE: Levels = { employment: 3 };
const MULTI: Levels = { employment: 3, housing: 3, finances: 3 };
/** Acceptance example: a young adult with severe difficulties in six domains. */
const SIX_SEVERE: Levels = {
  'managing-affairs': 4,
  appointments: 5,
  housing: 4,
  employment: 3,
  finances: 4,
  health: 4,
  'social-relationships': 5,
};
/** Acceptance example: a long-term unemployed person whose substance use and health come first. */
const SUBSTANCE_USE: Levels = { employment: 5, health: 5, finances: 3, 'social-relationships': 2 };

type Row = [
  name: string,
  answers: string,
  scale: Levels,
  kela: KelaCriterion[],
  consent: SocialWelfareConsent,
  leaning: Leaning,
];

// prettier-ignore
const ROWS: Row[] = [
  // 1. services first: severity outweighs a coordination need
  ['young adult, six severe domains, consent given: social services first, contact', 'n y y y n', SIX_SEVERE, [], 'yes',
    { path: 'social-services-contact', reasons: [{ code: 'services-first-answered', params: { answer: 'yes' } }, { code: 'severe-domains', params: { levels: [{ domain: 'managing-affairs', level: 4 }, { domain: 'appointments', level: 5 }, { domain: 'housing', level: 4 }, { domain: 'finances', level: 4 }, { domain: 'health', level: 4 }, { domain: 'social-relationships', level: 5 }] } }, { code: 'consent-given' }] }],
  ['substance use and health first: health services first', 'n y y y n', SUBSTANCE_USE, ['long-term-illness'], 'not-asked',
    { path: 'health-services-first', reasons: [{ code: 'services-first-answered', params: { answer: 'yes' } }, { code: 'severe-domains', params: { levels: [{ domain: 'health', level: 5 }] } }, { code: 'health-dominant', params: { level: 5 } }] }],
  ['social services first, notification, when consent is refused', 'n y y y n', { housing: 5, finances: 4 }, [], 'no',
    { path: 'social-services-notification', reasons: [{ code: 'services-first-answered', params: { answer: 'yes' } }, { code: 'severe-domains', params: { levels: [{ domain: 'housing', level: 5 }, { domain: 'finances', level: 4 }] } }, { code: 'consent-refused' }] }],
  ['social services first, contact after asking, when consent was not asked', 'n y y n y', { 'managing-affairs': 4 }, [], 'not-asked',
    { path: 'social-services-contact', reasons: [{ code: 'services-first-answered', params: { answer: 'yes' } }, { code: 'severe-domains', params: { levels: [{ domain: 'managing-affairs', level: 4 }] } }, { code: 'consent-not-asked' }] }],
  ['social services first when a social domain is as severe as health', 'n y y y n', { health: 4, housing: 5 }, [], 'yes',
    { path: 'social-services-contact', reasons: [{ code: 'services-first-answered', params: { answer: 'yes' } }, { code: 'severe-domains', params: { levels: [{ domain: 'housing', level: 5 }, { domain: 'health', level: 4 }] } }, { code: 'consent-given' }] }],
  ['health services first when unsure of services first and work ability is unexamined', 'n ? y y n', { health: 2 }, ['work-ability-assessment'], 'yes',
    { path: 'health-services-first', reasons: [{ code: 'services-first-answered', params: { answer: 'unsure' } }, { code: 'work-ability-not-examined' }] }],
  ['social services first when every answer is no but housing is severe', 'n n n n n', { housing: 5 }, [], 'yes',
    { path: 'social-services-contact', reasons: [{ code: 'no-coordination-affirmed' }, { code: 'severe-domains', params: { levels: [{ domain: 'housing', level: 5 }] } }, { code: 'consent-given' }] }],
  ['health services first when every answer is no but health is severe', 'n n n n n', { health: 4 }, [], 'no',
    { path: 'health-services-first', reasons: [{ code: 'no-coordination-affirmed' }, { code: 'severe-domains', params: { levels: [{ domain: 'health', level: 4 }] } }, { code: 'health-dominant', params: { level: 4 } }] }],
  // 2. TYM client: a clear need in the answers or a multi-domain challenge
  ['TYM client when two need questions are yes though two organisations seemed enough', 'y n n y y', LOW, [], 'yes',
    { path: 'tym-client', reasons: [{ code: 'coordination-affirmed', params: { questions: ['benefits-from-coordination', 'eases-with-joint-planning'] } }] }],
  ['TYM client on a multi-domain challenge though every answer is no', 'n n n n n', MULTI, [], 'yes',
    { path: 'tym-client', reasons: [{ code: 'multi-domain-challenge', params: { levels: [{ domain: 'housing', level: 3 }, { domain: 'employment', level: 3 }, { domain: 'finances', level: 3 }] } }] }],
  ['TYM client over services first when nothing is severe', 'n y y y n', MULTI, [], 'yes',
    { path: 'tym-client', reasons: [{ code: 'coordination-affirmed', params: { questions: ['needs-multidisciplinary', 'benefits-from-coordination'] } }, { code: 'multi-domain-challenge', params: { levels: [{ domain: 'housing', level: 3 }, { domain: 'employment', level: 3 }, { domain: 'finances', level: 3 }] } }] }],
  // 3. bilateral
  ['bilateral when two organisations seem enough and the scale is low', 'y n y n n', LOW, [], 'yes',
    { path: 'bilateral', reasons: [{ code: 'bilateral-answered', params: { answer: 'yes' } }] }],
  ['bilateral when unsure whether two organisations are enough', '? n n n n', LOW, [], 'yes',
    { path: 'bilateral', reasons: [{ code: 'bilateral-answered', params: { answer: 'unsure' } }] }],
  // 4. services first, not severe
  ['social services first, notification, when unsure of services first on a low scale', 'n ? n n n', LOW, [], 'no',
    { path: 'social-services-notification', reasons: [{ code: 'services-first-answered', params: { answer: 'unsure' } }, { code: 'consent-refused' }] }],
  // 5. one affirmed need question
  ['TYM client on a single yes', 'n n n n y', ONE, [], 'yes',
    { path: 'tym-client', reasons: [{ code: 'coordination-affirmed', params: { questions: ['eases-with-joint-planning'] } }] }],
  // 6. nothing affirmed
  ['TYM not current when only an unsure need question brought it to the team', 'n n ? n n', LOW, [], 'yes',
    { path: 'tym-not-current', reasons: [{ code: 'no-need-affirmed' }] }],
];

const LEANING_PATHS = OUTCOMES.filter((outcome): outcome is LeaningPath => outcome !== 'consultation-team');

describe('the leaning of a case for the consultation team', () => {
  it.each(ROWS)('%s', (_name, answers, scale, kela, consent, leaning) => {
    const recommendation = recommend(answers, scale, kela, consent);
    expect(recommendation.outcome).toBe('consultation-team');
    expect(recommendation.leaning).toEqual(leaning);
  });

  it('has a row for every path a case can lean to', () => {
    expect(new Set(ROWS.map((row) => row[5].path))).toEqual(new Set(LEANING_PATHS));
  });

  const SCALES: Levels[] = [LOW, ONE, MULTI, { housing: 5 }, { health: 4 }, SIX_SEVERE, SUBSTANCE_USE];
  const ALL_ANSWERS = TRIAGE_QUESTIONS.reduce<string[]>(
    (codes) => codes.flatMap((code) => ['y', 'n', '?'].map((a) => (code ? `${code} ${a}` : a))),
    [''],
  );
  const KELA: KelaCriterion[][] = [[], ['work-ability-assessment']];
  const GRID = ALL_ANSWERS.flatMap((answers) =>
    SCALES.flatMap((scale) =>
      KELA.flatMap((kela) =>
        SOCIAL_WELFARE_CONSENT.map((consent) => [answers, scale, kela, consent] as const),
      ),
    ),
  );

  it(`is given exactly when the team decides, over ${GRID.length} combinations of answers, scale, Kela and consent`, () => {
    for (const [answers, scale, kela, consent] of GRID) {
      const recommendation = recommend(answers, scale, kela, consent);
      const context = `${answers} ${JSON.stringify(scale)} ${kela.join()} ${consent}`;
      expect(recommendation.leaning !== undefined, context).toBe(
        recommendation.outcome === 'consultation-team',
      );
      if (recommendation.leaning) expect(recommendation.leaning.reasons.length, context).toBeGreaterThan(0);
    }
  });
});
