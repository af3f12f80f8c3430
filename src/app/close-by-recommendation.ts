import type { CaseRecord } from '../domain/case/case-record.js';
import { closeByRecommendation as close } from '../domain/case/lifecycle.js';
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
  const next = close(c, actor, deps.clock.now());
  if (!next.ok) return err({ code: next.error.code === 'not-found' ? 'not-found' : 'not-closable' });
  if (!(await deps.stores.cases.replace(next.value, c.version))) return err({ code: 'stale' });
  await recordAudit(deps, {
    actor,
    action: 'case.closed',
    result: 'ok',
    subject: caseId,
    detail: `recommendation:${c.recommendation.outcome}`,
  });
  return ok(next.value);
}
