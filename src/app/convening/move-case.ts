import { postponeCase } from '../../domain/case/agenda-lifecycle.js';
import { appendCase, removeCase } from '../../domain/team/agenda.js';
import { hasRoom } from '../../domain/team/session.js';
import { err, ok, type Result } from '../../domain/result.js';
import type { Actor, AppDeps } from '../app-deps.js';
import { recordAudit } from '../audit.js';
import { loadAgendaCase, type AgendaCaseError } from './agenda-case.js';
import { updateSession } from './save-session.js';
import { syncSession } from './sync-session.js';

export type MoveCaseError = AgendaCaseError | { readonly code: 'session-full' };

/** Moves a case to another coming session of its team (if it has room); both agendas' time boxes are redone. */
export async function moveCaseToSession(
  deps: AppDeps,
  actor: Actor,
  from: { readonly sessionId: string; readonly caseId: string },
  toSessionId: string,
): Promise<Result<string, MoveCaseError>> {
  const r = await loadAgendaCase(deps, from.sessionId, from.caseId);
  if (!r.ok) return r;
  const { team, case: c } = r.value;
  const now = deps.clock.now();
  const target = await deps.stores.sessions.get(toSessionId);
  if (!target || target.teamId !== team.id || target.id === from.sessionId) return err({ code: 'not-found' });
  const moved = await updateSession(deps, toSessionId, (s) => (hasRoom(s, now) ? appendCase(s, c.id) : s));
  if (!moved?.caseIds.includes(c.id)) return err({ code: 'session-full' });
  // back to waiting first, so that the target's sync gives it the new box and the worker hears of the change
  await deps.stores.cases.replace(postponeCase(c, now, actor.userId), c.version);
  await updateSession(deps, from.sessionId, (s) => removeCase(s, c.id));
  await syncSession(deps, team, toSessionId, actor.userId);
  await syncSession(deps, team, from.sessionId, actor.userId);
  await recordAudit(deps, { actor, action: 'agenda.changed', result: 'ok', subject: c.id, detail: 'moved' });
  return ok(toSessionId);
}
