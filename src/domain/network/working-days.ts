import { addDays, weekdayOf, type LocalDate } from '../scheduling/calendar-date.js';
import { isDayOff } from '../scheduling/finnish-holidays.js';
import { HELSINKI, localDaysIn, toInstant } from '../scheduling/local-days.js';
import type { TimeRange } from '../scheduling/time-ranges.js';

/** Working days after a network meeting by which the worker goes through it with the client. */
export const REVIEW_WORKING_DAYS = 5;

/** Monday to Friday and not a Finnish day off. */
export const isWorkingDay = (date: LocalDate): boolean =>
  !['saturday', 'sunday'].includes(weekdayOf(date)) && !isDayOff(date);

/** The `n`th working day after `date` (`date` itself does not count). */
export function addWorkingDays(date: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number >= 0');
  let d = date;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left -= 1;
  }
  return d;
}

/** The Helsinki calendar date an instant falls on. */
export const helsinkiDateOf = (at: Date): LocalDate =>
  localDaysIn({ start: at.getTime(), end: at.getTime() + 1 }, HELSINKI)[0]?.date ??
  at.toISOString().slice(0, 10);

/** From `now` to the end of the `days`th working day after today (Helsinki), where common slots are sought. */
export function searchWindow(now: Date, days: number): TimeRange {
  const last = addWorkingDays(helsinkiDateOf(now), days);
  return { start: now.getTime(), end: toInstant(addDays(last, 1), '00:00', HELSINKI) };
}

/** The review's due date: `REVIEW_WORKING_DAYS` working days after the meeting's Helsinki date. */
export const reviewDueDate = (meetingEnd: Date, workingDays = REVIEW_WORKING_DAYS): LocalDate =>
  addWorkingDays(helsinkiDateOf(meetingEnd), workingDays);

/** Whether a review done at `doneAt` met its due date (done on or before the due date, Helsinki). */
export const isReviewOnTime = (dueDate: LocalDate, doneAt: Date): boolean =>
  helsinkiDateOf(doneAt) <= dueDate;
