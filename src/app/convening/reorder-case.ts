import { moveEarlier } from '../../domain/team/agenda.js';
import type { Result } from '../../domain/result.js';
import type { Actor, AppDeps } from '../app-deps.js';
import { recordAudit } from '../audit.js';
import { loadAgendaCase, type AgendaCaseError } from './agenda-case.js';
import { updateSession } from './save-session.js';
import { syncSession } from './sync-session.js';

/** Moves a case one place earlier on its agenda; the two workers whose time boxes swap are told. */
export async function moveCaseEarlier(
  deps: AppDeps,
  actor: Actor,
  sessionId: string,
  caseId: string,
): Promise<Result<string, AgendaCaseError>> {
  const r = await loadAgendaCase(deps, sessionId, caseId);
  if (!r.ok) return r;
  await updateSession(deps, sessionId, (s) => moveEarlier(s, caseId));
  await syncSession(deps, r.value.team, sessionId, actor.userId);
  await recordAudit(deps, {
    actor,
    action: 'agenda.changed',
    result: 'ok',
    subject: caseId,
    detail: 'earlier',
  });
  return { ok: true, value: sessionId };
}
