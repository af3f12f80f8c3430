import { describe, expect, it } from 'vitest';
import { parseTextCommand } from '../../../src/bot/text-commands.js';
import { renderFiguresCard } from '../../../src/cards/figures.js';
import { parsePeriod, SPRING_PILOT_2026 } from '../../../src/domain/figures/period.js';
import { computeFiguresReport } from '../../../src/domain/figures/report.js';
import { loadConfig } from '../../../src/config.js';
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

  it('shows the month’s total of all groups (a month is not published by area: Ylä-Savo’s 2 is not shown) and links the CSV', () => {
    expect(report.groups).toEqual([]);
    expect(report.tables.find((t) => t.id === 'flow')!.rows).toEqual([[11, 0, 0, 0]]);
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

  const DEEP_LINK = 'https://teams.microsoft.com/l/entity/1b4f7c2e-0d7a-4c55-9a0e-3f1d2c4b5a69/dashboard';

  it.each([
    [fi, 'Avaa Seuranta-välilehti'],
    [en, 'Open the Follow-up tab'],
  ])('opens the dashboard tab from a button ($lang)', (t, label) => {
    const card = renderFiguresCard(t, report, may, undefined, DEEP_LINK);
    expectValidCard(card);
    expect(JSON.stringify(card)).toContain(
      JSON.stringify({ type: 'Action.OpenUrl', title: label, url: DEEP_LINK }).slice(1, -1),
    );
    expect(JSON.stringify(renderFiguresCard(t, report, may))).not.toContain(label);
  });

  it('deep-links to the static tab `dashboard` of the Teams app, or in development to the tab itself', () => {
    const appId = '1b4f7c2e-0d7a-4c55-9a0e-3f1d2c4b5a69';
    expect(loadConfig({ TEAMS_APP_ID: appId }).figures.dashboardUrl).toBe(DEEP_LINK);
    expect(loadConfig({}).figures.dashboardUrl).toBe('http://127.0.0.1:3978/tab/');
    expect(loadConfig({ PUBLIC_URL: 'https://tym.example.fi' }).figures.dashboardUrl).toBe(
      'https://tym.example.fi/tab/',
    );
    expect(() => loadConfig({ TEAMS_APP_ID: 'tym-consult' })).toThrow(/TEAMS_APP_ID/);
  });

  it.each(['luvut', 'Luvut', 'raportti', 'figures', 'report', 'seurantaluvut'])(
    'understands %j as the figures command',
    (text) => {
      expect(parseTextCommand(text)).toBe('figures');
    },
  );
});
