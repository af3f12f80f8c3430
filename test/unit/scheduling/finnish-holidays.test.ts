import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { addDays, weekdayOf } from '../../../src/domain/scheduling/calendar-date.js';
import {
  dayOffOn,
  daysOffBetween,
  easterSunday,
  finnishDaysOff,
  isDayOff,
  type DayOffName,
} from '../../../src/domain/scheduling/finnish-holidays.js';

describe('easterSunday', () => {
  it.each([
    [1943, '1943-04-25'], // the latest possible date
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'], // the same day clocks go forward
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2285, '2285-03-22'], // the earliest possible date
  ])('puts Easter %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('finnishDaysOff', () => {
  it('lists the days off of 2026 in date order, marking the de facto ones', () => {
    const expected: [string, DayOffName][] = [
      ['2026-01-01', 'new-years-day'],
      ['2026-01-06', 'epiphany'],
      ['2026-04-03', 'good-friday'],
      ['2026-04-05', 'easter-day'],
      ['2026-04-06', 'easter-monday'],
      ['2026-05-01', 'may-day'],
      ['2026-05-14', 'ascension-day'],
      ['2026-05-24', 'whit-sunday'],
      ['2026-06-19', 'midsummer-eve'],
      ['2026-06-20', 'midsummer-day'],
      ['2026-10-31', 'all-saints-day'],
      ['2026-12-06', 'independence-day'],
      ['2026-12-24', 'christmas-eve'],
      ['2026-12-25', 'christmas-day'],
      ['2026-12-26', 'st-stephens-day'],
    ];
    const days = finnishDaysOff(2026);
    expect(days.map((d) => [d.date, d.name])).toEqual(expected);
    expect(days.filter((d) => d.kind === 'de-facto').map((d) => d.name)).toEqual([
      'midsummer-eve',
      'christmas-eve',
    ]);
  });

  // The oracle also lists observances (Mother's Day …) and New Year's Eve as a bank holiday: workplaces are open then.
  const oracle = new Holidays('FI');
  const oracleDaysOff = (year: number) =>
    oracle
      .getHolidays(year)
      .filter((h) => h.type === 'public' || h.type === 'bank')
      .map((h) => h.date.slice(0, 10))
      .filter((date) => !date.endsWith('-12-31'));

  it.each([2025, 2026, 2027, 2028, 2029, 2030])('agrees with date-holidays on the days off of %i', (year) => {
    expect(finnishDaysOff(year).map((d) => d.date)).toEqual([...new Set(oracleDaysOff(year))].sort());
  });

  it.each([2025, 2026, 2027, 2028, 2029, 2030])(
    'agrees with date-holidays on which days off are de facto in %i',
    (year) => {
      const bank = oracle
        .getHolidays(year)
        .filter((h) => h.type === 'bank' && !h.date.startsWith(`${year}-12-31`))
        .map((h) => h.date.slice(0, 10));
      expect(
        finnishDaysOff(year)
          .filter((d) => d.kind === 'de-facto')
          .map((d) => d.date),
      ).toEqual(bank);
    },
  );

  it('puts the moving days on their weekdays and in their ranges for two centuries', () => {
    for (let year = 1950; year <= 2150; year += 1) {
      const days = finnishDaysOff(year);
      const on = (name: DayOffName) => days.find((d) => d.name === name)?.date ?? '';
      expect([
        weekdayOf(on('good-friday')),
        weekdayOf(on('ascension-day')),
        weekdayOf(on('midsummer-eve')),
      ]).toEqual(['friday', 'thursday', 'friday']);
      expect(on('midsummer-eve') >= `${year}-06-19` && on('midsummer-eve') <= `${year}-06-25`).toBe(true);
      expect(on('all-saints-day') >= `${year}-10-31` && on('all-saints-day') <= `${year}-11-06`).toBe(true);
      expect(weekdayOf(on('all-saints-day'))).toBe('saturday');
      expect(on('easter-monday')).toBe(addDays(easterSunday(year), 1));
    }
  });
});

describe('isDayOff', () => {
  it.each<[string, string, boolean]>([
    ['Midsummer Eve (a Friday)', '2026-06-19', true],
    ['the Thursday before Midsummer Eve', '2026-06-18', false],
    ['Christmas Eve on a Thursday', '2026-12-24', true],
    ['New Year’s Eve', '2026-12-31', false],
    ['May Day Eve', '2026-04-30', false],
    ['an ordinary Saturday', '2026-03-07', false],
    ['Easter Monday', '2027-03-29', true],
    ['Ascension Day', '2027-05-06', true],
    ['All Saints’ Day on the first Saturday of November', '2025-11-01', true],
    ['Epiphany', '2030-01-06', true],
  ])('%s, %s: %s', (_, date, expected) => {
    expect(isDayOff(date)).toBe(expected);
  });

  it('names the day off it finds', () => {
    expect(dayOffOn('2026-04-03')).toEqual({
      date: '2026-04-03',
      name: 'good-friday',
      kind: 'public-holiday',
    });
    expect(dayOffOn('2026-04-02')).toBeUndefined();
  });
});

describe('daysOffBetween', () => {
  it('lists the days off across a year boundary, both ends included', () => {
    expect(daysOffBetween('2026-12-24', '2027-01-06').map((d) => d.date)).toEqual([
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2027-01-01',
      '2027-01-06',
    ]);
  });

  it('finds none in an ordinary week and none when the range is reversed', () => {
    expect(daysOffBetween('2026-03-02', '2026-03-08')).toEqual([]);
    expect(daysOffBetween('2026-12-31', '2026-12-01')).toEqual([]);
  });
});
