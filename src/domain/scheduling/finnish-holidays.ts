import { addDays, calendarDate, nextWeekday, type LocalDate } from './calendar-date.js';

/** Finnish public holidays (Sundays included) and the two de facto days off. */
export type DayOffName =
  | 'new-years-day'
  | 'epiphany'
  | 'good-friday'
  | 'easter-day'
  | 'easter-monday'
  | 'may-day'
  | 'ascension-day'
  | 'whit-sunday'
  | 'midsummer-eve'
  | 'midsummer-day'
  | 'all-saints-day'
  | 'independence-day'
  | 'christmas-eve'
  | 'christmas-day'
  | 'st-stephens-day';

/** `de-facto`: not a public holiday by law, but workplaces and services are closed (Christmas Eve, Midsummer Eve). */
export interface DayOff {
  readonly date: LocalDate;
  readonly name: DayOffName;
  readonly kind: 'public-holiday' | 'de-facto';
}

/** Easter Sunday of the Gregorian calendar (the anonymous computus of Meeus, Jones and Butcher). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return calendarDate(year, month, day);
}

const publicHoliday = (date: LocalDate, name: DayOffName): DayOff => ({ date, name, kind: 'public-holiday' });

/** Every day off of a year, in date order. */
export function finnishDaysOff(year: number): readonly DayOff[] {
  const easter = easterSunday(year);
  const on = (month: number, day: number) => calendarDate(year, month, day);
  const midsummerEve = nextWeekday(on(6, 19), 'friday');
  const days: DayOff[] = [
    publicHoliday(on(1, 1), 'new-years-day'),
    publicHoliday(on(1, 6), 'epiphany'),
    publicHoliday(addDays(easter, -2), 'good-friday'),
    publicHoliday(easter, 'easter-day'),
    publicHoliday(addDays(easter, 1), 'easter-monday'),
    publicHoliday(on(5, 1), 'may-day'),
    publicHoliday(addDays(easter, 39), 'ascension-day'),
    publicHoliday(addDays(easter, 49), 'whit-sunday'),
    { date: midsummerEve, name: 'midsummer-eve', kind: 'de-facto' },
    publicHoliday(addDays(midsummerEve, 1), 'midsummer-day'),
    publicHoliday(nextWeekday(on(10, 31), 'saturday'), 'all-saints-day'),
    publicHoliday(on(12, 6), 'independence-day'),
    { date: on(12, 24), name: 'christmas-eve', kind: 'de-facto' },
    publicHoliday(on(12, 25), 'christmas-day'),
    publicHoliday(on(12, 26), 'st-stephens-day'),
  ];
  return days.sort((x, y) => x.date.localeCompare(y.date));
}

// Memoised per year: slot finding asks about every day of its window, and the answer never changes.
const byYear = new Map<number, ReadonlyMap<LocalDate, DayOff>>();

function daysOffOf(year: number): ReadonlyMap<LocalDate, DayOff> {
  let days = byYear.get(year);
  if (!days) {
    days = new Map(finnishDaysOff(year).map((d) => [d.date, d]));
    byYear.set(year, days);
  }
  return days;
}

/** The day off on a date, if it is one. */
export const dayOffOn = (date: LocalDate): DayOff | undefined =>
  daysOffOf(Number(date.slice(0, 4))).get(date);

/** True on a Finnish public holiday, Christmas Eve or Midsummer Eve (ordinary weekends are not days off here). */
export const isDayOff = (date: LocalDate): boolean => dayOffOn(date) !== undefined;

/** The days off from `from` to `to`, both included, in date order. */
export function daysOffBetween(from: LocalDate, to: LocalDate): DayOff[] {
  const result: DayOff[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    for (const d of daysOffOf(year).values()) if (d.date >= from && d.date <= to) result.push(d);
  }
  return result;
}
