import { describe, expect, it } from 'vitest';
import { nextSendAt } from '../../../src/domain/outbox/pacing.js';
import { retryDelayMs } from '../../../src/domain/outbox/retry-delay.js';

const burst = (n: number, from: number, stepMs: number) =>
  Array.from({ length: n }, (_, i) => from + i * stepMs);

describe('nextSendAt (Teams per-conversation limits)', () => {
  it.each([
    ['no previous send', [], 10_000, 10_000],
    ['6 in the last second', burst(6, 9_100, 100), 10_000, 10_000],
    ['7 in the last second', burst(7, 9_300, 100), 10_000, 10_300],
    ['8 in the last 2 s, spread out', burst(8, 8_200, 200), 10_000, 10_200],
    ['60 in the last 30 s', burst(60, 0, 480), 29_000, 30_000],
    ['sends older than every window', burst(60, 0, 10), 60_000, 60_000],
  ])('with %s', (_, previous, now, expected) => {
    expect(nextSendAt(previous, now)).toBe(expected);
  });
});

describe('retryDelayMs', () => {
  it.each([
    [1, undefined, 0, 5_000],
    [3, undefined, 0, 20_000],
    [1, 40_000, 0, 40_000],
    [20, undefined, 0, 900_000],
    [1, undefined, 0.5, 5_500],
  ])('attempt %i, Retry-After %s, jitter %s -> %i ms', (attempt, retryAfter, random, expected) => {
    expect(retryDelayMs(attempt, retryAfter, random)).toBe(expected);
  });
});
