import { describe, expect, it } from 'vitest';
import { formatReference, helsinkiYear } from '../../../src/domain/case/reference.js';

describe('formatReference', () => {
  it.each([
    ['KUO', 2026, 42, 'KUO-2026-0042'],
    ['POR', 2027, 1, 'POR-2027-0001'],
    ['YLS', 2026, 12345, 'YLS-2026-12345'],
  ])('formats %s/%i/%i as %s', (prefix, year, seq, expected) => {
    expect(formatReference(prefix, year, seq)).toBe(expected);
  });
});

describe('helsinkiYear', () => {
  it.each([
    ['2026-12-31T21:59:59Z', 2026], // 23:59:59 in Helsinki (EET, UTC+2)
    ['2026-12-31T22:00:00Z', 2027], // midnight in Helsinki
    ['2026-03-29T01:30:00Z', 2026], // DST starts
    ['2026-10-25T00:30:00Z', 2026], // DST ends
  ])('puts %s in the Helsinki year %i', (iso, year) => {
    expect(helsinkiYear(new Date(iso))).toBe(year);
  });
});
