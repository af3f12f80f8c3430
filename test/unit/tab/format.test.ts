import { describe, expect, it } from 'vitest';
import { cellText, columnLabel, formatPercent, groupLabel, periodLabel } from '../../../src/tab/format.js';
import { messagesFor } from '../../../src/tab/i18n.js';

const fi = messagesFor('fi');
const en = messagesFor('en');

describe('the dashboard formats', () => {
  it.each([
    ['2026-05', 'fi', 'toukokuu 2026'],
    ['2026-05', 'en', 'May 2026'],
    ['2026-Q2', 'fi', 'Q2/2026'],
    ['2026-Q2', 'en', 'Q2 2026'],
    ['pilot', 'fi', 'Koko pilotti'],
    ['pilot', 'en', 'Whole pilot'],
  ] as const)('names the period %s in %s as %s', (id, lang, label) => {
    expect(periodLabel(id, lang, lang === 'fi' ? fi : en)).toBe(label);
  });

  it('shows small counts as "<5" and hidden ones as "–", each with words for screen readers', () => {
    expect(cellText(1234, 'fi', fi)).toEqual({ shown: '1\u00a0234' });
    expect(cellText('small', 'fi', fi)).toEqual({ shown: '<5', spoken: 'alle viisi' });
    expect(cellText('hidden', 'en', en)).toEqual({ shown: '–', spoken: 'hidden' });
  });

  it("writes shares in the language's way", () => {
    expect(formatPercent(40.5, 'fi')).toBe('41\u00a0%');
    expect(formatPercent(40.5, 'en')).toBe('41%');
  });

  it('labels groups and columns, falling back to the code for one it does not know', () => {
    expect(groupLabel('area', 'kuopio', [{ code: 'kuopio', name: 'Kuopio' }], fi)).toBe('Kuopio');
    expect(groupLabel('age-group', 'under-23', [], en)).toBe('under 23');
    expect(columnLabel('services', 'both', en)).toBe('Both');
    expect(columnLabel('services', 'a-new-column', en)).toBe('a-new-column');
  });
});
