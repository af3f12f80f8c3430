import { postponeCase } from '../../domain/case/agenda-lifecycle.js';
import { err, ok, type Result } from '../../domain/result.js';
import type { Actor, AppDeps } from '../app-deps.js';
import { recordAudit } from '../audit.js';
import { scheduleAgendaNotice } from './notices.js';
import { placeInTeam } from './place-case.js';
import { updateSession } from './save-session.js';

/**
 * Cancels one occurrence: its meeting is cancelled, and its cases move to the next sessions with room (their
 * workers are told the new time). The rhythm's other sessions stay; the occurrence is never generated again.
 */
export async function cancelSession(
  deps: AppDeps,
  actor: Actor,
  sessionId: string,
): Promise<Result<number, { readonly code: 'not-found' }>> {
  const first = await deps.stores.sessions.get(sessionId);
  const team = first && (await deps.stores.teams.get(first.teamId));
  if (!first || !team || first.start <= deps.clock.now()) return err({ code: 'not-found' });
  const cancelled = await updateSession(deps, sessionId, (s) =>
    s.status === 'cancelled' ? s : { ...s, status: 'cancelled', caseIds: [], version: s.version + 1 },
  );
  if (!cancelled) return err({ code: 'not-found' });
  if (first.meeting) await deps.calendar.cancelEvent({ id: team.convenor.userId }, first.meeting.eventId);
  await scheduleAgendaNotice(deps, team, cancelled);
  const now = deps.clock.now();
  let moved = 0;
  for (const caseId of first.caseIds) {
    const c = await deps.stores.cases.get(caseId);
    if (c?.status !== 'scheduled' || c.slot?.sessionId !== sessionId) continue;
    const waiting = postponeCase(c, now, actor.userId);
    if (!(await deps.stores.cases.replace(waiting, c.version))) continue;
    await placeInTeam(deps, team, waiting, actor.userId, sessionId);
    moved += 1;
  }
  await recordAudit(deps, {
    actor,
    action: 'session.changed',
    result: 'ok',
    subject: sessionId,
    detail: 'cancelled',
    count: moved,
  });
  return ok(moved);
}
