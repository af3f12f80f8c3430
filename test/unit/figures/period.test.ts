import { describe, expect, it } from 'vitest';
import {
  formatPeriod,
  frameOf,
  monthAt,
  parsePeriod,
  periodRange,
  shiftPeriod,
  SPRING_PILOT_2026,
} from '../../../src/domain/figures/period.js';

const iso = (p: string) => {
  const r = periodRange(parsePeriod(p)!, SPRING_PILOT_2026);
  return [r.start.toISOString(), r.end.toISOString()];
};

describe('periods', () => {
  it.each([
    // winter time UTC+2, summer time UTC+3; DST starts 2026-03-29
    ['2026-01', '2025-12-31T22:00:00.000Z', '2026-01-31T22:00:00.000Z'],
    ['2026-03', '2026-02-28T22:00:00.000Z', '2026-03-31T21:00:00.000Z'],
    ['2026-10', '2026-09-30T21:00:00.000Z', '2026-10-31T22:00:00.000Z'],
    ['2026-Q2', '2026-03-31T21:00:00.000Z', '2026-06-30T21:00:00.000Z'],
    ['pilot', '2025-12-31T22:00:00.000Z', '2026-06-30T21:00:00.000Z'],
  ])('%s runs from local midnight in Helsinki: %s … %s', (p, start, end) => {
    expect(iso(p)).toEqual([start, end]);
  });

  it.each(['2026-13', '2026-00', '2026-Q5', '2026-05-01', 'last-week', '', '1999-01'])(
    'refuses %j: only fixed periods',
    (s) => {
      expect(parsePeriod(s)).toBeUndefined();
    },
  );

  it('takes the month of an instant in Helsinki (UTC evening of 31 May is June)', () => {
    expect(formatPeriod(monthAt(new Date('2026-05-31T21:30:00Z')))).toBe('2026-06');
  });

  it.each([
    ['2026-01', -1, '2025-12'],
    ['2026-12', 1, '2027-01'],
    ['2026-Q1', -1, '2025-Q4'],
    ['2026-Q4', 1, '2027-Q1'],
  ] as const)('shifts %s by %d to %s', (p, by, next) => {
    expect(formatPeriod(shiftPeriod(parsePeriod(p)!, by)!)).toBe(next);
  });

  it('publishes a pilot month together with all pilot months, its quarters and the pilot', () => {
    expect(frameOf(parsePeriod('2026-05')!, SPRING_PILOT_2026).map(formatPeriod)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-Q1',
      '2026-Q2',
      'pilot',
    ]);
  });

  it('publishes a month outside the pilot together with its quarter', () => {
    expect(frameOf(parsePeriod('2026-08')!, SPRING_PILOT_2026).map(formatPeriod)).toEqual([
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-Q3',
    ]);
  });

  it('puts a quarter that only touches the pilot into the pilot frame, so no month is published in two frames', () => {
    const pilot = { first: { year: 2026, month: 2 }, last: { year: 2026, month: 7 } };
    const frames = ['2026-01', '2026-Q1', '2026-05', 'pilot', '2026-09', '2026-Q3'].map((p) =>
      frameOf(parsePeriod(p)!, pilot).map(formatPeriod).join(' '),
    );
    const whole =
      '2026-01 2026-02 2026-03 2026-04 2026-05 2026-06 2026-07 2026-08 2026-09 2026-Q1 2026-Q2 2026-Q3 pilot';
    expect(new Set(frames)).toEqual(new Set([whole]));
    expect(frameOf(parsePeriod('2026-10')!, pilot).map(formatPeriod)).toEqual([
      '2026-10',
      '2026-11',
      '2026-12',
      '2026-Q4',
    ]);
  });
});
