import { isDayOff } from './finnish-holidays.js';
import { localDaysIn, type LocalDay } from './local-days.js';
import { clampRanges, subtractRanges, type TimeRange } from './time-ranges.js';
import { workingRangesOnDays, type WorkingHours } from './working-hours.js';

/** Someone whose calendar counts when looking for a common time. */
export interface Attendee {
  readonly id: string;
  /** A slot needs every required attendee; optional ones only rank it. */
  readonly required: boolean;
  /** Busy, out-of-office or tentative blocks as the calendar reports them; they may overlap and be unsorted. */
  readonly busy: readonly TimeRange[];
  readonly workingHours: WorkingHours;
}

/** The local days of each zone in one window, computed once per zone: zone lookups are the costly part. */
export function localDaysByZone(window: TimeRange): (zone: string) => readonly LocalDay[] {
  const byZone = new Map<string, readonly LocalDay[]>();
  return (zone) => {
    let days = byZone.get(zone);
    if (!days) {
      days = localDaysIn(window, zone);
      byZone.set(zone, days);
    }
    return days;
  };
}

/** The Finnish days off among Helsinki days, as whole-day UTC ranges. */
export const dayOffRanges = (helsinkiDays: readonly LocalDay[]): TimeRange[] =>
  helsinkiDays.filter((d) => isDayOff(d.date)).map((d) => ({ start: d.start, end: d.end }));

/** An attendee's free time in the window: working hours, minus busy blocks, minus days off. */
export function freeTimeOf(
  attendee: Attendee,
  window: TimeRange,
  daysOff: readonly TimeRange[],
  daysOf: (zone: string) => readonly LocalDay[],
): TimeRange[] {
  const working = workingRangesOnDays(attendee.workingHours, daysOf(attendee.workingHours.timeZone));
  return subtractRanges(clampRanges(working, window), [...attendee.busy, ...daysOff]);
}
