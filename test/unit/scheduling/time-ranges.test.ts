import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampRanges,
  containsRange,
  intersectAll,
  intersectRanges,
  mergeRanges,
  subtractRanges,
  totalDuration,
  type TimeRange,
} from '../../../src/domain/scheduling/time-ranges.js';

/** Ranges written as `'1-3 5-8'`; `''` is no ranges. */
const r = (text: string): TimeRange[] =>
  text
    .split(' ')
    .filter(Boolean)
    .map((pair) => {
      const [start = 0, end = 0] = pair.split('-').map(Number);
      return { start, end };
    });
const text = (ranges: readonly TimeRange[]): string => ranges.map((x) => `${x.start}-${x.end}`).join(' ');

describe('mergeRanges', () => {
  it.each([
    ['returns nothing for nothing', '', ''],
    ['keeps a single range', '1-3', '1-3'],
    ['drops empty and inverted ranges', '2-2 5-4 1-3', '1-3'],
    ['joins overlapping ranges', '1-4 3-6', '1-6'],
    ['joins touching ranges (the end is exclusive)', '1-3 3-5', '1-5'],
    ['swallows a nested range', '1-10 2-3', '1-10'],
    ['sorts unsorted input', '7-8 1-2 4-5', '1-2 4-5 7-8'],
    ['keeps ranges with a gap apart', '1-2 3-4', '1-2 3-4'],
    ['joins a chain of overlaps', '5-7 1-3 2-6', '1-7'],
  ])('%s', (_, input, expected) => {
    expect(text(mergeRanges(r(input)))).toBe(expected);
  });
});

describe('subtractRanges', () => {
  it.each([
    ['leaves everything when nothing is removed', '1-5', '', '1-5'],
    ['removes nothing from nothing', '', '1-5', ''],
    ['cuts a hole in the middle', '0-10', '3-5', '0-3 5-10'],
    ['removes a range that is covered', '3-5', '0-10', ''],
    ['removes a range cut exactly', '3-5', '3-5', ''],
    ['keeps the range whole when the cuts only touch it', '3-5', '0-3 5-8', '3-5'],
    ['trims both ends', '2-8', '0-3 7-9', '3-7'],
    ['applies overlapping cuts once', '0-10', '2-5 4-6', '0-2 6-10'],
    ['lets one cut span several ranges', '0-2 3-5 6-9', '1-7', '0-1 7-9'],
    ['handles unsorted inputs', '6-9 0-4', '7-8 1-2', '0-1 2-4 6-7 8-9'],
  ])('%s', (_, from, remove, expected) => {
    expect(text(subtractRanges(r(from), r(remove)))).toBe(expected);
  });
});

describe('intersectRanges', () => {
  it.each([
    ['has nothing in common with nothing', '1-5', '', ''],
    ['finds nothing between disjoint ranges', '1-2', '3-4', ''],
    ['finds nothing between touching ranges', '1-3', '3-5', ''],
    ['returns the overlap', '1-5', '3-8', '3-5'],
    ['returns a nested range', '0-10', '2-3', '2-3'],
    ['returns every crossing piece', '0-4 6-10', '2-8', '2-4 6-8'],
    ['merges its inputs first', '0-3 2-6', '1-2 2-5', '1-5'],
  ])('%s, whichever side comes first', (_, a, b, expected) => {
    expect(text(intersectRanges(r(a), r(b)))).toBe(expected);
    expect(text(intersectRanges(r(b), r(a)))).toBe(expected);
  });

  it.each([
    ['finds what every list has in common', ['0-10', '2-8', '1-3 7-9'], '2-3 7-8'],
    ['has no time for no lists', [], ''],
    ['merges a single list', ['1-3 2-4'], '1-4'],
  ])('intersectAll %s', (_, lists, expected) => {
    expect(text(intersectAll(lists.map(r)))).toBe(expected);
  });
});

describe('clampRanges, totalDuration, containsRange', () => {
  it('cuts ranges to a window and drops those outside it', () => {
    expect(text(clampRanges(r('0-3 4-6 8-12 20-30'), { start: 2, end: 10 }))).toBe('2-3 4-6 8-10');
  });

  it.each([
    ['counts nothing as zero', '', 0],
    ['counts overlapping time once', '0-10 5-15', 15],
    ['adds separate ranges', '0-1 2-4', 3],
  ])('totalDuration %s', (_, input, expected) => {
    expect(totalDuration(r(input))).toBe(expected);
  });

  it.each([
    ['the same range', '0-10', true],
    ['a range sticking out', '5-11', false],
  ])('says whether a range lies wholly inside another: %s', (_, inner, expected) => {
    const [range = { start: 0, end: 0 }] = r(inner);
    expect(containsRange({ start: 0, end: 10 }, range)).toBe(expected);
  });
});

describe('range algebra', () => {
  const arbitraryRanges = fc.array(
    fc
      .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 40 }))
      .map(([start, length]) => ({ start, end: start + length })),
    { maxLength: 12 },
  );

  it('splits a set into the part inside another set and the part outside it', () => {
    fc.assert(
      fc.property(arbitraryRanges, arbitraryRanges, (a, b) => {
        const inside = intersectRanges(a, b);
        const outside = subtractRanges(a, b);
        expect(totalDuration(inside) + totalDuration(outside)).toBe(totalDuration(a));
        expect(intersectRanges(inside, outside)).toEqual([]);
        expect(mergeRanges([...inside, ...outside])).toEqual(mergeRanges(a));
      }),
    );
  });
});
