import { returnCase } from '../../domain/case/agenda-lifecycle.js';
import type { ReturnReason } from '../../domain/case/outcome.js';
import { removeCase } from '../../domain/team/agenda.js';
import { err, ok, type Result } from '../../domain/result.js';
import type { Actor, AppDeps } from '../app-deps.js';
import { recordAudit } from '../audit.js';
import { loadAgendaCase, type AgendaCaseError } from './agenda-case.js';
import { announceReturn, forgetSlot } from './notices.js';
import { updateSession } from './save-session.js';
import { syncSession } from './sync-session.js';

/** Sends a case back to its worker with a coded question; editing it puts it back in the queue. */
export async function returnCaseToWorker(
  deps: AppDeps,
  actor: Actor,
  at: { readonly sessionId: string; readonly caseId: string; readonly version: number },
  reason: ReturnReason,
): Promise<Result<string, AgendaCaseError>> {
  const r = await loadAgendaCase(deps, at.sessionId, at.caseId, at.version);
  if (!r.ok) return r;
  const c = r.value.case;
  if (c.status !== 'scheduled') return err({ code: 'stale' });
  const returned = returnCase(c, reason, deps.clock.now(), actor.userId);
  if (!(await deps.stores.cases.replace(returned, c.version))) return err({ code: 'stale' });
  await updateSession(deps, at.sessionId, (s) => removeCase(s, c.id));
  await forgetSlot(deps, c.id);
  await announceReturn(deps, returned, reason);
  await syncSession(deps, r.value.team, at.sessionId, actor.userId);
  await recordAudit(deps, { actor, action: 'case.returned', result: 'ok', subject: c.id, detail: reason });
  return ok(c.reference);
}
