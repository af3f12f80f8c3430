import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/app/compute-figures.js';
import { parsePeriod } from '../../src/domain/figures/period.js';
import type { FiguresReport, Grouping, Published } from '../../src/domain/figures/report.js';
import { launchBrowser } from './support/browser.js';
import { startDashboardApp, type DashboardApp } from './support/dashboard-app.js';
import { countPdfPages, runAxe } from './support/dashboard-page.js';

/**
 * The dashboard tab in Chromium against the real app (memory store, the synthetic pilot seeded), as the
 * development evaluator: its numbers are the domain's, its exports parse and print, and axe finds nothing serious.
 */
const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
/** axe-core's own source, to evaluate in the page. */
const AXE = axe.source;

let dashboard: DashboardApp;
let browser: Browser;
/** Console errors of every page, e.g. a Content-Security-Policy refusal of the bundle. */
const consoleErrors: string[] = [];

beforeAll(async () => {
  dashboard = await startDashboardApp();
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await dashboard?.stop();
});

async function open(query: string, viewport = { width: 1366, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ locale: 'fi-FI', viewport, acceptDownloads: true });
  await context.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === '127.0.0.1' ? route.continue() : route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => void (m.type() === 'error' && consoleErrors.push(m.text())));
  page.on('pageerror', (e) => void consoleErrors.push(e.message));
  await page.goto(`${dashboard.baseUrl}/tab/${query}`);
  return page;
}

const figures = (period: string, grouping: Grouping = 'area') =>
  computeFigures(dashboard.app.deps, parsePeriod(period)!, grouping);

function totalOf(r: FiguresReport, table: string, column: string): Published | undefined {
  const t = r.tables.find((x) => x.id === table);
  return t?.rows.at(-1)?.[t.columns.indexOf(column)];
}

/** What the page shows for a published cell (the words after "<5" / "–" are for screen readers). */
const shown = (v: Published | undefined) => (typeof v === 'number' ? String(v) : v === 'small' ? '<5' : '–');
const textOf = async (page: Page, testId: string) =>
  (await page.getByTestId(testId).innerText()).replace(/\s/g, '');

async function expectHeadline(page: Page, r: FiguresReport) {
  const expected = {
    'headline-brought': shown(totalOf(r, 'flow', 'brought')),
    'headline-network-held': shown(totalOf(r, 'flow', 'network-held')),
    'headline-decided': shown(totalOf(r, 'outcomes', 'total')),
    'headline-via-team': shown(totalOf(r, 'referral-route', 'via-team')),
    'headline-direct': shown(totalOf(r, 'referral-route', 'direct')),
  };
  for (const [testId, value] of Object.entries(expected))
    expect(await textOf(page, testId)).toMatch(new RegExp(`^${value}`));
  const wait = r.waiting.discussed.at(-1);
  const median =
    wait === undefined || wait === 'small'
      ? '<5'
      : new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 1 }).format(wait.median);
  expect(await textOf(page, 'headline-median-wait')).toMatch(new RegExp(`^${median.replace(/\s/g, '')}`));
}

describe('the dashboard tab in Chromium', () => {
  it('shows the headline numbers the domain computes for the current period', async () => {
    const page = await open('?lang=fi');
    await page.getByTestId('headline-brought').waitFor();
    const period = await page.getByTestId('period-picker').inputValue();
    await expectHeadline(page, await figures(period));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Seurantaluvut');
    await page.context().close();
  });

  it('switches the period and the area of the bottleneck list', async () => {
    const page = await open('?lang=fi');
    await page.getByTestId('headline-brought').waitFor();
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/figures?period=pilot&grouping=area')),
      page.getByTestId('period-picker').selectOption('pilot'),
    ]);
    await page
      .getByRole('heading', { name: /Koko pilotti/ })
      .first()
      .waitFor();
    await expectHeadline(page, await figures('pilot'));
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/figures/bottlenecks?period=pilot&area=yla-savo')),
      page.getByTestId('area-picker').selectOption('yla-savo'),
    ]);
    const list = page.getByRole('region', { name: 'Pullonkaulat: Ylä-Savo' });
    const references = await list.getByRole('rowheader').allInnerTexts();
    expect(references.length).toBeGreaterThan(0);
    expect(references.every((r) => /^YLS-\d{4}-\d{4}$/.test(r))).toBe(true);
    // a month: all groups together only, and the page says why
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/figures?period=2026-05&grouping=area')),
      page.getByTestId('period-picker').selectOption('2026-05'),
    ]);
    await page.getByRole('heading', { name: 'Luvut ryhmittäin: kaikki ryhmät yhteensä' }).waitFor();
    await page
      .getByText('Kuukauden luvut julkaistaan vain kaikista ryhmistä yhteensä', { exact: false })
      .waitFor();
    const flow = page.getByRole('region', { name: 'Tapaukset' });
    expect(await flow.getByRole('rowheader').allInnerTexts()).toEqual(['Yhteensä']);
    await expectHeadline(page, await figures('2026-05'));
    await page.context().close();
  });

  it('downloads the CSV of the chosen period and it parses', async () => {
    const page = await open('?lang=fi&period=2026-Q2&grouping=area');
    await page.getByTestId('headline-brought').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lataa CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tym-figures-2026-Q2-area.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = text
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(';'));
    expect(rows[0]).toEqual(['period', 'grouping', 'figure', 'group', 'category', 'value']);
    expect(rows.slice(1).every((r) => r.length === 6 && r[0] === '2026-Q2')).toBe(true);
    const brought = rows.find((r) => r[2] === 'flow' && r[3] === 'total' && r[4] === 'brought')?.[5];
    expect(brought).toBe(String(totalOf(await figures('2026-Q2'), 'flow', 'brought')));
    await page.context().close();
  });

  it.each([
    ['2026-Q2', 'area', 4],
    ['pilot', 'organisation', 6],
  ] as const)(
    'prints the %s report by %s on one A4 page per section (%i)',
    async (period, grouping, pages) => {
      const query = `?lang=fi&view=report&period=${period}&grouping=${grouping}`;
      const page = await open(query, { width: 794, height: 1123 });
      await page.getByTestId('headline-brought').waitFor();
      await expectHeadline(page, await figures(period, grouping));
      const sections = await page.locator('[data-report-section]').count();
      expect(sections).toBe(pages);
      expect(countPdfPages(await page.pdf({ format: 'A4' }))).toBe(sections);
      if (grouping === 'area') {
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: join(SCREENSHOTS, 'report.png'), fullPage: true });
      }
      await page.context().close();
    },
  );

  it.each([
    ['light', ''],
    ['dark', '&theme=dark'],
    ['contrast', '&theme=contrast'],
  ])('has no serious or critical axe violations in the %s theme', async (theme, query) => {
    const page = await open(`?lang=fi${query}`);
    await page.getByTestId('headline-brought').waitFor();
    await page.locator('#trend-panel svg').first().waitFor();
    const violations = await runAxe(page, AXE);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `dashboard-${theme}.png`) });
    if (theme === 'light') {
      await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-light-full.png'), fullPage: true });
      await page.getByRole('tab', { name: 'Taulukko' }).click();
      await page.locator('#trend-panel table').waitFor();
      expect(
        (await runAxe(page, AXE)).filter((v) => v.impact === 'serious' || v.impact === 'critical'),
      ).toEqual([]);
    }
    await page.context().close();
  });

  it('reaches the choices and the exports by keyboard first', async () => {
    const page = await open('?lang=fi');
    await page.getByTestId('headline-brought').waitFor();
    const focused: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      focused.push(
        await page.evaluate('document.activeElement.tagName + ":" + document.activeElement.textContent'),
      );
    }
    expect(focused[0]).toMatch(/^SELECT:/);
    expect(focused[1]).toMatch(/^SELECT:/);
    expect(focused[2]).toBe('BUTTON:Lataa CSV');
    expect(focused[3]).toBe('A:Tulostettava raportti');
    await page.context().close();
  });

  it('speaks English with ?lang=en', async () => {
    const page = await open('?lang=en');
    await page.getByTestId('headline-brought').waitFor();
    await page.getByRole('button', { name: 'Download CSV' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await page.context().close();
  });

  it.each([
    ['worker', 'forbidden', /ei ole oikeutta/],
    ['nobody', 'unauthenticated', /Kirjautuminen ei onnistunut/],
  ])('tells a %s why there are no figures instead of a blank page', async (as, failure, message) => {
    const page = await open(`?lang=fi&as=${as}`);
    const bar = page.getByTestId(`failure-${failure}`);
    await bar.waitFor();
    expect(await bar.innerText()).toMatch(message);
    await page.context().close();
  });

  it('is served with its own CSP, framable by Teams only, its hashed assets cached for good', async () => {
    const html = await fetch(`${dashboard.baseUrl}/tab/`);
    const csp = html.headers.get('content-security-policy') ?? '';
    const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(directive('connect-src')).toBe("connect-src 'self'");
    expect(directive('frame-ancestors')).toContain('teams.microsoft.com');
    expect(html.headers.get('x-content-type-options')).toBe('nosniff');
    expect(html.headers.get('cache-control')).toBe('no-cache');
    const script = /src="(\/tab\/assets\/[^"]+\.js)"/.exec(await html.text())?.[1];
    const asset = await fetch(`${dashboard.baseUrl}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('loaded the bundle under its Content-Security-Policy without a console error', () => {
    // the two refusals above log their 401/403 responses; anything else (a CSP refusal, an exception) is a bug
    expect(consoleErrors.filter((e) => !/status of 40[13]/.test(e))).toEqual([]);
  });
});
