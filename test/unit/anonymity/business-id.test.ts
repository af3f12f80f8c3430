import { describe, expect, it } from 'vitest';
import { detectBusinessIds, isBusinessIdValid } from '../../../src/domain/anonymity/business-id.js';

describe('business IDs (Y-tunnus)', () => {
  it.each([
    ['2077474-0', 'high'],
    ['0737546-2', 'high'],
    ['1572860-0', 'high'],
    ['2077474-1', 'low'],
    ['FI20774740', 'high'],
  ])('warns about %s (%s confidence) because a sole trader is a person', (id, confidence) => {
    const text = `Toiminimen Y-tunnus ${id}.`;
    const findings = detectBusinessIds(text);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual([id]);
    expect(findings[0]).toMatchObject({ kind: 'business-id', severity: 'warn', confidence });
  });

  it.each([
    ['without the dash', 'Y-tunnus: 20774740', '20774740'],
    ['with spaces round the dash', 'y-tunnus 2077474 - 0', '2077474 - 0'],
  ])('warns about a labelled business ID typed loosely: %s', (_case, text, id) => {
    expect(detectBusinessIds(text).map((f) => [text.slice(f.start, f.end), f.severity])).toEqual([
      [id, 'warn'],
    ]);
  });

  it.each([
    ['2077474-0', true],
    ['0737546-2', true],
    ['0737546-3', false],
    ['1234567-1', true],
    ['3141592-0', false], // remainder 1: never issued
  ])('checks the check digit of %s', (id, valid) => {
    expect(isBusinessIdValid(id)).toBe(valid);
  });

  it.each([
    ['a range of years', 'Vuosina 2015-2025 työttömänä.'],
    ['an identity code', 'Tunnus 131052-308T.'],
    ['a longer number', 'Asianumero 12345678-9.'],
  ])('ignores %s', (_case, text) => {
    expect(detectBusinessIds(text)).toEqual([]);
  });
});
