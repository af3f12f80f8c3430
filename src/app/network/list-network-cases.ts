import type { CaseRecord } from '../../domain/case/case-record.js';
import { checkPlannable } from '../../domain/network/network-plan.js';
import type { Actor, AppDeps } from '../app-deps.js';
import { listMyCases } from '../list-my-cases.js';

/** The worker's own network cases still in progress, newest first. */
export async function listNetworkCases(deps: AppDeps, actor: Actor): Promise<CaseRecord[]> {
  return (await listMyCases(deps, actor)).filter((c) => checkPlannable(c) === undefined);
}
