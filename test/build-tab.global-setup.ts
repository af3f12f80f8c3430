import { ensureTabBuilt } from '../scripts/dev/ensure-tab.js';

/**
 * Builds the dashboard tab once before the suites that serve it (the dev command's test, the browser test), so they
 * do not each build it at the same time on a fresh clone. Free when dist/tab is up to date.
 */
export default async function setup(): Promise<void> {
  await ensureTabBuilt();
}
