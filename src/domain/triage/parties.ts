import type { AgeGroup, NetworkParty, Outcome, ScaleDomain } from '../case/vocabulary.js';
import { assessKelaCooperation } from './kela.js';
import type { LeaningPath } from './leaning.js';
import type { KelaReason } from './reason.js';
import { recommendPath } from './recommend-path.js';
import type { Recommendation, TriageInput } from './recommend-path.js';
import { CONCERN_LEVEL, levelsAtOrAbove, SEVERE_LEVEL, SOCIAL_DOMAINS } from './scale.js';
import type { DomainLevel } from './scale.js';

/** What the party proposal reads from a case: the triage input plus who the client is and where. */
export type PartyInput = TriageInput & { readonly ageGroup: AgeGroup; readonly areaCode: string };

/** Why a party is proposed: coded, translated on the card. */
export type PartyReason =
  | { readonly code: 'employment-plan' }
  | { readonly code: 'domain-levels'; readonly params: { readonly levels: readonly DomainLevel[] } }
  | { readonly code: 'social-services-first' }
  | { readonly code: 'work-ability-not-examined' }
  | KelaReason;
export type PartyReasonCode = PartyReason['code'];

export type ProposedParty = {
  readonly party: NetworkParty;
  /** For the parties named per area (employment expert, public-health nurse): the case's area. */
  readonly areaCode?: string;
  /** Never empty. */
  readonly reasons: readonly PartyReason[];
};

/** Psychosocial services are split at 23 (DOMAIN.md §3); the case's age groups refine the older side. */
export const PSYCHOSOCIAL_CONTACT = {
  'under-23': 'psychosocial-under-23',
  '23-29': 'psychosocial-23-plus',
  '30-plus': 'psychosocial-23-plus',
} as const satisfies Record<AgeGroup, NetworkParty>;

/** Health and relationships at their severe levels (substance use, violence, isolation) call for psychosocial help. */
const PSYCHOSOCIAL_DOMAINS = ['health', 'social-relationships'] as const satisfies readonly ScaleDomain[];

const SOCIAL_FIRST: readonly Outcome[] = ['social-services-contact', 'social-services-notification'];

/**
 * The parties a team or network consultation should involve, in NETWORK_PARTIES order, each with its reasons.
 * The path is the recommendation's, or its leaning when the team decides; pass the recommendation if you have it.
 */
export function proposeParties(
  input: PartyInput,
  recommendation: Pick<Recommendation, 'outcome' | 'leaning'> = recommendPath(input),
): readonly ProposedParty[] {
  const path: LeaningPath | Outcome = recommendation.leaning?.path ?? recommendation.outcome;
  const proposals = [
    { party: 'employment-authority', areaCode: input.areaCode, reasons: [{ code: 'employment-plan' }] },
    { party: 'social-services', reasons: socialServicesReasons(input, path) },
    { party: 'health-services', areaCode: input.areaCode, reasons: nurseReasons(input) },
    { party: PSYCHOSOCIAL_CONTACT[input.ageGroup], reasons: psychosocialReasons(input) },
    { party: 'kela', reasons: assessKelaCooperation(input.kelaCriteria).reasons },
  ] as const satisfies readonly ProposedParty[];
  return proposals.filter((proposal) => proposal.reasons.length > 0);
}

function socialServicesReasons(input: PartyInput, path: Outcome): readonly PartyReason[] {
  const levels = levelsAtOrAbove(input.scale, SOCIAL_DOMAINS, CONCERN_LEVEL);
  return [
    ...(levels.length > 0 ? [domainLevels(levels)] : []),
    ...(SOCIAL_FIRST.includes(path) ? [{ code: 'social-services-first' } as const] : []),
  ];
}

/** Health questions go first to the public-health nurse named for TYM in the area (DOMAIN.md §3). */
function nurseReasons(input: PartyInput): readonly PartyReason[] {
  const levels = levelsAtOrAbove(input.scale, ['health'], CONCERN_LEVEL);
  return [
    ...(levels.length > 0 ? [domainLevels(levels)] : []),
    ...(input.kelaCriteria.includes('work-ability-assessment')
      ? [{ code: 'work-ability-not-examined' } as const]
      : []),
  ];
}

function psychosocialReasons(input: PartyInput): readonly PartyReason[] {
  const levels = levelsAtOrAbove(input.scale, PSYCHOSOCIAL_DOMAINS, SEVERE_LEVEL);
  return levels.length > 0 ? [domainLevels(levels)] : [];
}

const domainLevels = (levels: readonly DomainLevel[]): PartyReason => ({
  code: 'domain-levels',
  params: { levels },
});
