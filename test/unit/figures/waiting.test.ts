import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { waitingOf } from '../../../src/domain/figures/waiting.js';

const nearestRank = (sorted: number[], p: number) =>
  sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1];

describe('waitingOf', () => {
  it.each([
    [[2, 4, 6, 8, 10, 12, 14, 16, 18, 20], { median: 10, p90: 18 }],
    [[5, 1, 4, 2, 3], { median: 3, p90: 5 }],
    [[7, 7, 7, 7, 7, 7], { median: 7, p90: 7 }],
    [[1, 2, 3, 4], 'small'],
    [[], 'small'],
  ])('gives %j the nearest-rank median and 90th percentile: %j', (days, expected) => {
    expect(waitingOf(Float64Array.from(days))).toEqual(expected);
  });

  it('selects what sorting would (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 5, maxLength: 300 }), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        expect(waitingOf(Float64Array.from(xs))).toEqual({
          median: nearestRank(sorted, 50),
          p90: nearestRank(sorted, 90),
        });
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
