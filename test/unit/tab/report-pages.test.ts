import { describe, expect, it } from 'vitest';
import { TABLE_IDS } from '../../../src/domain/figures/tables.js';
import { reportPages } from '../../../src/tab/report-pages.js';

describe('the printed report', () => {
  it.each([3, 4, 5, 14])(
    'prints every table exactly once, with the headline first, for %i groups',
    (groups) => {
      const items = reportPages(groups).flatMap((p) => p.items);
      expect(items[0]).toBe('headline');
      expect([...items].sort()).toEqual([...TABLE_IDS, 'headline', 'waiting'].sort());
    },
  );

  it('gives more groups more pages: three tables a page fit only a few rows each', () => {
    expect(reportPages(3)).toHaveLength(4);
    expect(reportPages(5)).toHaveLength(6);
  });
});
