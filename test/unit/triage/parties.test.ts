import { describe, expect, it } from 'vitest';
import { AGE_GROUPS, TRIAGE_QUESTIONS } from '../../../src/domain/case/vocabulary.js';
import type {
  AgeGroup,
  KelaCriterion,
  NetworkParty,
  ScaleDomain,
  ScaleLevel,
  SocialWelfareConsent,
  TriageAnswer,
  TriageAnswers,
} from '../../../src/domain/case/vocabulary.js';
import { proposeParties } from '../../../src/domain/triage/parties.js';
import type { PartyInput, ProposedParty } from '../../../src/domain/triage/parties.js';
import { recommendPath } from '../../../src/domain/triage/recommend-path.js';
import { scaleOf } from '../../fixtures/scale.js';

type Levels = Partial<Record<ScaleDomain, ScaleLevel>>;

const ANSWER: Readonly<Record<string, TriageAnswer>> = { y: 'yes', n: 'no', '?': 'unsure' };

function answersOf(code: string): TriageAnswers {
  const answers = code.split(' ').map((c) => ANSWER[c]);
  const pick = (i: number): TriageAnswer => answers[i] ?? expect.fail(`five answers expected: ${code}`);
  const [b, f, m, c, e] = TRIAGE_QUESTIONS;
  return { [b]: pick(0), [f]: pick(1), [m]: pick(2), [c]: pick(3), [e]: pick(4) };
}

type Case = {
  answers?: string;
  scale?: Levels;
  kela?: KelaCriterion[];
  consent?: SocialWelfareConsent;
  age?: AgeGroup;
  area?: string;
};

/** A case for the proposal; by default a clear TYM client in Kuopio, aged 30 or over, with nothing on the scale. */
const inputOf = (c: Case): PartyInput => ({
  answers: answersOf(c.answers ?? 'n n y y y'),
  scale: scaleOf(c.scale ?? {}),
  kelaCriteria: c.kela ?? [],
  socialWelfareConsent: c.consent ?? 'yes',
  ageGroup: c.age ?? '30-plus',
  areaCode: c.area ?? 'kuopio',
});

const EXPERT = (areaCode = 'kuopio'): ProposedParty => ({
  party: 'employment-authority',
  areaCode,
  reasons: [{ code: 'employment-plan' }],
});
const levels = (...pairs: Array<[ScaleDomain, ScaleLevel]>) => ({
  code: 'domain-levels' as const,
  params: { levels: pairs.map(([domain, level]) => ({ domain, level })) },
});

// prettier-ignore
const ROWS: Array<[name: string, c: Case, parties: ProposedParty[]]> = [
  ['only the employment expert when nothing else calls for a party', {}, [EXPERT()]],
  ['the employment expert of the case\'s own area', { area: 'pori' }, [EXPERT('pori')]],
  ['social services for social domains at level 3', { scale: { finances: 3, employment: 4 } }, [EXPERT(), { party: 'social-services', reasons: [levels(['finances', 3])] }]],
  ['social services when the path is social services first, whatever the scale', { answers: 'n y n n n' }, [EXPERT(), { party: 'social-services', reasons: [{ code: 'social-services-first' }] }]],
  ['social services when the path is a notification', { answers: 'n y n n n', scale: { housing: 3 }, consent: 'no' }, [EXPERT(), { party: 'social-services', reasons: [levels(['housing', 3]), { code: 'social-services-first' }] }]],
  ['no social services for employment alone', { scale: { employment: 5 } }, [EXPERT()]],
  ['the area\'s public-health nurse for health at level 3', { scale: { health: 3 }, area: 'harjavalta' }, [EXPERT('harjavalta'), { party: 'health-services', areaCode: 'harjavalta', reasons: [levels(['health', 3])] }]],
  ['the nurse and Kela when work ability is unexamined', { kela: ['work-ability-assessment'] }, [EXPERT(), { party: 'health-services', areaCode: 'kuopio', reasons: [{ code: 'work-ability-not-examined' }] }, { party: 'kela', reasons: [{ code: 'kela-rehabilitation-criteria', params: { criteria: ['work-ability-assessment'] } }] }]],
  ['the 23+ psychosocial contact for severe health, aged 30 or over', { scale: { health: 4 } }, [EXPERT(), { party: 'health-services', areaCode: 'kuopio', reasons: [levels(['health', 4])] }, { party: 'psychosocial-23-plus', reasons: [levels(['health', 4])] }]],
  ['the 23+ psychosocial contact for severe relationships, aged 23–29', { scale: { 'social-relationships': 5 }, age: '23-29' }, [EXPERT(), { party: 'social-services', reasons: [levels(['social-relationships', 5])] }, { party: 'psychosocial-23-plus', reasons: [levels(['social-relationships', 5])] }]],
  ['the under-23 psychosocial contact for both severe, under 23', { scale: { health: 5, 'social-relationships': 4 }, age: 'under-23' }, [EXPERT(), { party: 'social-services', reasons: [levels(['social-relationships', 4])] }, { party: 'health-services', areaCode: 'kuopio', reasons: [levels(['health', 5])] }, { party: 'psychosocial-under-23', reasons: [levels(['health', 5], ['social-relationships', 4])] }]],
  ['no psychosocial contact for health at level 3', { scale: { health: 3, 'social-relationships': 3 }, age: 'under-23' }, [EXPERT(), { party: 'social-services', reasons: [levels(['social-relationships', 3])] }, { party: 'health-services', areaCode: 'kuopio', reasons: [levels(['health', 3])] }]],
  ['Kela with the fresh B-statement named on its own', { kela: ['long-term-illness', 'fresh-b-statement', 'broken-paths'] }, [EXPERT(), { party: 'kela', reasons: [{ code: 'kela-fresh-b-statement' }, { code: 'kela-rehabilitation-criteria', params: { criteria: ['broken-paths', 'long-term-illness'] } }] }]],
  // acceptance examples of the issue
  ['a young adult with severe difficulties in six domains and consent to a social-welfare contact',
    { answers: 'n y y y n', age: 'under-23', consent: 'yes', scale: { 'managing-affairs': 4, appointments: 5, housing: 4, employment: 3, finances: 4, health: 4, 'social-relationships': 5 } },
    [EXPERT(),
     { party: 'social-services', reasons: [levels(['managing-affairs', 4], ['appointments', 5], ['housing', 4], ['finances', 4], ['social-relationships', 5]), { code: 'social-services-first' }] },
     { party: 'health-services', areaCode: 'kuopio', reasons: [levels(['health', 4])] },
     { party: 'psychosocial-under-23', reasons: [levels(['health', 4], ['social-relationships', 5])] }]],
  ['a long-term unemployed person whose substance use and health come first',
    { answers: 'n y y y n', age: '30-plus', consent: 'not-asked', scale: { employment: 5, health: 5, finances: 2 }, kela: ['long-term-illness'] },
    [EXPERT(),
     { party: 'health-services', areaCode: 'kuopio', reasons: [levels(['health', 5])] },
     { party: 'psychosocial-23-plus', reasons: [levels(['health', 5])] },
     { party: 'kela', reasons: [{ code: 'kela-rehabilitation-criteria', params: { criteria: ['long-term-illness'] } }] }]],
];

describe('proposeParties', () => {
  it.each(ROWS)('proposes %s', (_name, c, parties) => {
    expect(proposeParties(inputOf(c))).toEqual(parties);
  });

  it('gives the same proposal when handed the recommendation it would compute', () => {
    const input = inputOf({ answers: 'n y y y n', scale: { housing: 5 } });
    expect(proposeParties(input, recommendPath(input))).toEqual(proposeParties(input));
  });
});

/** Every age group against every need combination, each party checked against its rule as DOMAIN.md states it. */
describe('proposeParties over every age group and need combination', () => {
  const SOCIAL: Levels[] = [{}, { housing: 3 }, { 'social-relationships': 4 }];
  const HEALTH: ScaleLevel[] = [1, 3, 4, 5];
  const KELA: KelaCriterion[][] = [[], ['work-ability-assessment'], ['fresh-b-statement']];
  const ANSWERS = ['n n y y y', 'n y n n n', 'n y y y n'];
  const CONSENT: SocialWelfareConsent[] = ['yes', 'no'];
  const GRID = AGE_GROUPS.flatMap((age) =>
    SOCIAL.flatMap((social) =>
      HEALTH.flatMap((health) =>
        KELA.flatMap((kela) =>
          ANSWERS.flatMap((answers) =>
            CONSENT.map((consent): [string, Case] => [
              `${age}, ${JSON.stringify({ ...social, health })}, Kela [${kela.join()}], answers ${answers}, consent ${consent}`,
              { age, scale: { ...social, health }, kela, answers, consent },
            ]),
          ),
        ),
      ),
    ),
  );

  it.each(GRID)('%s', (_name, c) => {
    const input = inputOf(c);
    const proposal = proposeParties(input);
    const parties = proposal.map((p) => p.party);
    const has = (party: NetworkParty) => parties.includes(party);
    const scale = input.scale;
    const social = [
      'managing-affairs',
      'appointments',
      'housing',
      'finances',
      'social-relationships',
    ] as const;
    const recommendation = recommendPath(input);
    const path = recommendation.leaning?.path ?? recommendation.outcome;

    expect(proposal[0]).toEqual(EXPERT());
    expect(has('social-services')).toBe(
      social.some((d) => scale[d] >= 3) ||
        path === 'social-services-contact' ||
        path === 'social-services-notification',
    );
    expect(has('health-services')).toBe(
      scale.health >= 3 || input.kelaCriteria.includes('work-ability-assessment'),
    );
    const isPsychosocial = scale.health >= 4 || scale['social-relationships'] >= 4;
    expect(has('psychosocial-under-23')).toBe(isPsychosocial && input.ageGroup === 'under-23');
    expect(has('psychosocial-23-plus')).toBe(isPsychosocial && input.ageGroup !== 'under-23');
    expect(has('kela')).toBe(input.kelaCriteria.length > 0);
    for (const p of proposal) expect(p.reasons.length, p.party).toBeGreaterThan(0);
  });
});
