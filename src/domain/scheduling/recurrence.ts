import { addDays, daysBetween, nextWeekday, type LocalDate, type Weekday } from './calendar-date.js';
import { dayOffOn, type DayOff } from './finnish-holidays.js';
import { HELSINKI, toInstant } from './local-days.js';
import type { TimeRange } from './time-ranges.js';

/** A weekly meeting rhythm in Helsinki time, e.g. every other Tuesday 9:00–10:30 from 2026-01-13. */
export interface WeeklyRhythm {
  readonly weekday: Weekday;
  /** 1 = every week, 2 = every other week, 4 = every fourth week. */
  readonly intervalWeeks: number;
  /** Helsinki wall time, `HH:mm`; it stays the same wall time across DST changes. */
  readonly startTime: string;
  readonly durationMinutes: number;
  /** The rhythm starts on the first `weekday` on or after this date; the interval counts from there. */
  readonly firstDate: LocalDate;
}

export interface Occurrence extends TimeRange {
  readonly date: LocalDate;
}

/** An occurrence that falls on a day off, with the day off that cancelled it. */
export interface SkippedOccurrence extends Occurrence {
  readonly dayOff: DayOff;
}

export interface RhythmExpansion {
  readonly occurrences: readonly Occurrence[];
  readonly skipped: readonly SkippedOccurrence[];
}

/** Which occurrences to return: those starting inside the window, at most `maxCount` held ones. */
export interface ExpansionBounds {
  readonly window: TimeRange;
  readonly maxCount: number;
}

function checkRhythm(rhythm: WeeklyRhythm, bounds: ExpansionBounds): void {
  if (!Number.isInteger(rhythm.intervalWeeks) || rhythm.intervalWeeks < 1)
    throw new RangeError(`intervalWeeks must be a whole number of weeks: ${rhythm.intervalWeeks}`);
  if (!(rhythm.durationMinutes > 0)) throw new RangeError(`durationMinutes must be positive`);
  if (!Number.isInteger(bounds.maxCount) || bounds.maxCount < 0)
    throw new RangeError(`maxCount must be >= 0`);
}

/** The date of the rhythm's first occurrence that can start inside the window (earlier ones are skipped over). */
function firstCandidate(rhythm: WeeklyRhythm, windowStart: number): LocalDate {
  const first = nextWeekday(rhythm.firstDate, rhythm.weekday);
  // a day before the window's UTC date is early enough in any zone; whole periods before it are never needed
  const windowDate = new Date(windowStart - 24 * 3_600_000).toISOString().slice(0, 10);
  const period = 7 * rhythm.intervalWeeks;
  const periodsBefore = Math.max(0, Math.floor(daysBetween(first, windowDate) / period));
  return addDays(first, periodsBefore * period);
}

/** The occurrences of a rhythm inside the window, skipping Finnish days off and saying which and why. */
export function expandRhythm(rhythm: WeeklyRhythm, bounds: ExpansionBounds): RhythmExpansion {
  checkRhythm(rhythm, bounds);
  const { window, maxCount } = bounds;
  const occurrences: Occurrence[] = [];
  const skipped: SkippedOccurrence[] = [];
  const durationMs = rhythm.durationMinutes * 60_000;
  let date = firstCandidate(rhythm, window.start);
  while (occurrences.length < maxCount) {
    const start = toInstant(date, rhythm.startTime, HELSINKI);
    if (start >= window.end) break;
    if (start >= window.start) {
      const occurrence = { date, start, end: start + durationMs };
      const dayOff = dayOffOn(date);
      if (dayOff) skipped.push({ ...occurrence, dayOff });
      else occurrences.push(occurrence);
    }
    date = addDays(date, 7 * rhythm.intervalWeeks);
  }
  return { occurrences, skipped };
}
