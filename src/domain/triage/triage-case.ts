import type { Outcome } from '../case/vocabulary.js';
import type { Leaning } from './leaning.js';
import { proposeParties } from './parties.js';
import type { PartyInput, ProposedParty } from './parties.js';
import type { Reason } from './reason.js';
import { recommendPath } from './recommend-path.js';

/**
 * The recommendation as a case stores it. `leaning` and `parties` came later: cases stored before them have
 * neither, and every reader treats them as absent rather than empty.
 */
export type CaseRecommendation = {
  readonly outcome: Outcome;
  readonly reasons: readonly Reason[];
  /** Only when the outcome is the consultation team. */
  readonly leaning?: Leaning;
  readonly parties?: readonly ProposedParty[];
};

/** Everything the triage says about a case at submit or edit: the path, its leaning and the parties to involve. */
export function triageCase(input: PartyInput): CaseRecommendation {
  const recommendation = recommendPath(input);
  return {
    outcome: recommendation.outcome,
    reasons: recommendation.reasons,
    ...(recommendation.leaning && { leaning: recommendation.leaning }),
    parties: proposeParties(input, recommendation),
  };
}
