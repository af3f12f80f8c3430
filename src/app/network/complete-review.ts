import { err, type Result } from '../../domain/result.js';
import type { Actor, AppDeps } from '../app-deps.js';
import { loadNetworkCase, saveNetworkPlan, type NetworkError, type NetworkView } from './network-case.js';
import { networkNoticePrefix } from './network-notices.js';

/** The worker went through the consultation with the client: the task is done and its reminder withdrawn. */
export async function completeReview(
  deps: AppDeps,
  actor: Actor,
  caseId: string,
): Promise<Result<NetworkView, NetworkError>> {
  const r = await loadNetworkCase(deps, actor, caseId);
  if (!r.ok) return r;
  const { plan } = r.value;
  if (!plan.review || !plan.meeting || plan.meeting.isCancelled) return err({ code: 'not-booked' });
  if (plan.review.doneAt) return r;
  const review = { ...plan.review, doneAt: deps.clock.now() };
  const saved = await saveNetworkPlan(deps, r.value, { ...plan, review }, 'network-reviewed', actor);
  if (saved.ok) await deps.notifier.cancel(networkNoticePrefix(caseId));
  return saved;
}
