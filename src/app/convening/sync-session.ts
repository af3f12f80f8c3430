import { scheduleCase } from '../../domain/case/agenda-lifecycle.js';
import type { CaseRecord } from '../../domain/case/case-record.js';
import { keepCases } from '../../domain/team/agenda.js';
import { timeBoxOf, type TeamSession } from '../../domain/team/session.js';
import type { ConsultationTeam } from '../../domain/team/team.js';
import type { AppDeps } from '../app-deps.js';
import { announceSlot } from './notices.js';
import { updateSession } from './save-session.js';

/** Still on this session's agenda: waiting for it, scheduled in it, or decided in it. */
const belongsTo = (c: CaseRecord | undefined, sessionId: string): c is CaseRecord =>
  c !== undefined &&
  (c.status === 'submitted' ||
    (c.status === 'scheduled' && c.slot?.sessionId === sessionId) ||
    (c.status === 'closed' && c.outcome !== undefined && c.slot?.sessionId === sessionId));

/** Gives one case its time box, re-reading once if the worker changed it meanwhile. */
async function scheduleOne(
  deps: AppDeps,
  caseId: string,
  session: TeamSession,
  team: ConsultationTeam,
  position: number,
  by: string,
) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const c = await deps.stores.cases.get(caseId);
    if (!c || (c.status !== 'submitted' && c.status !== 'scheduled')) return;
    const box = timeBoxOf(session, position, team.minutesPerCase);
    const slot = { sessionId: session.id, teamId: team.id, ...box, joinUrl: session.meeting?.joinUrl ?? '' };
    const next = scheduleCase(c, slot, deps.clock.now(), by);
    if (next === c) return;
    if (await deps.stores.cases.replace(next, c.version)) {
      const wasScheduledBefore = c.events.some((e) => e.type === 'scheduled');
      return announceSlot(deps, next, slot, wasScheduledBefore);
    }
  }
}

/**
 * Makes the cases agree with the session's agenda: a case that left (withdrawn, returned, closed) frees its time
 * box, and every case gets the box of its position; workers whose time changed are told.
 */
export async function syncSession(
  deps: AppDeps,
  team: ConsultationTeam,
  sessionId: string,
  by: string,
): Promise<TeamSession | undefined> {
  const loaded = await deps.stores.sessions.get(sessionId);
  if (!loaded) return undefined;
  const cases = new Map(
    (await Promise.all(loaded.caseIds.map((id) => deps.stores.cases.get(id))))
      .filter((c) => c !== undefined)
      .map((c) => [c.id, c]),
  );
  const session = await updateSession(deps, sessionId, (s) =>
    keepCases(s, (id) => belongsTo(cases.get(id), sessionId)),
  );
  if (!session || session.status === 'cancelled') return session;
  for (const [position, caseId] of session.caseIds.entries()) {
    const c = cases.get(caseId);
    if (c?.status === 'closed') continue;
    await scheduleOne(deps, caseId, session, team, position, by);
  }
  return session;
}
