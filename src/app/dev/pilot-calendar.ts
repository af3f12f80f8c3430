/**
 * Helsinki calendar arithmetic for the synthetic pilot, memoised per date: the generator asks the same few hundred
 * dates thousands of times, and the domain's zone-exact helpers (luxon) cost too much at the dev command's start.
 * Exact for every instant the pilot uses (office hours, meetings); the domain's rules decide days off and offsets.
 */
import { isWorkingDay } from '../../domain/network/working-days.js';
import type { LocalDate } from '../../domain/scheduling/calendar-date.js';
import { HELSINKI, toInstant } from '../../domain/scheduling/local-days.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const memo = <T>(f: (date: LocalDate) => T) => {
  const cache = new Map<LocalDate, T>();
  return (date: LocalDate): T => {
    if (!cache.has(date)) cache.set(date, f(date));
    return cache.get(date)!;
  };
};

const utcMidnight = (date: LocalDate) => Date.parse(`${date}T00:00:00Z`);

/** `date` plus `days` calendar days. */
export const plusDays = (date: LocalDate, days: number): LocalDate =>
  new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);

/** Monday to Friday and not a Finnish day off. */
export const isWorkday = memo(isWorkingDay);

/** Helsinki's offset from UTC at noon of `date`, in ms (2 h in winter, 3 h in summer). */
const offsetOn = memo((date) => utcMidnight(date) + 12 * HOUR_MS - toInstant(date, '12:00', HELSINKI));

/** The instant of `minutes` after midnight, Helsinki wall time, on `date` (not within a DST change's night). */
export const helsinkiInstant = (date: LocalDate, minutes: number): Date =>
  new Date(utcMidnight(date) + minutes * 60_000 - offsetOn(date));

/** The Helsinki date of an instant. */
export function helsinkiDate(at: Date): LocalDate {
  const late = new Date(at.getTime() + 3 * HOUR_MS).toISOString().slice(0, 10);
  return at.getTime() >= helsinkiInstant(late, 0).getTime() ? late : plusDays(late, -1);
}

/** The `n`th working day after `date` (`date` itself does not count). */
export function plusWorkdays(date: LocalDate, n: number): LocalDate {
  let d = date;
  for (let left = n; left > 0;) {
    d = plusDays(d, 1);
    if (isWorkday(d)) left -= 1;
  }
  return d;
}
