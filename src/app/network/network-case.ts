import type { CaseEventType, CaseRecord } from '../../domain/case/case-record.js';
import { isOwnedBy } from '../../domain/case/lifecycle.js';
import {
  checkPlannable,
  EMPTY_PLAN,
  nameParties,
  type NamedParty,
  type NetworkPlan,
  type NetworkProblem,
} from '../../domain/network/network-plan.js';
import { err, ok, type Result } from '../../domain/result.js';
import { hasAnyRole } from '../../domain/roles/roles.js';
import type { ConsultationTeam } from '../../domain/team/team.js';
import type { Actor, AppDeps } from '../app-deps.js';
import { recordAudit } from '../audit.js';
import { rolesOf } from '../roles-of.js';

/** A network case as its planner sees it: the plan so far and each consented party's person (or none yet). */
export interface NetworkView {
  readonly c: CaseRecord;
  readonly plan: NetworkPlan;
  readonly named: readonly NamedParty[];
}

export type NetworkError = NetworkProblem | { readonly code: 'not-found' } | { readonly code: 'stale' };

/** The parties the plan is about: the consented ones, else those the triage proposed, else the intake's. */
function partiesOf(c: CaseRecord, plan: NetworkPlan) {
  if (plan.consent) return plan.consent.parties;
  const proposed = c.recommendation.parties?.map((p) => p.party) ?? [];
  return proposed.length > 0 ? proposed : c.details.networkParties;
}

/**
 * The case for its owner, or for the convenor of its area's team; anyone else gets "not found" (audited), which
 * reveals nothing about the case.
 */
export async function loadNetworkCase(
  deps: AppDeps,
  actor: Actor,
  caseId: string,
): Promise<Result<NetworkView, NetworkError>> {
  const c = await deps.stores.cases.get(caseId);
  const team = c && (await deps.stores.teams.findByArea(c.details.areaCode));
  const isConvenor =
    team?.convenor.userId === actor.userId && hasAnyRole(await rolesOf(deps, actor), ['convenor']);
  if (!c || !(isOwnedBy(c, actor) || isConvenor)) {
    await recordAudit(deps, { actor, action: 'case.viewed', result: 'denied', subject: caseId });
    return err({ code: 'not-found' });
  }
  const problem = checkPlannable(c);
  if (problem) return err(problem);
  return ok(viewOf(c, team ?? undefined));
}

const viewOf = (c: CaseRecord, team: ConsultationTeam | undefined): NetworkView => {
  const plan = c.network ?? EMPTY_PLAN;
  return { c, plan, named: nameParties(partiesOf(c, plan), team) };
};

/** The case as its planner would see it, for the system's own work (the meeting watch): no access check. */
export async function networkViewOf(deps: AppDeps, c: CaseRecord): Promise<NetworkView> {
  return viewOf(c, await deps.stores.teams.findByArea(c.details.areaCode));
}

/** Writes the plan with one coded event, if nobody changed the case since it was read. */
export async function saveNetworkPlan(
  deps: AppDeps,
  view: NetworkView,
  plan: NetworkPlan,
  event: CaseEventType,
  actor: Actor,
): Promise<Result<NetworkView, NetworkError>> {
  const now = deps.clock.now();
  const { c } = view;
  const next: CaseRecord = {
    ...c,
    network: plan,
    events: [...c.events, { type: event, at: now, by: actor.userId }],
    updatedAt: now,
    version: c.version + 1,
  };
  if (!(await deps.stores.cases.replace(next, c.version))) return err({ code: 'stale' });
  return loadNetworkCase(deps, actor, c.id);
}
