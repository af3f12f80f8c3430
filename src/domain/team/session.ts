import { expandRhythm } from '../scheduling/recurrence.js';
import type { LocalDate } from '../scheduling/calendar-date.js';
import type { ConsultationTeam } from './team.js';

/** The Teams meeting of a session, as the calendar created it. */
export interface SessionMeeting {
  readonly eventId: string;
  readonly joinUrl: string;
}

/** One meeting of a consultation team; `caseIds` is the agenda in order (first come, first served). */
export interface TeamSession {
  /** `<team id>|<rhythm date>`: the same occurrence always gets the same id, so generating twice is harmless. */
  readonly id: string;
  readonly teamId: string;
  readonly areaCode: string;
  /** The rhythm date it was generated for (it keeps it when moved). */
  readonly date: LocalDate;
  readonly start: Date;
  readonly end: Date;
  readonly status: 'planned' | 'cancelled';
  readonly capacity: number;
  readonly caseIds: readonly string[];
  readonly meeting: SessionMeeting | null;
  readonly version: number;
}

const DAY_MS = 24 * 3_600_000;

export const sessionIdOf = (teamId: string, date: LocalDate): string => `${teamId}|${date}`;

/**
 * The sessions a team's rhythm calls for from `now` over `horizonWeeks` that do not exist yet (by id, so a
 * cancelled or moved occurrence is never brought back). Holidays and de facto days off are skipped.
 */
export function plannedSessions(
  team: ConsultationTeam,
  existingIds: ReadonlySet<string>,
  now: Date,
  horizonWeeks: number,
): TeamSession[] {
  const window = { start: now.getTime(), end: now.getTime() + horizonWeeks * 7 * DAY_MS };
  const { occurrences } = expandRhythm(team.rhythm, { window, maxCount: horizonWeeks * 7 });
  return occurrences
    .filter((o) => !existingIds.has(sessionIdOf(team.id, o.date)))
    .map((o) => ({
      id: sessionIdOf(team.id, o.date),
      teamId: team.id,
      areaCode: team.areaCode,
      date: o.date,
      start: new Date(o.start),
      end: new Date(o.end),
      status: 'planned',
      capacity: team.casesPerSession,
      caseIds: [],
      meeting: null,
      version: 1,
    }));
}

/** Open for new cases: planned, not started yet, and with a free time box. */
export const hasRoom = (s: TeamSession, now: Date): boolean =>
  s.status === 'planned' && s.start > now && s.caseIds.length < s.capacity;

/** The first session (in start order) that has room, skipping `exceptId`. */
export function firstWithRoom(
  sessions: readonly TeamSession[],
  now: Date,
  exceptId?: string,
): TeamSession | undefined {
  return [...sessions]
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .find((s) => s.id !== exceptId && hasRoom(s, now));
}

/** The time box of the case at `position` (0-based): session start + position × time per case. */
export function timeBoxOf(s: Pick<TeamSession, 'start'>, position: number, minutesPerCase: number) {
  const start = new Date(s.start.getTime() + position * minutesPerCase * 60_000);
  return { start, end: new Date(start.getTime() + minutesPerCase * 60_000) };
}
