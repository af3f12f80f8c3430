import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import type { AppDeps } from './app/app-deps.js';
import { recordAudit } from './app/audit.js';
import { startPurgeJob } from './app/purge-job.js';
import { createStores } from './adapters/create-stores.js';
import { createJsonLogger } from './adapters/log/json-logger.js';
import { createBotAdapter } from './adapters/teams/create-adapter.js';
import { TymBot } from './bot/tym-bot.js';
import type { Config } from './config.js';
import { areasFor } from './domain/areas.js';
import { createServer } from './http/server.js';
import type { Clock, IdGenerator } from './ports/clock.js';
import type { Logger } from './ports/logger.js';
import type { StoreHealth } from './ports/store-health.js';
import type { Stores } from './ports/stores.js';

export interface App {
  readonly http: Express;
  readonly storeHealth: StoreHealth;
  readonly logger: Logger;
  readonly deps: AppDeps;
  /** Stops background work and closes the store. */
  close(): Promise<void>;
}

export interface ComposeOverrides {
  readonly logger?: Logger;
  /** Replaces the store's health check (tests of /readyz). */
  readonly storeHealth?: StoreHealth;
  /** Replaces the stores chosen from config (tests). */
  readonly stores?: Stores;
  readonly clock?: Clock;
}

const systemClock: Clock = { now: () => new Date() };
const uuids: IdGenerator = { newId: () => randomUUID() };

/** Composition root shared by main.ts and the integration tests: config -> adapters -> use cases -> bot -> http. */
export async function composeApp(config: Config, overrides: ComposeOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createJsonLogger(config.logLevel);
  const stores = overrides.stores ?? (await createStores(config, logger));
  const storeHealth = overrides.storeHealth ?? stores.health;
  const deps: AppDeps = {
    stores,
    clock: overrides.clock ?? systemClock,
    ids: uuids,
    areas: areasFor(config.region),
    logger,
  };
  const adapter = createBotAdapter(config, logger, (tenantId) => {
    logger.warn('auth.tenant-rejected', { tenantId: tenantId || '(none)' });
    void recordAudit(deps, {
      action: 'auth.failed',
      result: 'denied',
      subject: tenantId || '(none)',
      detail: 'tenant-not-allowed',
    });
  });
  const bot = new TymBot({ logger, app: deps });
  const http = createServer({
    bot: { process: (req, res) => adapter.process(req, res as never, (context) => bot.run(context)) },
    storeHealth,
    logger,
    bodyLimitBytes: config.bodyLimitBytes,
  });
  const purgeJob = startPurgeJob(
    deps,
    { holder: randomUUID(), policy: config.retention },
    config.retention.purgeIntervalMinutes * 60_000,
    logger,
  );
  const close = async () => {
    await purgeJob.stop();
    await stores.close();
  };
  return { http, storeHealth, logger, deps, close };
}
