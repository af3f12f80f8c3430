import type { CaseRecord } from '../domain/case/case-record.js';
import { withdrawCase as withdraw } from '../domain/case/lifecycle.js';
import { err, ok, type Result } from '../domain/result.js';
import type { Actor, AppDeps } from './app-deps.js';
import { recordAudit } from './audit.js';
import { forgetSlot } from './convening/notices.js';
import { loadOwnCase } from './load-own-case.js';
import { cancelMeeting } from './network/withdraw-consent.js';
import { withdrawPlan } from '../domain/network/network-plan.js';

export type WithdrawCaseError =
  { readonly code: 'not-found' } | { readonly code: 'not-withdrawable' } | { readonly code: 'stale' };

/** The worker takes back a request the team has not discussed yet. */
export async function withdrawCase(
  deps: AppDeps,
  actor: Actor,
  caseId: string,
): Promise<Result<CaseRecord, WithdrawCaseError>> {
  const loaded = await loadOwnCase(deps, actor, caseId);
  if (!loaded.ok) return loaded;
  const current = loaded.value;
  if (current.status === 'withdrawn') return ok(current);
  const next = withdraw(current, actor, deps.clock.now());
  if (!next.ok) return err({ code: next.error.code === 'not-found' ? 'not-found' : 'not-withdrawable' });
  // a network meeting still ahead goes with the case (Rukkanen: only what the client agreed to)
  const network = current.network && withdrawPlan(current.network, deps.clock.now());
  const stored = network ? { ...next.value, network: network.plan } : next.value;
  if (!(await deps.stores.cases.replace(stored, current.version))) return err({ code: 'stale' });
  if (network) await cancelMeeting(deps, caseId, network.cancelled);
  // a withdrawn case frees its time box (the agenda drops it when next looked at); its reminder must not go out
  if (current.status === 'scheduled') await forgetSlot(deps, caseId);
  await recordAudit(deps, {
    actor,
    action: 'case.withdrawn',
    result: 'ok',
    subject: caseId,
  });
  return ok(stored);
}
