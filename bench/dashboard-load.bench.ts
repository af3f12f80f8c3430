/**
 * The dashboard tab's first load in Chromium: JavaScript transferred (bytes as served, and gzipped as a compressing
 * proxy would send them) before the headline numbers and in all, and the time from navigation to the headline
 * numbers on the page, cold (a fresh browser context each run: nothing cached). The real app serves it: memory store,
 * the synthetic pilot seeded, the development evaluator. Run: `npm run bench:dashboard [-- runs]` (default 5).
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../test/e2e/support/browser.js';
import { startDashboardApp } from '../test/e2e/support/dashboard-app.js';

const runs = Number(process.argv[2] ?? 5);

interface Script {
  readonly url: string;
  readonly bytes: number;
  readonly gzip: number;
  /** Requested before the headline numbers were on the page. */
  readonly isBeforeHeadline: boolean;
}

interface Run {
  readonly headlineMs: number;
  readonly figuresApiMs: number;
  readonly scripts: readonly Script[];
}

// runs in the page (via the DevTools protocol, so the page's CSP does not apply): when the headline appears
const WATCH_HEADLINE = `new MutationObserver((_, observer) => {
  if (document.querySelector('[data-testid="headline-brought"]')) {
    window.__headlineAt = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });`;

async function measure(browser: Browser, url: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH_HEADLINE);
  const pending: Promise<Omit<Script, 'isBeforeHeadline'> & { at: number }>[] = [];
  const start = Date.now();
  page.on('response', (res) => {
    if (!res.url().endsWith('.js')) return;
    const at = Date.now() - start;
    pending.push(
      res.body().then((body) => ({ url: res.url(), bytes: body.length, gzip: gzipSync(body).length, at })),
    );
  });
  await page.goto(url);
  await page.getByTestId('headline-brought').waitFor({ timeout: 60_000 });
  const headlineMs = Number(await page.evaluate('window.__headlineAt'));
  await page.locator('#trend-panel svg').first().waitFor({ timeout: 60_000 });
  const figuresApiMs = Number(
    await page.evaluate(
      `performance.getEntriesByType('resource').find((e) => e.name.includes('/api/figures?'))?.duration ?? NaN`,
    ),
  );
  const scripts = (await Promise.all(pending)).map(({ at, ...s }) => ({
    ...s,
    isBeforeHeadline: at <= headlineMs,
  }));
  await context.close();
  return { headlineMs, figuresApiMs, scripts };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const sum = (scripts: readonly Script[], key: 'bytes' | 'gzip') => scripts.reduce((a, s) => a + s[key], 0);

const dashboard = await startDashboardApp();
const browser = await launchBrowser();
try {
  const url = `${dashboard.baseUrl}/tab/?lang=fi`;
  await measure(browser, url); // warm the server (the figures of a frame are computed once per process)
  const results: Run[] = [];
  for (let i = 0; i < runs; i++) results.push(await measure(browser, url));
  const last = results.at(-1)!;
  const initial = last.scripts.filter((s) => s.isBeforeHeadline);
  console.log(
    `Dashboard first load, ${runs} cold runs (fresh browser context each), Chromium headless, loopback`,
  );
  console.log(
    `  JS before the headline: ${initial.length} files, ${kb(sum(initial, 'bytes'))} (${kb(sum(initial, 'gzip'))} gzip)`,
  );
  console.log(
    `  JS in all (chart included): ${last.scripts.length} files, ${kb(sum(last.scripts, 'bytes'))} (${kb(sum(last.scripts, 'gzip'))} gzip)`,
  );
  for (const s of last.scripts)
    console.log(
      `    ${new URL(s.url).pathname.padEnd(44)} ${kb(s.bytes).padStart(10)} ${kb(s.gzip).padStart(10)} gzip`,
    );
  const headline = results.map((r) => r.headlineMs);
  console.log(
    `  time to the headline numbers: median ${median(headline).toFixed(0)} ms (min ${Math.min(...headline).toFixed(0)}, max ${Math.max(...headline).toFixed(0)})`,
  );
  console.log(
    `    of which GET /api/figures: median ${median(results.map((r) => r.figuresApiMs)).toFixed(0)} ms`,
  );
} finally {
  await browser.close();
  await dashboard.stop();
}
