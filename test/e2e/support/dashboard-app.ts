import type { Server } from 'node:http';
import { composeApp, type App } from '../../../src/compose.js';
import { loadConfig } from '../../../src/config.js';
import type { Logger } from '../../../src/ports/logger.js';
import { ensureTabBuilt } from '../../../scripts/dev/ensure-tab.js';
import { freePort } from './browser.js';

/** The moment the app lives in: the spring pilot's last month, so every pilot month has happened. */
export const DASHBOARD_NOW = new Date('2026-06-22T09:00:00Z');

const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

export interface DashboardApp {
  readonly app: App;
  readonly baseUrl: string;
  stop(): Promise<void>;
}

/**
 * The real app (development mode, memory store, Pohjois-Savo's three areas, where the pilot runs, a fixed clock)
 * seeded as the dev command seeds it, listening on an ephemeral loopback port, with dist/tab built if stale.
 */
export async function startDashboardApp(): Promise<DashboardApp> {
  await ensureTabBuilt();
  const port = await freePort();
  // DEV_SEED=1 as in the dev command: the demo users' roles and the synthetic pilot (src/app/dev/seed-pilot.ts)
  const config = loadConfig({
    TYM_MODE: 'development',
    TYM_REGION: 'pohjois-savo',
    DEV_SEED: '1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
  });
  const app = await composeApp(config, { clock: { now: () => DASHBOARD_NOW }, logger: quiet });
  const server = await new Promise<Server>((resolve) => {
    const s = app.http.listen(port, '127.0.0.1', () => resolve(s));
  });
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await app.close();
    },
  };
}
