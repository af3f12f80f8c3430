import {
  findCommonSlots,
  type FindCommonSlotsInput,
} from '../../../src/domain/scheduling/find-common-slots.js';
import type { Attendee } from '../../../src/domain/scheduling/free-time.js';
import { HELSINKI, toInstant } from '../../../src/domain/scheduling/local-days.js';
import type { TimeRange } from '../../../src/domain/scheduling/time-ranges.js';
import { OFFICE_HOURS, type WorkingHours } from '../../../src/domain/scheduling/working-hours.js';

/** Helsinki wall time `YYYY-MM-DD HH:mm` as epoch ms. */
export function hki(dateTime: string): number {
  const [date = '', time = ''] = dateTime.split(' ');
  return toInstant(date, time, HELSINKI);
}

/** Helsinki wall times `2026-03-02 08:00–10:00` or `2026-03-02 08:00–2026-03-03 12:00` as a range. */
export function hkiRange(text: string): TimeRange {
  const [start = '', end = ''] = text.split('–');
  return { start: hki(start), end: hki(end.includes(' ') ? end : `${start.split(' ')[0] ?? ''} ${end}`) };
}

/** A range as UTC text, for assertions a reader can check against the offsets (EET +2, EEST +3). */
export const utcText = (r: TimeRange): string =>
  `${new Date(r.start).toISOString().slice(0, 16)}Z–${new Date(r.end).toISOString().slice(11, 16)}Z`;

/** A required attendee on office hours, busy at the given Helsinki times (see `hkiRange`). */
export const person = (id: string, busy: string[] = [], extra: Partial<Attendee> = {}): Attendee => ({
  id,
  required: true,
  busy: busy.map(hkiRange),
  workingHours: OFFICE_HOURS,
  ...extra,
});

/** Office days with other hours. */
export const hours = (startTime: string, endTime: string): WorkingHours => ({
  ...OFFICE_HOURS,
  startTime,
  endTime,
});

/** The UTC starts (`YYYY-MM-DDTHH:mm`) of the slots found; by default 30-min slots in the week of 2 March 2026. */
export const slotStarts = (input: Partial<FindCommonSlotsInput> & Pick<FindCommonSlotsInput, 'attendees'>) =>
  findCommonSlots({
    durationMinutes: 30,
    window: { start: hki('2026-03-02 00:00'), end: hki('2026-03-07 00:00') },
    stepMinutes: 15,
    now: hki('2026-03-01 12:00'),
    minimumNoticeMinutes: 0,
    limit: 3,
    ...input,
  }).map((s) => new Date(s.start).toISOString().slice(0, 16));
