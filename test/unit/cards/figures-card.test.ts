import { describe, expect, it } from 'vitest';
import { parseTextCommand } from '../../../src/bot/text-commands.js';
import { renderFiguresCard } from '../../../src/cards/figures.js';
import { parsePeriod, SPRING_PILOT_2026 } from '../../../src/domain/figures/period.js';
import { computeFiguresReport } from '../../../src/domain/figures/report.js';
import { en } from '../../../src/i18n/en.js';
import { fi } from '../../../src/i18n/fi.js';
import { caseFacts, times } from '../../fixtures/figures-facts.js';
import { expectValidCard } from './card-check.js';

const may = parsePeriod('2026-05')!;
const report = computeFiguresReport(
  {
    cases: [...times(9, () => caseFacts()), ...times(2, () => caseFacts({ areaCode: 'yla-savo' }))],
    referrals: [],
    sessions: [],
  },
  may,
  'area',
  { pilot: SPRING_PILOT_2026, areaCodes: ['kuopio', 'yla-savo'], waitingThresholdDays: 30 },
);

describe('figures card', () => {
  it.each([fi, en])('is a bound, valid Adaptive Card 1.5 in $lang', (t) => {
    expectValidCard(renderFiguresCard(t, report, may, 'http://127.0.0.1:3978/api/figures.csv'));
  });

  it('shows the published total (Kuopio 9 is hidden instead, so Ylä-Savo 2 stays hidden) and links the CSV', () => {
    const kuopio = report.tables.find((t) => t.id === 'flow')!.rows[0]![0];
    expect(kuopio).toBe('hidden');
    const json = JSON.stringify(renderFiguresCard(fi, report, may, 'http://127.0.0.1:3978/api/figures.csv'));
    expect(json).toContain('"title":"Tuotu konsultaatiotiimiin","value":"11"');
    expect(json).toContain('/api/figures.csv?period=2026-05&grouping=area');
  });

  it('offers no next month beyond the current one, and no CSV button without a public URL', () => {
    const json = JSON.stringify(renderFiguresCard(en, report, may));
    expect(json).not.toContain('Next month');
    expect(json).not.toContain('Download CSV');
    expect(json).toContain('"period":"2026-04"');
  });

  it.each(['luvut', 'Luvut', 'raportti', 'figures', 'report', 'seurantaluvut'])(
    'understands %j as the figures command',
    (text) => {
      expect(parseTextCommand(text)).toBe('figures');
    },
  );
});
