import { describe, expect, it } from 'vitest';
import type { Attendee } from '../../../src/domain/scheduling/free-time.js';
import { OFFICE_HOURS } from '../../../src/domain/scheduling/working-hours.js';
import { hki, hours, person, slotStarts } from './support.js';

// Helsinki is UTC+2 in winter and UTC+3 in summer: 8:00 local is 06:00Z before 29 March and 05:00Z after.
describe('findCommonSlots', () => {
  it.each<[string, Attendee[], string[]]>([
    [
      'starts after overlapping busy blocks of several people',
      [
        person('a', ['2026-03-02 08:00–10:00', '2026-03-02 09:30–11:00']),
        person('b', ['2026-03-02 10:45–12:00']),
      ],
      ['2026-03-02T10:00', '2026-03-02T10:15', '2026-03-02T10:30'],
    ],
    [
      'needs the whole duration free, not just the start',
      [person('a', ['2026-03-02 08:20–09:00']), person('b', ['2026-03-02 09:15–16:00'])],
      ['2026-03-03T06:00', '2026-03-03T06:15', '2026-03-03T06:30'],
    ],
    [
      'finds the overlap of different working hours',
      [
        person('a', [], { workingHours: hours('08:00', '16:00') }),
        person('b', [], { workingHours: hours('12:00', '20:00') }),
      ],
      ['2026-03-02T10:00', '2026-03-02T10:15', '2026-03-02T10:30'],
    ],
    [
      'ends the last slot of a day when working hours end',
      [person('a', ['2026-03-02 08:00–15:30']), person('b', ['2026-03-03 08:00–16:00'])],
      ['2026-03-02T13:30', '2026-03-04T06:00', '2026-03-04T06:15'],
    ],
    [
      'accepts unsorted busy blocks reaching outside the window',
      [person('a', ['2026-03-02 09:00–16:00', '2026-02-20 08:00–2026-03-02 08:30'])],
      ['2026-03-02T06:30', '2026-03-03T06:00', '2026-03-03T06:15'],
    ],
  ])('%s', (_, attendees, expected) => {
    expect(slotStarts({ attendees })).toEqual(expected);
  });

  it.each<[string, Attendee[]]>([
    [
      'when working hours do not overlap',
      [
        person('a', [], { workingHours: hours('08:00', '12:00') }),
        person('b', [], { workingHours: hours('12:00', '16:00') }),
      ],
    ],
    [
      'when one required person is out all week',
      [person('a'), person('b', ['2026-03-02 00:00–2026-03-07 00:00'])],
    ],
    [
      'when no working day is in the window',
      [person('a', [], { workingHours: { ...OFFICE_HOURS, daysOfWeek: ['sunday'] } })],
    ],
  ])('finds no common slot %s', (_, attendees) => {
    expect(slotStarts({ attendees })).toEqual([]);
  });

  it.each<[string, string, string, string[]]>([
    ['spring', '2026-03-27', '2026-03-31', ['2026-03-27T06:00', '2026-03-30T05:00']],
    ['autumn', '2026-10-23', '2026-10-27', ['2026-10-23T05:00', '2026-10-26T06:00']],
    // Good Friday and Easter Monday 2027 fall on either side of the change, so Thursday meets Tuesday
    ['2027 spring', '2027-03-25', '2027-03-31', ['2027-03-25T06:00', '2027-03-30T05:00']],
  ])('offers 8:00 Helsinki time on both sides of the %s DST change', (_, from, to, expected) => {
    const attendees = [person('a', [`${from} 08:30–16:00`]), person('b')];
    const window = { start: hki(`${from} 00:00`), end: hki(`${to} 00:00`) };
    expect(slotStarts({ attendees, window, stepMinutes: 30, limit: 2 })).toEqual(expected);
  });

  it.each<[string, string, string, string]>([
    ['Good Friday and Easter Monday', '2026-04-02', '2026-04-08', '2026-04-07T05:00'],
    ['Midsummer Eve', '2026-06-18', '2026-06-23', '2026-06-22T05:00'],
    ['Christmas Eve to St Stephen’s Day', '2026-12-23', '2026-12-29', '2026-12-28T06:00'],
  ])('skips %s', (_, from, to, expected) => {
    const attendees = [person('a', [`${from} 00:00–23:59`])];
    const window = { start: hki(`${from} 00:00`), end: hki(`${to} 00:00`) };
    expect(slotStarts({ attendees, window, limit: 1 })).toEqual([expected]);
  });

  it.each<[string, number, number, string]>([
    ['rounds up to the next quarter hour after the notice', 60, 15, '2026-03-02T06:45'],
    ['rounds up to the next full hour on an hourly grid', 5, 60, '2026-03-02T06:00'],
  ])('waits for the minimum notice and %s', (_, minimumNoticeMinutes, stepMinutes, expected) => {
    const now = hki('2026-03-02 07:35');
    expect(
      slotStarts({ attendees: [person('a')], now, minimumNoticeMinutes, stepMinutes, limit: 1 }),
    ).toEqual([expected]);
  });
});
