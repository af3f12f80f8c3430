import { DateTime } from 'luxon';
import { formatDate, weekdayName, type LocalDate, type Weekday } from './calendar-date.js';
import type { TimeRange } from './time-ranges.js';

/** The zone of the Finnish calendar: days off, rhythms and the slot grid are Helsinki days. */
export const HELSINKI = 'Europe/Helsinki';

/** One local calendar day of a zone and the UTC instants it spans: 23 h or 25 h on a DST change day. */
export interface LocalDay {
  readonly date: LocalDate;
  readonly weekday: Weekday;
  readonly start: number;
  readonly end: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Minutes after midnight of `H:mm`, `HH:mm` or Graph's `HH:mm:ss.fffffff`. */
export function parseLocalTime(time: string): number {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(time);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 23 || minutes > 59) throw new RangeError(`not a local time: ${time}`);
  return hours * 60 + minutes;
}

function zoned(ms: number, zone: string): DateTime {
  const d = DateTime.fromMillis(ms, { zone });
  if (!d.isValid) throw new RangeError(`unknown time zone: ${zone}`);
  return d;
}

/** The local days of `zone` that overlap the window, in order. */
export function localDaysIn(window: TimeRange, zone: string): LocalDay[] {
  const days: LocalDay[] = [];
  if (window.end <= window.start) return days;
  let day = zoned(window.start, zone).startOf('day');
  while (day.toMillis() < window.end) {
    const next = day.plus({ days: 1 });
    days.push({
      date: formatDate(day),
      weekday: weekdayName(day.weekday),
      start: day.toMillis(),
      end: next.toMillis(),
    });
    day = next;
  }
  return days;
}

/**
 * The instant a wall-clock time happens on a local date in `zone`. Luxon's rules: a time skipped when clocks go
 * forward (03:30 on 2026-03-29 in Helsinki) moves forward by the gap; a time that happens twice takes the later one.
 */
export function toInstant(date: LocalDate, time: string, zone: string): number {
  const minutes = parseLocalTime(time);
  const [year, month, day] = date.split('-').map(Number);
  const d = DateTime.fromObject(
    { year, month, day, hour: Math.floor(minutes / 60), minute: minutes % 60 },
    { zone },
  );
  if (!d.isValid) throw new RangeError(`not a local date and time in ${zone}: ${date} ${time}`);
  return d.toMillis();
}

/**
 * `toInstant` for a day from `localDaysIn`. Luxon's zone lookups are the slow part of slot finding, so on a day
 * Luxon measured at exactly 24 h (the offset cannot change inside it) the instant is midnight plus the wall time.
 */
export const instantOnDay = (day: LocalDay, time: string, zone: string): number =>
  day.end - day.start === DAY ? day.start + parseLocalTime(time) * MINUTE : toInstant(day.date, time, zone);
