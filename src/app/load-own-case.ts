import type { CaseRecord } from '../domain/case/case-record.js';
import { isOwnedBy } from '../domain/case/lifecycle.js';
import { err, ok, type Result } from '../domain/result.js';
import type { Actor, AppDeps } from './app-deps.js';
import { recordAudit } from './audit.js';

/** A worker's own case; another worker's case is "not found", which reveals nothing about it. */
export async function loadOwnCase(
  deps: AppDeps,
  actor: Actor,
  caseId: string,
): Promise<Result<CaseRecord, { readonly code: 'not-found' }>> {
  const c = await deps.stores.cases.get(caseId);
  if (!c || !isOwnedBy(c, actor)) {
    await recordAudit(deps, {
      actor,
      action: 'case.viewed',
      result: 'denied',
      subject: caseId,
    });
    return err({ code: 'not-found' });
  }
  return ok(c);
}
