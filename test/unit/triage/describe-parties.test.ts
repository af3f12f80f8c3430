import { describe, expect, it } from 'vitest';
import { renderCaseDetailCard } from '../../../src/cards/case-detail.js';
import { renderCaseReceivedCard } from '../../../src/cards/case-received.js';
import { describeParties } from '../../../src/cards/describe-parties.js';
import { describeLeaning } from '../../../src/cards/describe-reason.js';
import type { CaseDetails } from '../../../src/domain/case/case-record.js';
import { NETWORK_PARTIES } from '../../../src/domain/case/vocabulary.js';
import type { Leaning, LeaningReasonCode } from '../../../src/domain/triage/leaning.js';
import type { PartyReasonCode, ProposedParty } from '../../../src/domain/triage/parties.js';
import { triageCase } from '../../../src/domain/triage/triage-case.js';
import { en } from '../../../src/i18n/en.js';
import { fi } from '../../../src/i18n/fi.js';
import { caseRecord } from '../../fixtures/case-records.js';
import { expectValidCard } from '../cards/card-check.js';

const CATALOGUES = [
  ['fi', fi],
  ['en', en],
] as const;

const isReadable = (text: string) => text.trim().length > 0 && !/undefined|\[object|NaN/.test(text);

/** One leaning reason per code; the mapped type makes the compiler insist on every code. */
const LEANING_REASONS: { readonly [C in LeaningReasonCode]: Leaning['reasons'][number] & { code: C } } = {
  'services-first-answered': { code: 'services-first-answered', params: { answer: 'unsure' } },
  'no-coordination-affirmed': { code: 'no-coordination-affirmed' },
  'severe-domains': { code: 'severe-domains', params: { levels: [{ domain: 'housing', level: 5 }] } },
  'health-dominant': { code: 'health-dominant', params: { level: 4 } },
  'work-ability-not-examined': { code: 'work-ability-not-examined' },
  'consent-given': { code: 'consent-given' },
  'consent-refused': { code: 'consent-refused' },
  'consent-not-asked': { code: 'consent-not-asked' },
  'coordination-affirmed': {
    code: 'coordination-affirmed',
    params: { questions: ['needs-multidisciplinary'] },
  },
  'multi-domain-challenge': {
    code: 'multi-domain-challenge',
    params: {
      levels: [
        { domain: 'appointments', level: 3 },
        { domain: 'employment', level: 3 },
      ],
    },
  },
  'bilateral-answered': { code: 'bilateral-answered', params: { answer: 'yes' } },
  'no-need-affirmed': { code: 'no-need-affirmed' },
};

/** One party reason per code. */
const PARTY_REASONS: { readonly [C in PartyReasonCode]: ProposedParty['reasons'][number] & { code: C } } = {
  'employment-plan': { code: 'employment-plan' },
  'domain-levels': { code: 'domain-levels', params: { levels: [{ domain: 'managing-affairs', level: 4 }] } },
  'social-services-first': { code: 'social-services-first' },
  'work-ability-not-examined': { code: 'work-ability-not-examined' },
  'kela-fresh-b-statement': { code: 'kela-fresh-b-statement' },
  'kela-rehabilitation-criteria': {
    code: 'kela-rehabilitation-criteria',
    params: { criteria: ['health-limits', 'learning-difficulties'] },
  },
};

/** The first acceptance example, as a worker would submit it. */
const YOUNG_ADULT: Omit<CaseDetails, 'text'> = {
  ...caseRecord().details,
  ageGroup: 'under-23',
  areaCode: 'kuopio',
  scale: {
    'managing-affairs': 2,
    appointments: 3,
    housing: 4,
    employment: 3,
    finances: 4,
    health: 3,
    'social-relationships': 5,
  },
  answers: {
    'bilateral-enough': 'no',
    'other-services-first': 'yes',
    'needs-multidisciplinary': 'yes',
    'benefits-from-coordination': 'yes',
    'eases-with-joint-planning': 'no',
  },
  kelaCriteria: ['fresh-b-statement'],
  socialWelfareConsent: 'yes',
};

describe.each(CATALOGUES)('the %s catalogue', (_locale, t) => {
  it.each(Object.values(LEANING_REASONS))('renders the leaning reason $code', (reason) => {
    expect(isReadable(describeLeaning({ path: 'bilateral', reasons: [reason] }, t))).toBe(true);
  });

  it.each(Object.values(PARTY_REASONS))('renders the party reason $code', (reason) => {
    const [line = ''] = describeParties([{ party: 'kela', reasons: [reason] }], t);
    expect(isReadable(line)).toBe(true);
  });

  it.each(NETWORK_PARTIES)('names the party %s', (party) => {
    const [line = ''] = describeParties([{ party, reasons: [{ code: 'employment-plan' }] }], t);
    expect(isReadable(line) && line.startsWith(t.proposal.parties.names[party])).toBe(true);
  });

  it('shows the leaning and the parties on the receipt and the detail card, both valid', () => {
    const c = caseRecord({ details: YOUNG_ADULT, recommendation: triageCase(YOUNG_ADULT) });
    for (const card of [
      renderCaseReceivedCard(t, c),
      renderCaseDetailCard(t, t.lang === 'en' ? 'en' : 'fi', c),
    ]) {
      expectValidCard(card);
      const json = JSON.stringify(card);
      expect(json).toContain(t.proposal.leaning.label);
      expect(json).toContain(t.proposal.parties.label);
      expect(json).toContain(t.proposal.parties.names['psychosocial-under-23']);
    }
  });

  it('shows neither on a case stored before leanings and parties existed', () => {
    const c = caseRecord();
    for (const card of [renderCaseReceivedCard(t, c), renderCaseDetailCard(t, 'fi', c)]) {
      expectValidCard(card);
      expect(JSON.stringify(card)).not.toContain(t.proposal.leaning.label);
      expect(JSON.stringify(card)).not.toContain(t.proposal.parties.label);
    }
  });
});

describe('the acceptance example in English', () => {
  const recommendation = triageCase(YOUNG_ADULT);

  it('names the leaning and why', () => {
    expect(recommendation.leaning && describeLeaning(recommendation.leaning, en)).toBe(
      'Social services first: contact to social welfare, because you found the client needs other services first; ' +
        'severe concern: housing 4, finances 4, social relationships 5; ' +
        'the client has consented to a contact to social welfare.',
    );
  });

  it('names the parties and why, the area where a party is named per area', () => {
    expect(describeParties(recommendation.parties ?? [], en)).toEqual([
      'Employment expert (Kuopio): employment plan and services',
      'Social services: keeping appointments 3, housing 4, finances 4, social relationships 5, social services first',
      'TYM public-health nurse (Kuopio): health 3',
      'Psychosocial contact, under 23: social relationships 5',
      'Kela: fresh B-statement',
    ]);
  });
});
