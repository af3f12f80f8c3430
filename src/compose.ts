import type { Express } from 'express';
import { createJsonLogger } from './adapters/log/json-logger.js';
import { memoryStoreHealth } from './adapters/memory/memory-store-health.js';
import { createBotAdapter } from './adapters/teams/create-adapter.js';
import { TymBot } from './bot/tym-bot.js';
import type { Config } from './config.js';
import { createServer } from './http/server.js';
import type { Logger } from './ports/logger.js';
import type { StoreHealth } from './ports/store-health.js';

export interface App {
  readonly http: Express;
  readonly storeHealth: StoreHealth;
  readonly logger: Logger;
  /** Stops background work and closes the store. */
  close(): Promise<void>;
}

export interface ComposeOverrides {
  readonly logger?: Logger;
  /** Replaces the store's health check (tests of /readyz). */
  readonly storeHealth?: StoreHealth;
}

/** Composition root shared by main.ts and the integration tests: config -> adapters -> use cases -> bot -> http. */
export async function composeApp(config: Config, overrides: ComposeOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createJsonLogger(config.logLevel);
  const storeHealth = overrides.storeHealth ?? memoryStoreHealth;
  const adapter = createBotAdapter(config, logger, (tenantId) =>
    logger.warn('auth.tenant-rejected', { tenantId: tenantId || '(none)' }),
  );
  const bot = new TymBot({ logger });
  const http = createServer({
    bot: { process: (req, res) => adapter.process(req, res as never, (context) => bot.run(context)) },
    storeHealth,
    logger,
    bodyLimitBytes: config.bodyLimitBytes,
  });
  return { http, storeHealth, logger, close: async () => {} };
}
