import type { Weekday } from './calendar-date.js';
import { HELSINKI, instantOnDay, localDaysIn, parseLocalTime, type LocalDay } from './local-days.js';
import { clampRanges, type TimeRange } from './time-ranges.js';

/**
 * A person's working hours as Microsoft Graph's `workingHours` describes them, with the zone as an IANA name
 * (the Graph adapter maps Windows names such as "FLE Standard Time" to "Europe/Helsinki").
 */
export interface WorkingHours {
  readonly daysOfWeek: readonly Weekday[];
  /** Local wall time, `HH:mm` or Graph's `HH:mm:ss.fffffff`. */
  readonly startTime: string;
  /** Local wall time after `startTime` (working hours do not cross midnight; otherwise there are none). */
  readonly endTime: string;
  readonly timeZone: string;
}

/** Monday to Friday, 8:00–16:00 Helsinki time: the usual office day of the employment services. */
export const OFFICE_HOURS: WorkingHours = {
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  startTime: '08:00',
  endTime: '16:00',
  timeZone: HELSINKI,
};

/** The working hours of the given local days (of `hours.timeZone`), as UTC ranges. */
export function workingRangesOnDays(hours: WorkingHours, days: readonly LocalDay[]): TimeRange[] {
  if (parseLocalTime(hours.endTime) <= parseLocalTime(hours.startTime)) return [];
  const ranges: TimeRange[] = [];
  for (const day of days) {
    if (!hours.daysOfWeek.includes(day.weekday)) continue;
    ranges.push({
      start: instantOnDay(day, hours.startTime, hours.timeZone),
      end: instantOnDay(day, hours.endTime, hours.timeZone),
    });
  }
  return ranges;
}

/** The UTC ranges of a person's working hours inside the window, correct on DST change days. */
export const workingRanges = (hours: WorkingHours, window: TimeRange): TimeRange[] =>
  clampRanges(workingRangesOnDays(hours, localDaysIn(window, hours.timeZone)), window);
