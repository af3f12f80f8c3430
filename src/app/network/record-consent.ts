import type { NetworkParty } from '../../domain/case/vocabulary.js';
import type { Result } from '../../domain/result.js';
import type { Actor, AppDeps } from '../app-deps.js';
import { loadNetworkCase, saveNetworkPlan, type NetworkError, type NetworkView } from './network-case.js';

export interface RecordConsentInput {
  readonly caseId: string;
  /** The parties the client agreed to; recording again with other parties edits them (a new consent). */
  readonly parties: readonly NetworkParty[];
}

/** Records that the actor obtained the client's consent, now, for these parties (coded `network-consent`). */
export async function recordConsent(
  deps: AppDeps,
  actor: Actor,
  input: RecordConsentInput,
): Promise<Result<NetworkView, NetworkError>> {
  const r = await loadNetworkCase(deps, actor, input.caseId);
  if (!r.ok) return r;
  const consent = { by: actor.userId, at: deps.clock.now(), parties: [...new Set(input.parties)] };
  return saveNetworkPlan(deps, r.value, { ...r.value.plan, consent }, 'network-consent', actor);
}
