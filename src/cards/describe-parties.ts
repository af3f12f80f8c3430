import { findArea } from '../domain/areas.js';
import type { ProposedParty, PartyReason } from '../domain/triage/parties.js';
import type { DomainLevel } from '../domain/triage/scale.js';
import type { Messages } from '../i18n/fi.js';

/** The proposal section of either catalogue. */
type ProposalMessages = Messages['proposal'];

/**
 * The proposed parties as card lines, e.g. "Social services: housing 4, finances 4" or "Employment expert (Kuopio):
 * employment plan and services", in the proposal's order. Shared by the receipt, the case detail and the agenda.
 */
export function describeParties(parties: readonly ProposedParty[], t: Messages): readonly string[] {
  return parties.map((party) => describeParty(party, t.proposal));
}

function describeParty(proposed: ProposedParty, t: ProposalMessages): string {
  const area =
    proposed.areaCode === undefined ? undefined : (findArea(proposed.areaCode)?.name ?? proposed.areaCode);
  return t.parties.line({
    name: t.parties.names[proposed.party],
    area,
    reasons: proposed.reasons.map((reason) => describePartyReason(reason, t)),
  });
}

function describePartyReason(reason: PartyReason, t: ProposalMessages): string {
  switch (reason.code) {
    case 'domain-levels':
      return describeLevels(reason.params.levels, t);
    case 'kela-rehabilitation-criteria':
      return t.parties.reasons[reason.code]({
        criteria: reason.params.criteria.map((criterion) => t.parties.kelaCriteria[criterion]),
      });
    default:
      return t.parties.reasons[reason.code];
  }
}

/** "housing 4, finances 4": short domain names with the level the worker picked. */
export function describeLevels(levels: readonly DomainLevel[], t: ProposalMessages): string {
  return levels.map(({ domain, level }) => t.domainLevel({ domain: t.domains[domain], level })).join(', ');
}
