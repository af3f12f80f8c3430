import { DateTime } from 'luxon';
import { err, ok, type Result } from '../../domain/result.js';
import { HELSINKI, toInstant } from '../../domain/scheduling/local-days.js';
import type { LocalDate } from '../../domain/scheduling/calendar-date.js';
import { isDayOff } from '../../domain/scheduling/finnish-holidays.js';
import type { Actor, AppDeps } from '../app-deps.js';
import { recordAudit } from '../audit.js';
import { scheduleAgendaNotice } from './notices.js';
import { updateSession } from './save-session.js';
import { syncSession } from './sync-session.js';

export type MoveSessionError =
  { readonly code: 'not-found' } | { readonly code: 'day-off' } | { readonly code: 'in-the-past' };

/** Moves one occurrence to another Helsinki date and time (same length); its meeting and every time box follow. */
export async function moveSession(
  deps: AppDeps,
  actor: Actor,
  sessionId: string,
  to: { readonly date: LocalDate; readonly time: string },
): Promise<Result<string, MoveSessionError>> {
  const first = await deps.stores.sessions.get(sessionId);
  const team = first && (await deps.stores.teams.get(first.teamId));
  if (!first || !team || first.status === 'cancelled') return err({ code: 'not-found' });
  if (isDayOff(to.date) || DateTime.fromISO(to.date).weekday > 5) return err({ code: 'day-off' });
  const start = new Date(toInstant(to.date, to.time, HELSINKI));
  if (start <= deps.clock.now()) return err({ code: 'in-the-past' });
  const end = new Date(start.getTime() + (first.end.getTime() - first.start.getTime()));
  const moved = await updateSession(deps, sessionId, (s) => ({ ...s, start, end, version: s.version + 1 }));
  if (!moved) return err({ code: 'not-found' });
  if (moved.meeting)
    await deps.calendar.updateEvent({ id: team.convenor.userId }, moved.meeting.eventId, { start, end });
  await scheduleAgendaNotice(deps, team, moved);
  await syncSession(deps, team, sessionId, actor.userId);
  await recordAudit(deps, {
    actor,
    action: 'session.changed',
    result: 'ok',
    subject: sessionId,
    detail: 'moved',
  });
  return ok(sessionId);
}
