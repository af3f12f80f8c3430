import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../src/domain/scheduling/calendar-date.js';
import { expandRhythm, type WeeklyRhythm } from '../../../src/domain/scheduling/recurrence.js';
import { hki, utcText } from './support.js';

const everyOtherTuesday: WeeklyRhythm = {
  weekday: 'tuesday',
  intervalWeeks: 2,
  startTime: '09:00',
  durationMinutes: 90,
  firstDate: '2026-03-10',
};
const between = (from: string, to: string) => ({ start: hki(`${from} 00:00`), end: hki(`${to} 00:00`) });
const expand = (rhythm: WeeklyRhythm, from: string, to: string, maxCount = 100) =>
  expandRhythm(rhythm, { window: between(from, to), maxCount });

describe('expandRhythm', () => {
  it('keeps 9:00–10:30 Helsinki time across the spring DST change, so the UTC offset changes', () => {
    const { occurrences, skipped } = expand(everyOtherTuesday, '2026-03-01', '2026-05-01');
    expect(occurrences.map((o) => [o.date, utcText(o)])).toEqual([
      ['2026-03-10', '2026-03-10T07:00Z–08:30Z'],
      ['2026-03-24', '2026-03-24T07:00Z–08:30Z'],
      ['2026-04-07', '2026-04-07T06:00Z–07:30Z'],
      ['2026-04-21', '2026-04-21T06:00Z–07:30Z'],
    ]);
    expect(skipped).toEqual([]);
  });

  it('keeps 9:00 Helsinki time across the autumn DST change', () => {
    const mondays: WeeklyRhythm = {
      ...everyOtherTuesday,
      weekday: 'monday',
      intervalWeeks: 1,
      firstDate: '2026-10-19',
    };
    expect(expand(mondays, '2026-10-19', '2026-10-27').occurrences.map(utcText)).toEqual([
      '2026-10-19T06:00Z–07:30Z',
      '2026-10-26T07:00Z–08:30Z',
    ]);
  });

  it.each<[string, WeeklyRhythm, string, string, [string, string][]]>([
    [
      'skips Good Friday',
      { ...everyOtherTuesday, weekday: 'friday', intervalWeeks: 1, firstDate: '2026-03-27' },
      '2026-03-27',
      '2026-04-11',
      [['2026-04-03', 'good-friday']],
    ],
    [
      'skips Ascension Day',
      { ...everyOtherTuesday, weekday: 'thursday', intervalWeeks: 1, firstDate: '2026-05-07' },
      '2026-05-07',
      '2026-05-22',
      [['2026-05-14', 'ascension-day']],
    ],
    [
      'skips Midsummer Eve, a de facto day off',
      { ...everyOtherTuesday, weekday: 'friday', intervalWeeks: 1, firstDate: '2026-06-12' },
      '2026-06-12',
      '2026-06-27',
      [['2026-06-19', 'midsummer-eve']],
    ],
    [
      'skips Christmas Eve but not New Year’s Eve',
      { ...everyOtherTuesday, weekday: 'thursday', intervalWeeks: 1, firstDate: '2026-12-17' },
      '2026-12-17',
      '2027-01-02',
      [['2026-12-24', 'christmas-eve']],
    ],
  ])('%s, saying which day off it was', (_, rhythm, from, to, expectedSkips) => {
    const { occurrences, skipped } = expand(rhythm, from, to);
    expect(skipped.map((s) => [s.date, s.dayOff.name])).toEqual(expectedSkips);
    expect(occurrences.some((o) => expectedSkips.some(([date]) => date === o.date))).toBe(false);
    expect(occurrences.length + skipped.length).toBe(3);
  });

  it('starts on the first rhythm weekday on or after the first date', () => {
    const { occurrences } = expand(
      { ...everyOtherTuesday, firstDate: '2026-03-11' },
      '2026-03-01',
      '2026-04-01',
    );
    expect(occurrences.map((o) => o.date)).toEqual(['2026-03-17', '2026-03-31']);
  });

  it('keeps the every-fourth-week cadence counted from the first date, years later', () => {
    const monthly: WeeklyRhythm = { ...everyOtherTuesday, intervalWeeks: 4, firstDate: '2020-01-07' };
    const { occurrences } = expand(monthly, '2026-03-01', '2026-09-01');
    expect(occurrences.length).toBeGreaterThanOrEqual(6);
    for (const o of occurrences) expect(daysBetween('2020-01-07', o.date) % 28).toBe(0);
  });

  it('leaves out an occurrence that started before the window', () => {
    const window = { start: hki('2026-03-10 09:30'), end: hki('2026-03-25 00:00') };
    expect(expandRhythm(everyOtherTuesday, { window, maxCount: 10 }).occurrences.map((o) => o.date)).toEqual([
      '2026-03-24',
    ]);
  });

  it('returns at most maxCount held occurrences; skipped ones do not count', () => {
    const fridays: WeeklyRhythm = {
      ...everyOtherTuesday,
      weekday: 'friday',
      intervalWeeks: 1,
      firstDate: '2026-03-27',
    };
    const { occurrences, skipped } = expand(fridays, '2026-03-27', '2027-01-01', 2);
    expect(occurrences.map((o) => o.date)).toEqual(['2026-03-27', '2026-04-10']);
    expect(skipped.map((s) => s.date)).toEqual(['2026-04-03']);
    expect(expand(fridays, '2026-03-27', '2027-01-01', 0).occurrences).toEqual([]);
  });

  it('moves a start time that does not exist on the spring change day forward by the gap', () => {
    const sundayNights: WeeklyRhythm = {
      ...everyOtherTuesday,
      weekday: 'sunday',
      startTime: '03:30',
      durationMinutes: 30,
      firstDate: '2026-03-29',
    };
    expect(expand(sundayNights, '2026-03-29', '2026-03-30').occurrences.map(utcText)).toEqual([
      '2026-03-29T01:30Z–02:00Z',
    ]);
  });

  it.each<[string, Partial<WeeklyRhythm>]>([
    ['a zero interval', { intervalWeeks: 0 }],
    ['a fractional interval', { intervalWeeks: 1.5 }],
    ['a zero duration', { durationMinutes: 0 }],
  ])('refuses %s', (_, change) => {
    expect(() => expand({ ...everyOtherTuesday, ...change }, '2026-03-01', '2026-04-01')).toThrow(RangeError);
  });
});
