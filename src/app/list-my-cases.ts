import type { CaseRecord } from '../domain/case/case-record.js';
import type { Actor, AppDeps } from './app-deps.js';

/** How many cases "my cases" shows: a card stays small and readable. */
export const MY_CASES_LIMIT = 20;

/** The worker's own cases, newest first. */
export function listMyCases(deps: AppDeps, actor: Actor): Promise<CaseRecord[]> {
  return deps.stores.cases.listByOwner(actor, MY_CASES_LIMIT);
}
