import type { CaseRecord } from '../domain/case/case-record.js';
import type { Result } from '../domain/result.js';
import type { Actor, AppDeps } from './app-deps.js';
import { recordAudit } from './audit.js';
import { loadOwnCase } from './load-own-case.js';

/** Opens one of the worker's own cases, text included; the view is audited. */
export async function viewCase(
  deps: AppDeps,
  actor: Actor,
  caseId: string,
): Promise<Result<CaseRecord, { readonly code: 'not-found' }>> {
  const r = await loadOwnCase(deps, actor, caseId);
  if (r.ok) {
    await recordAudit(deps, {
      actor,
      action: 'case.viewed',
      result: 'ok',
      subject: caseId,
    });
  }
  return r;
}
