/**
 * The synthetic pilot's profiles: who brings cases, what their clients' situations look like on the scale, and
 * what the team decides. Weights are plausible for a spring pilot in Pohjois-Savo, not measured; every value is a
 * code, and the free text is neutral filler that the figures never read.
 */
import type { CaseDetails } from '../../domain/case/case-record.js';
import {
  KELA_CRITERIA,
  SCALE_DOMAINS,
  TRIAGE_QUESTIONS,
  type AgeGroup,
  type KelaCriterion,
  type NetworkParty,
  type Organisation,
  type ScaleDomain,
  type ScaleLevel,
  type TriageAnswer,
  type UnemploymentBand,
} from '../../domain/case/vocabulary.js';
import type { Decision, FollowUp, ServicesNeeded } from '../../domain/case/outcome.js';
import type { CaseRecommendation } from '../../domain/triage/triage-case.js';
import type { PilotRandom } from './pilot-random.js';

export const PILOT_AREAS = [
  ['kuopio', 0.45],
  ['yla-savo', 0.3],
  ['keski-savo', 0.25],
] as const;

const ORGANISATION_WEIGHTS: readonly (readonly [Organisation, number])[] = [
  ['employment-authority', 0.45],
  ['wellbeing-social', 0.22],
  ['wellbeing-health', 0.12],
  ['wellbeing-psychosocial', 0.08],
  ['kela', 0.13],
];
const AGE_WEIGHTS: readonly (readonly [AgeGroup, number])[] = [
  ['under-23', 0.22],
  ['23-29', 0.23],
  ['30-plus', 0.55],
];
const UNEMPLOYMENT_WEIGHTS: readonly (readonly [UnemploymentBand, number])[] = [
  ['under-3m', 0.08],
  ['3-12m', 0.22],
  ['12-24m', 0.35],
  ['over-24m', 0.35],
];

export type Severity = 'light' | 'moderate' | 'heavy';
const SEVERITY_BASE: Record<Severity, number> = { light: 1.7, moderate: 2.5, heavy: 3.3 };
/** Employment and finances are where long-term unemployment shows first; housing and relationships less often. */
const DOMAIN_OFFSET: Record<ScaleDomain, number> = {
  'managing-affairs': 0,
  appointments: -0.1,
  housing: -0.5,
  employment: 0.8,
  finances: 0.3,
  health: 0.1,
  'social-relationships': -0.3,
};

const level = (x: number): ScaleLevel => Math.min(5, Math.max(1, Math.round(x))) as ScaleLevel;

const DESCRIPTIONS = [
  'Synteettinen pilottitapaus: pitkään jatkunut työttömyys ja useita palveluja yhtä aikaa.',
  'Synteettinen pilottitapaus: arjen asioiden hoito takkuaa ja työllistymisen suunnitelma ei etene.',
  'Synteettinen pilottitapaus: terveydentila selvittämättä, työkyky epäselvä, palvelut katkenneet.',
  'Synteettinen pilottitapaus: talouden huolia ja asumisen epävarmuutta, työnhaku pysähtynyt.',
  'Synteettinen pilottitapaus: lyhyitä työjaksoja ja keskeytyneitä palveluja, tuen tarve epäselvä.',
];
const QUESTIONS = [
  'Mikä olisi oikea palvelupolku ja ajoitus?',
  'Onko monialainen yhteispalvelu ajankohtainen?',
  'Tarvitaanko ensin sosiaali- tai terveyspalveluja?',
  'Riittäisikö kahden organisaation yhteistyö?',
];

function answersFor(r: PilotRandom, severity: Severity): CaseDetails['answers'] {
  const yes = { light: 0.25, moderate: 0.5, heavy: 0.75 }[severity];
  const answer = (p: number): TriageAnswer =>
    r.weighted([
      ['yes', p],
      ['no', 1 - p - 0.15],
      ['unsure', 0.15],
    ]);
  const [bilateral, ...rest] = TRIAGE_QUESTIONS;
  return Object.fromEntries([
    [bilateral, answer(severity === 'light' ? 0.55 : 0.15)],
    ...rest.map((q) => [q, answer(q === 'other-services-first' ? yes * 0.6 : yes)]),
  ]) as CaseDetails['answers'];
}

function kelaCriteriaFor(r: PilotRandom, severity: Severity): KelaCriterion[] {
  const count = r.weighted([
    [0, severity === 'light' ? 0.7 : 0.35],
    [1, 0.35],
    [2, 0.2],
    [3, 0.1],
  ]);
  return [...new Set(Array.from({ length: count }, () => r.pick(KELA_CRITERIA)))];
}

/** A case's coded fields and neutral text; `form` decides whether it goes to the team or to a network meeting. */
export function caseDetailsFor(r: PilotRandom, areaCode: string, form: CaseDetails['form']): CaseDetails {
  const severity = r.weighted<Severity>([
    ['light', 0.3],
    ['moderate', 0.45],
    ['heavy', 0.25],
  ]);
  const base = SEVERITY_BASE[severity];
  const scale = Object.fromEntries(
    SCALE_DOMAINS.map((d) => [d, level(base + DOMAIN_OFFSET[d] + (r.next() - 0.5) * 2.4)]),
  ) as CaseDetails['scale'];
  const networkParties: NetworkParty[] =
    form === 'network'
      ? ['employment-authority', r.pick<NetworkParty>(['social-services', 'health-services', 'kela'])]
      : [];
  return {
    organisation: r.weighted(ORGANISATION_WEIGHTS),
    areaCode,
    ageGroup: r.weighted(AGE_WEIGHTS),
    unemployment: r.weighted(UNEMPLOYMENT_WEIGHTS),
    scale,
    answers: answersFor(r, severity),
    kelaCriteria: kelaCriteriaFor(r, severity),
    socialWelfareConsent: r.weighted([
      ['yes', 0.5],
      ['no', 0.2],
      ['not-asked', 0.3],
    ]),
    form,
    hasNetworkConsent: form === 'network',
    networkParties,
    text: { description: r.pick(DESCRIPTIONS), question: r.pick(QUESTIONS) },
  };
}

const SERVICES: Record<Decision, readonly (readonly [ServicesNeeded, number])[]> = {
  'tym-client': [
    ['both', 0.4],
    ['social', 0.25],
    ['health', 0.2],
    ['none', 0.15],
  ],
  'social-services-contact': [
    ['social', 0.7],
    ['both', 0.3],
  ],
  'social-services-notification': [
    ['social', 0.8],
    ['both', 0.2],
  ],
  'health-services-first': [
    ['health', 0.75],
    ['both', 0.25],
  ],
  bilateral: [
    ['none', 0.6],
    ['social', 0.2],
    ['health', 0.2],
  ],
  'tym-not-current': [
    ['none', 0.8],
    ['health', 0.2],
  ],
};
const FOLLOW_UP: Record<Decision, FollowUp> = {
  'tym-client': { action: 'open-tym-client', responsible: 'employment-authority' },
  'social-services-contact': { action: 'contact-social-welfare', responsible: 'social-services' },
  'social-services-notification': { action: 'notify-social-welfare', responsible: 'social-services' },
  'health-services-first': { action: 'examine-work-ability', responsible: 'health-services' },
  bilateral: { action: 'bilateral-meeting', responsible: 'employment-authority' },
  'tym-not-current': { action: 'bring-back-to-team', responsible: 'employment-authority' },
};

/** The team's decision: mostly the bot's recommendation when it made one (the co-learning signal), else by need. */
export function decisionFor(
  r: PilotRandom,
  details: CaseDetails,
  recommendation: CaseRecommendation,
): { decision: Decision; servicesNeeded: ServicesNeeded; kelaCooperation: boolean; followUps: FollowUp[] } {
  const challenged = SCALE_DOMAINS.filter((d) => details.scale[d] >= 3).length;
  const recommended = recommendation.outcome;
  const decision: Decision =
    recommended !== 'consultation-team' && r.chance(0.7)
      ? recommended
      : r.weighted<Decision>([
          ['tym-client', challenged >= 3 ? 0.45 : 0.15],
          ['social-services-contact', 0.15],
          ['social-services-notification', 0.05],
          ['health-services-first', details.scale.health >= 3 ? 0.25 : 0.08],
          ['bilateral', challenged <= 2 ? 0.3 : 0.1],
          ['tym-not-current', 0.08],
        ]);
  const kelaCooperation = details.kelaCriteria.length > 0 && r.chance(0.6);
  const followUps = [FOLLOW_UP[decision]];
  if (kelaCooperation) followUps.push({ action: 'kela-rehabilitation', responsible: 'kela' });
  return { decision, servicesNeeded: r.weighted(SERVICES[decision]), kelaCooperation, followUps };
}
