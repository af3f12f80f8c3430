import type { Page } from 'playwright-core';

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * Runs axe-core on the page. The source is evaluated through the DevTools protocol, which the page's CSP does not
 * govern (a script tag would be refused, as it should be). One known false positive is dropped, and only it:
 * `aria-hidden-focus` on Fluent's tabster focus sentinels (`data-tabster-dummy`), which hand focus on at once and
 * are hidden so that screen readers do not announce them (microsoft/tabster#288; Accessibility Insights suppresses
 * the same, microsoft/accessibility-insights-web#7605).
 */
export async function runAxe(page: Page, axeSource: string): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations
      .map((v) => ({
        ...v,
        nodes: v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && n.html.includes('data-tabster-dummy'))),
      }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      })),
  )`);
}

/** Pages of a PDF as Chromium writes it: one `/Type /Page` object each (the tree's root is `/Type /Pages`). */
export function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
