import type { PilotWindow } from '../../domain/figures/period.js';
import { calendarDate, daysBetween, type LocalDate } from '../../domain/scheduling/calendar-date.js';
import { expandRhythm, type WeeklyRhythm } from '../../domain/scheduling/recurrence.js';

/** Each pilot area's meeting rhythm and seats: Kuopio weekly, the smaller areas every other week (so they queue). */
export const PILOT_RHYTHMS: Readonly<
  Record<string, { rhythm: Omit<WeeklyRhythm, 'firstDate'>; capacity: number }>
> = {
  kuopio: {
    rhythm: { weekday: 'tuesday', intervalWeeks: 1, startTime: '09:00', durationMinutes: 90 },
    capacity: 6,
  },
  'yla-savo': {
    rhythm: { weekday: 'thursday', intervalWeeks: 2, startTime: '12:30', durationMinutes: 120 },
    capacity: 8,
  },
  'keski-savo': {
    rhythm: { weekday: 'wednesday', intervalWeeks: 2, startTime: '09:00', durationMinutes: 90 },
    capacity: 6,
  },
};
export const MINUTES_PER_CASE = 15;

/** A session of the synthetic pilot and the cases placed in it, in order (the generator's view, before `asOf`). */
export interface PilotSession {
  readonly areaCode: string;
  readonly date: LocalDate;
  readonly start: Date;
  readonly end: Date;
  readonly capacity: number;
  readonly placed: string[];
}

/** Sessions run three months past the pilot (the queue empties after it), with July off as Finnish teams do. */
export function pilotSessions(areaCode: string, pilot: PilotWindow): PilotSession[] {
  const plan = PILOT_RHYTHMS[areaCode];
  if (!plan) return [];
  const firstDate = calendarDate(pilot.first.year, pilot.first.month, 8);
  const lastMonth = pilot.last.year * 12 + pilot.last.month - 1 + 4;
  const until = calendarDate(Math.floor(lastMonth / 12), (lastMonth % 12) + 1, 1);
  const window = { start: Date.parse(`${firstDate}T00:00:00Z`), end: Date.parse(`${until}T00:00:00Z`) };
  const maxCount = Math.ceil(daysBetween(firstDate, until) / 7) + 1;
  return expandRhythm({ ...plan.rhythm, firstDate }, { window, maxCount })
    .occurrences.filter((o) => o.date.slice(5, 7) !== '07')
    .map((o) => ({
      areaCode,
      date: o.date,
      start: new Date(o.start),
      end: new Date(o.end),
      capacity: plan.capacity,
      placed: [],
    }));
}

/**
 * The first session starting at least a day after `notBefore` with a free seat; an urgent case may take one of
 * two extra seats (the team stays longer), which is how sessions end up over capacity.
 */
export function placeIn(
  sessions: readonly PilotSession[],
  caseId: string,
  notBefore: Date,
  isUrgent: boolean,
): PilotSession | undefined {
  const earliest = notBefore.getTime() + 24 * 3_600_000;
  const session = sessions.find(
    (s) => s.start.getTime() >= earliest && s.placed.length < s.capacity + (isUrgent ? 2 : 0),
  );
  session?.placed.push(caseId);
  return session;
}
