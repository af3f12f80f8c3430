import type { CaseRecord } from '../domain/case/case-record.js';
import { err, ok, type Result } from '../domain/result.js';
import type { Actor, AppDeps } from './app-deps.js';
import { recordAudit } from './audit.js';
import { loadOwnCase } from './load-own-case.js';

export type CloseByRecommendationError =
  { readonly code: 'not-found' } | { readonly code: 'not-closable' } | { readonly code: 'stale' };

/**
 * The worker follows the triage recommendation and takes the request off the team's queue: the case closes with
 * the recommended outcome and no consultation. Only for recommendations other than "bring to the team".
 */
export async function closeByRecommendation(
  deps: AppDeps,
  actor: Actor,
  caseId: string,
): Promise<Result<CaseRecord, CloseByRecommendationError>> {
  const loaded = await loadOwnCase(deps, actor, caseId);
  if (!loaded.ok) return loaded;
  const c = loaded.value;
  if (c.status === 'closed') return ok(c);
  if (c.status !== 'submitted' || c.recommendation.outcome === 'consultation-team')
    return err({ code: 'not-closable' });
  const now = deps.clock.now();
  const closed: CaseRecord = {
    ...c,
    status: 'closed',
    events: [...c.events, { type: 'closed', at: now, by: actor.userId }],
    updatedAt: now,
    version: c.version + 1,
  };
  if (!(await deps.stores.cases.replace(closed, c.version))) return err({ code: 'stale' });
  await recordAudit(deps, {
    actor,
    action: 'case.closed',
    result: 'ok',
    subject: caseId,
    detail: `recommendation:${c.recommendation.outcome}`,
  });
  return ok(closed);
}
