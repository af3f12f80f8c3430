import { describe, expect, it } from 'vitest';
import {
  HELSINKI,
  localDaysIn,
  parseLocalTime,
  toInstant,
} from '../../../src/domain/scheduling/local-days.js';
import { totalDuration } from '../../../src/domain/scheduling/time-ranges.js';
import {
  OFFICE_HOURS,
  workingRanges,
  type WorkingHours,
} from '../../../src/domain/scheduling/working-hours.js';
import { hki, utcText } from './support.js';

const HOUR = 3_600_000;
const week = (monday: string, nextMonday: string) => ({
  start: hki(`${monday} 00:00`),
  end: hki(`${nextMonday} 00:00`),
});

describe('workingRanges', () => {
  it.each<[string, { start: number; end: number }, string[]]>([
    [
      'gives Mon–Fri 8:00–16:00 in a winter week at UTC+2',
      week('2026-03-02', '2026-03-09'),
      [
        '2026-03-02T06:00Z–14:00Z',
        '2026-03-03T06:00Z–14:00Z',
        '2026-03-04T06:00Z–14:00Z',
        '2026-03-05T06:00Z–14:00Z',
        '2026-03-06T06:00Z–14:00Z',
      ],
    ],
    [
      'moves to UTC+3 after clocks go forward on Sunday 2026-03-29',
      { start: hki('2026-03-27 00:00'), end: hki('2026-03-31 00:00') },
      ['2026-03-27T06:00Z–14:00Z', '2026-03-30T05:00Z–13:00Z'],
    ],
    [
      'moves back to UTC+2 after clocks go back on Sunday 2026-10-25',
      { start: hki('2026-10-23 00:00'), end: hki('2026-10-27 00:00') },
      ['2026-10-23T05:00Z–13:00Z', '2026-10-26T06:00Z–14:00Z'],
    ],
    [
      'moves to UTC+3 after clocks go forward on Sunday 2027-03-28',
      { start: hki('2027-03-26 00:00'), end: hki('2027-03-30 00:00') },
      ['2027-03-26T06:00Z–14:00Z', '2027-03-29T05:00Z–13:00Z'],
    ],
    [
      'cuts the days at the edges of the window',
      { start: hki('2026-03-02 12:00'), end: hki('2026-03-03 09:00') },
      ['2026-03-02T10:00Z–14:00Z', '2026-03-03T06:00Z–07:00Z'],
    ],
  ])('%s', (_, window, expected) => {
    expect(workingRanges(OFFICE_HOURS, window).map(utcText)).toEqual(expected);
  });

  it.each<[string, string, number]>([
    ['the spring change day', '2026-03-29', 8],
    ['the autumn change day', '2026-10-25', 8],
    ['the 2027 spring change day', '2027-03-28', 8],
  ])('keeps an 8:00–16:00 working day 8 hours long on %s', (_, date, hours) => {
    const sundays: WorkingHours = { ...OFFICE_HOURS, daysOfWeek: ['sunday'] };
    const day = { start: hki(`${date} 00:00`), end: hki(`${date} 23:59`) };
    expect(totalDuration(workingRanges(sundays, day))).toBe(hours * HOUR);
  });

  it.each<[string, string, string]>([
    ['loses the hour that does not exist in spring (2 h, not 3)', '2026-03-29', '2026-03-29T00:00Z–02:00Z'],
    ['gains the hour that happens twice in autumn (4 h, not 3)', '2026-10-25', '2026-10-24T23:00Z–03:00Z'],
  ])('a 02:00–05:00 night shift on the change day %s', (_, date, expected) => {
    const nights: WorkingHours = {
      ...OFFICE_HOURS,
      daysOfWeek: ['sunday'],
      startTime: '02:00',
      endTime: '05:00',
    };
    const day = { start: hki(`${date} 00:00`), end: hki(`${date} 23:59`) };
    expect(workingRanges(nights, day).map(utcText)).toEqual([expected]);
  });

  it('reads Graph workingHours times and a zone other than Helsinki', () => {
    const stockholm: WorkingHours = {
      daysOfWeek: ['monday'],
      startTime: '08:00:00.0000000',
      endTime: '16:30:00.0000000',
      timeZone: 'Europe/Stockholm',
    };
    expect(workingRanges(stockholm, week('2026-03-02', '2026-03-09')).map(utcText)).toEqual([
      '2026-03-02T07:00Z–15:30Z',
    ]);
  });

  it('gives no working time when the end is not after the start', () => {
    const inverted: WorkingHours = { ...OFFICE_HOURS, startTime: '16:00', endTime: '08:00' };
    expect(workingRanges(inverted, week('2026-03-02', '2026-03-09'))).toEqual([]);
  });

  it('refuses an unknown time zone', () => {
    expect(() =>
      workingRanges({ ...OFFICE_HOURS, timeZone: 'FLE Standard Time' }, week('2026-03-02', '2026-03-09')),
    ).toThrow(RangeError);
  });
});

describe('local days and times in Helsinki', () => {
  it.each<[string, number]>([
    ['2026-03-29', 23],
    ['2026-10-25', 25],
    ['2027-03-28', 23],
    ['2026-06-01', 24],
  ])('counts %s as %i hours long', (date, hours) => {
    const [day] = localDaysIn({ start: hki(`${date} 12:00`), end: hki(`${date} 13:00`) }, HELSINKI);
    expect(day?.date).toBe(date);
    expect(((day?.end ?? 0) - (day?.start ?? 0)) / HOUR).toBe(hours);
  });

  it.each<[string, string, string, string]>([
    ['moves a time skipped in spring forward by the gap', '2026-03-29', '03:30', '2026-03-29T01:30:00.000Z'],
    [
      'takes the later of a time that happens twice in autumn',
      '2026-10-25',
      '03:30',
      '2026-10-25T01:30:00.000Z',
    ],
    ['reads an ordinary winter time at UTC+2', '2026-01-15', '09:00', '2026-01-15T07:00:00.000Z'],
    ['reads an ordinary summer time at UTC+3', '2026-07-15', '09:00', '2026-07-15T06:00:00.000Z'],
  ])('%s', (_, date, time, expected) => {
    expect(new Date(toInstant(date, time, HELSINKI)).toISOString()).toBe(expected);
  });

  it.each(['8', '24:00', '12:60', '9.00', ''])('refuses %j as a local time', (time) => {
    expect(() => parseLocalTime(time)).toThrow(RangeError);
  });
});
