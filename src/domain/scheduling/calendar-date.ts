import { DateTime } from 'luxon';

/** A calendar date with no zone, `YYYY-MM-DD`: a holiday, the first date of a rhythm, a local day. */
export type LocalDate = string;

/** Day names as Microsoft Graph spells them in `workingHours.daysOfWeek`. */
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** Monday first, as ISO 8601 and Luxon number them (1 = Monday). */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const satisfies readonly Weekday[];

// Calendar arithmetic happens in UTC, where every day has 24 hours; zones enter only in local-days.ts.
function parseDate(date: LocalDate): DateTime {
  const parsed = DateTime.fromISO(date, { zone: 'utc' });
  if (!parsed.isValid || date.length !== 10) throw new RangeError(`not a calendar date: ${date}`);
  return parsed;
}

/** The weekday of a Luxon date (1 = Monday … 7 = Sunday). */
export const weekdayName = (luxonWeekday: number): Weekday => WEEKDAYS[(luxonWeekday - 1) % 7] ?? 'monday';

/** Formats a Luxon date as `YYYY-MM-DD`. */
export function formatDate(d: DateTime): LocalDate {
  const iso = d.toISODate();
  if (iso === null) throw new RangeError(`invalid date: ${d.invalidReason ?? 'unknown'}`);
  return iso;
}

/** The calendar date `year`-`month`-`day` (month 1–12). */
export const calendarDate = (year: number, month: number, day: number): LocalDate =>
  formatDate(DateTime.utc(year, month, day));

/** The date `days` later (earlier when negative). */
export const addDays = (date: LocalDate, days: number): LocalDate =>
  formatDate(parseDate(date).plus({ days }));

/** The weekday a date falls on. */
export const weekdayOf = (date: LocalDate): Weekday => weekdayName(parseDate(date).weekday);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: LocalDate, to: LocalDate): number =>
  Math.round(parseDate(to).diff(parseDate(from), 'days').days);

/** The first date on or after `date` that falls on `weekday`. */
export function nextWeekday(date: LocalDate, weekday: Weekday): LocalDate {
  const from = parseDate(date).weekday;
  const target = WEEKDAYS.indexOf(weekday) + 1;
  return addDays(date, (target - from + 7) % 7);
}
