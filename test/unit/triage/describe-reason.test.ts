import { describe, expect, it } from 'vitest';
import {
  KELA_CRITERIA,
  OUTCOMES,
  SCALE_DOMAINS,
  SOCIAL_WELFARE_CONSENT,
  TRIAGE_ANSWERS,
  TRIAGE_QUESTIONS,
} from '../../../src/domain/case/vocabulary.js';
import type { ScaleLevel, TriageAnswers } from '../../../src/domain/case/vocabulary.js';
import { describeOutcome, describeReason } from '../../../src/cards/describe-reason.js';
import { describeScale, describeScaleLevel } from '../../../src/cards/describe-scale.js';
import { SIGNAL_CONFLICTS } from '../../../src/domain/triage/reason.js';
import type { Reason, ReasonCode } from '../../../src/domain/triage/reason.js';
import { recommendPath } from '../../../src/domain/triage/recommend-path.js';
import { en } from '../../../src/i18n/en.js';
import { fi } from '../../../src/i18n/fi.js';
import { scaleOf } from '../../fixtures/scale.js';

const CATALOGUES = [
  ['fi', fi.triage],
  ['en', en.triage],
] as const;

/** One example per code; the mapped type makes the compiler insist on every code. */
const EXAMPLES: { readonly [C in ReasonCode]: Extract<Reason, { code: C }> } = {
  'answer-bilateral-enough': { code: 'answer-bilateral-enough' },
  'answer-other-services-first': { code: 'answer-other-services-first' },
  'answer-coordination-need': {
    code: 'answer-coordination-need',
    params: { questions: ['needs-multidisciplinary'] },
  },
  'answers-no-need': { code: 'answers-no-need' },
  'health-dominant': { code: 'health-dominant', params: { level: 4 } },
  'work-ability-not-examined': { code: 'work-ability-not-examined' },
  'consent-given': { code: 'consent-given' },
  'consent-refused': { code: 'consent-refused' },
  'consent-not-asked': { code: 'consent-not-asked' },
  'signals-conflict': { code: 'signals-conflict', params: { conflict: 'answers-mixed' } },
  'worker-unsure': {
    code: 'worker-unsure',
    params: { questions: ['bilateral-enough'], outcomes: ['bilateral', 'tym-not-current'] },
  },
  'unsure-not-decisive': {
    code: 'unsure-not-decisive',
    params: { questions: ['eases-with-joint-planning'] },
  },
  'multi-domain-challenge': {
    code: 'multi-domain-challenge',
    params: { count: 4, domains: ['housing', 'finances', 'health', 'social-relationships'] },
  },
  'concern-domains': { code: 'concern-domains', params: { count: 1, domains: ['employment'] } },
  'no-scale-concerns': { code: 'no-scale-concerns' },
  'severe-domains': { code: 'severe-domains', params: { domains: ['housing'] } },
  'kela-fresh-b-statement': { code: 'kela-fresh-b-statement' },
  'kela-rehabilitation-criteria': {
    code: 'kela-rehabilitation-criteria',
    params: { criteria: ['plan-not-progressing', 'long-term-illness'] },
  },
};

const isReadable = (text: string) => text.trim().length > 0 && !/undefined|\[object|NaN/.test(text);

describe.each(CATALOGUES)('the %s catalogue', (_locale, t) => {
  it.each(Object.values(EXAMPLES))('renders the reason $code', (reason) => {
    expect(isReadable(describeReason(reason, t))).toBe(true);
  });

  it.each(OUTCOMES)('names and explains the outcome %s', (outcome) => {
    const text = describeOutcome(outcome, t);
    expect(isReadable(text.name) && isReadable(text.explanation)).toBe(true);
  });

  it.each(SIGNAL_CONFLICTS)('explains the conflict %s', (conflict) => {
    expect(isReadable(describeReason({ code: 'signals-conflict', params: { conflict } }, t))).toBe(true);
  });

  it('has a question text and a short label for every triage question', () => {
    const texts = TRIAGE_QUESTIONS.flatMap((question) => [
      t.questions[question].text,
      t.questions[question].short,
    ]);
    expect(texts.every(isReadable)).toBe(true);
    expect(TRIAGE_QUESTIONS.every((question) => t.questions[question].text.endsWith('?'))).toBe(true);
  });

  it('labels every answer, consent value and Kela criterion', () => {
    const labels = [
      ...TRIAGE_ANSWERS.map((answer) => t.answers[answer]),
      ...SOCIAL_WELFARE_CONSENT.map((consent) => t.consent[consent]),
      ...KELA_CRITERIA.map((criterion) => t.kelaCriteria[criterion]),
    ];
    expect(labels.every(isReadable)).toBe(true);
  });

  it('describes five distinct levels for each of the seven domains, in the model order', () => {
    const scale = describeScale(t);
    expect(scale.map((domain) => domain.domain)).toEqual([...SCALE_DOMAINS]);
    for (const domain of scale) {
      expect(isReadable(domain.name)).toBe(true);
      expect(new Set(domain.levels).size).toBe(5);
      expect(domain.levels.every(isReadable)).toBe(true);
    }
  });
});

describe('describeReason', () => {
  it.each<[string, Reason, string, string]>([
    [
      'lists the challenged domains by name',
      EXAMPLES['multi-domain-challenge'],
      'Haasteita 4 osa-alueella samanaikaisesti: Asuminen, Taloudellinen tilanne, Terveys, Sosiaaliset suhteet. Palveluiden yhteensovittamisen tarvetta on syytä arvioida.',
      'Challenges in 4 domains at the same time: Housing, Finances, Health, Social relationships. The need for service coordination should be assessed.',
    ],
    [
      'names the fresh B-statement',
      EXAMPLES['kela-fresh-b-statement'],
      'Kela-yhteistyö: asiakkaalla on tuore B-lausunto (enintään vuoden vanha). Selvitä Kelan kuntoutuksen mahdollisuus.',
      'Kela cooperation: the client has a fresh B-statement (at most a year old). Look into Kela rehabilitation.',
    ],
    [
      'uses the singular for one domain in English',
      EXAMPLES['concern-domains'],
      'Haasteita 1 osa-alueella: Työllisyys.',
      'Challenges in 1 domain: Employment.',
    ],
    [
      'names the paths an unsure answer leads to',
      EXAMPLES['worker-unsure'],
      'Olit epävarma: kahden organisaation yhteistyö riittää. Vastauksesta riippuen suositus voisi olla: Kahdenvälinen yhteistyö, TYM ei ajankohtainen. Konsultaatiotiimi auttaa ratkaisemaan.',
      'You were unsure: cooperation between two organisations is enough. Depending on the answer, the recommendation could be: Bilateral cooperation, TYM not current. The consultation team helps to decide.',
    ],
  ])('%s', (_name, reason, fiText, enText) => {
    expect(describeReason(reason, fi.triage)).toBe(fiText);
    expect(describeReason(reason, en.triage)).toBe(enText);
  });
});

describe('describeScaleLevel', () => {
  it.each<[ScaleLevel, string, string]>([
    [1, 'Ei huolia asumiseen liittyen', 'No concerns about housing'],
    [3, 'Huomautuksia, toistuvia muuttoja, rästivuokria', 'Remarks, repeated moves, rent arrears'],
    [5, 'Häätöjä, asunnottomuutta', 'Evictions, homelessness'],
  ])('describes housing level %i', (level, fiText, enText) => {
    expect(describeScaleLevel('housing', level, fi.triage)).toBe(fiText);
    expect(describeScaleLevel('housing', level, en.triage)).toBe(enText);
  });
});

describe('every recommendation', () => {
  const allAnswers = TRIAGE_QUESTIONS.reduce<TriageAnswers[]>(
    (partial, question) =>
      partial.flatMap((answers) => TRIAGE_ANSWERS.map((answer) => ({ ...answers, [question]: answer }))),
    [{} as TriageAnswers],
  );
  const scales = [
    scaleOf(),
    {
      'managing-affairs': 3,
      appointments: 2,
      housing: 4,
      employment: 3,
      finances: 3,
      health: 2,
      'social-relationships': 1,
    },
    {
      'managing-affairs': 1,
      appointments: 1,
      housing: 2,
      employment: 3,
      finances: 1,
      health: 4,
      'social-relationships': 1,
    },
  ] as const;
  const cases = allAnswers.flatMap((answers) =>
    scales.flatMap((scale) =>
      SOCIAL_WELFARE_CONSENT.map((socialWelfareConsent) => ({
        answers,
        scale,
        kelaCriteria: ['work-ability-assessment' as const],
        socialWelfareConsent,
      })),
    ),
  );

  it('goes to the team exactly when signals conflict or an unsure answer decides', () => {
    for (const input of cases) {
      const { outcome, reasons } = recommendPath(input);
      const isTeamReason = reasons.some(
        (reason) => reason.code === 'signals-conflict' || reason.code === 'worker-unsure',
      );
      expect(outcome === 'consultation-team').toBe(isTeamReason);
    }
  });

  it('renders every reason in both languages', () => {
    for (const input of cases) {
      for (const reason of recommendPath(input).reasons) {
        expect(
          isReadable(describeReason(reason, fi.triage)) && isReadable(describeReason(reason, en.triage)),
        ).toBe(true);
      }
    }
  });
});
