import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryStores } from '../../src/adapters/memory/memory-stores.js';
import { composeApp, type App } from '../../src/compose.js';
import { loadConfig } from '../../src/config.js';
import { TENANT_ID } from './support/activities.js';
import { memoryLogger } from './support/test-app.js';

const PRODUCTION_ENV = {
  TYM_MODE: 'production',
  HOST: '0.0.0.0',
  MICROSOFT_APP_ID: 'c0ffee00-1234-4abc-8def-0123456789ab',
  MICROSOFT_APP_PASSWORD: 'synthetic-secret-for-tests',
  MICROSOFT_APP_TENANT_ID: TENANT_ID,
  MONGODB_URI: 'mongodb://127.0.0.1:1',
};

describe('POST /dev/outbox/run (send due reminders now)', () => {
  const apps: App[] = [];
  const start = async (env: Record<string, string>) => {
    const app = await composeApp(loadConfig(env), { logger: memoryLogger(), stores: createMemoryStores() });
    apps.push(app);
    return app;
  };
  afterAll(async () => {
    for (const a of apps) await a.close();
  });

  it('runs the sender in development, from loopback', async () => {
    const app = await start({ TYM_MODE: 'development' });
    const res = await request(app.http).post('/dev/outbox/run').expect(200);
    expect(res.body).toEqual({ sent: 0, retried: 0, failed: 0, waiting: 0 });
  });

  it('does not exist in production', async () => {
    const app = await start(PRODUCTION_ENV);
    const res = await request(app.http).post('/dev/outbox/run');
    expect(res.status).toBe(404);
  });

  it('refuses a development store snapshot in production', () => {
    expect(() =>
      loadConfig({ ...PRODUCTION_ENV, DEV_STORE_SNAPSHOT: '.cache/dev-store/store.json' }),
    ).toThrow(/DEV_STORE_SNAPSHOT: is for development only/);
  });
});
