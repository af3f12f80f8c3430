import type { TeamSession } from '../../domain/team/session.js';
import { plannedSessions } from '../../domain/team/session.js';
import type { ConsultationTeam } from '../../domain/team/team.js';
import type { AppDeps } from '../app-deps.js';
import { scheduleAgendaNotice } from './notices.js';

const MAX_SESSIONS = 100;

/** The meeting's title in the calendar: coded, the same in every language. */
export const meetingSubject = (team: ConsultationTeam) => `TYM-konsultaatiotiimi ${team.areaCode}`;

/** A session's Teams meeting: the standing members and the convenor; idempotent by the session id. */
async function withMeeting(deps: AppDeps, team: ConsultationTeam, s: TeamSession): Promise<TeamSession> {
  const meeting = await deps.calendar.createEvent(
    { id: team.convenor.userId },
    {
      subject: meetingSubject(team),
      attendees: team.members.map((m) => ({ id: m.ref })),
      start: s.start,
      end: s.end,
      isOnlineMeeting: true,
      transactionId: s.id,
    },
  );
  return { ...s, meeting };
}

/**
 * The team's sessions that have not ended, after generating the missing ones of the horizon (each with its
 * meeting and the convenor's agenda notice). Called lazily whenever the agenda is used, so the horizon rolls on.
 */
export async function topUpSessions(deps: AppDeps, team: ConsultationTeam): Promise<TeamSession[]> {
  const now = deps.clock.now();
  const existing = await deps.stores.sessions.listByTeam(team.id, now, MAX_SESSIONS);
  const missing = plannedSessions(team, new Set(existing.map((s) => s.id)), now, deps.convening.horizonWeeks);
  const created: TeamSession[] = [];
  for (const planned of missing) {
    const s = await withMeeting(deps, team, planned);
    if (await deps.stores.sessions.insert(s)) await scheduleAgendaNotice(deps, team, s);
    created.push((await deps.stores.sessions.get(s.id)) ?? s);
  }
  return [...existing, ...created].sort((a, b) => a.start.getTime() - b.start.getTime());
}
