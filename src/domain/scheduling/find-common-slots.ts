import { dayOffRanges, freeTimeOf, localDaysByZone, type Attendee } from './free-time.js';
import { HELSINKI, type LocalDay } from './local-days.js';
import { intersectAll, type TimeRange } from './time-ranges.js';

/**
 * `earliest`: the earliest slots (each start is unique, so this is start order; the optional attendees free are
 * reported per slot). `most-optional-free`: slots where more optional attendees are free first, earliest among equals.
 */
export type SlotRanking = 'earliest' | 'most-optional-free';

export interface FindCommonSlotsInput {
  /** At least one attendee must be required. */
  readonly attendees: readonly Attendee[];
  readonly durationMinutes: number;
  readonly window: TimeRange;
  /** Slots start on this grid, counted from Helsinki midnight (15 → :00, :15, :30, :45). */
  readonly stepMinutes: number;
  readonly now: number;
  /** No slot starts sooner than this after `now`. */
  readonly minimumNoticeMinutes: number;
  readonly limit: number;
  readonly ranking?: SlotRanking;
}

export interface CommonSlot extends TimeRange {
  /** Ids of the optional attendees free for the whole slot, in input order. */
  readonly optionalFree: readonly string[];
}

const MINUTE = 60_000;

function checkInput(input: FindCommonSlotsInput): void {
  if (!(input.durationMinutes > 0)) throw new RangeError('durationMinutes must be positive');
  if (!(input.stepMinutes > 0)) throw new RangeError('stepMinutes must be positive');
  if (!(input.minimumNoticeMinutes >= 0)) throw new RangeError('minimumNoticeMinutes must be >= 0');
  if (!Number.isInteger(input.limit) || input.limit < 0)
    throw new RangeError('limit must be a whole number >= 0');
  if (!input.attendees.some((a) => a.required))
    throw new RangeError('at least one attendee must be required');
}

/** Slot starts on the step grid inside the free ranges, in order; `days` are the Helsinki days of the window. */
function* slotStarts(
  free: readonly TimeRange[],
  durationMs: number,
  stepMs: number,
  days: readonly LocalDay[],
) {
  let d = 0;
  for (const range of free) {
    while ((days[d]?.end ?? Infinity) <= range.start) d += 1;
    const midnight = days[d]?.start ?? range.start;
    let t = midnight + Math.ceil((range.start - midnight) / stepMs) * stepMs;
    for (; t + durationMs <= range.end; t += stepMs) yield t;
  }
}

/** Tells, for slots asked in start order, whether a person with these free ranges is free for the whole slot. */
function freeChecker(free: readonly TimeRange[]): (slot: TimeRange) => boolean {
  let i = 0;
  return (slot) => {
    // a range ending before this slot ends also ends before every later slot does
    while ((free[i]?.end ?? Infinity) < slot.end) i += 1;
    const range = free[i];
    return range !== undefined && range.start <= slot.start;
  };
}

/** The earliest slots where every required attendee is free within working hours and not on a day off. */
export function findCommonSlots(input: FindCommonSlotsInput): CommonSlot[] {
  checkInput(input);
  const window = {
    start: Math.max(input.window.start, input.now + input.minimumNoticeMinutes * MINUTE),
    end: input.window.end,
  };
  if (window.end <= window.start || input.limit === 0) return [];
  const daysOf = localDaysByZone(window);
  const daysOff = dayOffRanges(daysOf(HELSINKI));
  const freeOf = (a: Attendee) => freeTimeOf(a, window, daysOff, daysOf);
  const common = intersectAll(input.attendees.filter((a) => a.required).map(freeOf));
  const optional = input.attendees
    .filter((a) => !a.required)
    .map((a) => ({ id: a.id, isFree: freeChecker(freeOf(a)) }));
  const byEarliest = (input.ranking ?? 'earliest') === 'earliest';
  const durationMs = input.durationMinutes * MINUTE;
  const slots: CommonSlot[] = [];
  for (const start of slotStarts(common, durationMs, input.stepMinutes * MINUTE, daysOf(HELSINKI))) {
    const slot = { start, end: start + durationMs };
    slots.push({ ...slot, optionalFree: optional.filter((o) => o.isFree(slot)).map((o) => o.id) });
    if (byEarliest && slots.length === input.limit) break;
  }
  if (!byEarliest) slots.sort((a, b) => b.optionalFree.length - a.optionalFree.length || a.start - b.start);
  return slots.slice(0, input.limit);
}
