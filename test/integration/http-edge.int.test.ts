import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStores } from '../../src/adapters/memory/memory-stores.js';
import { composeApp, type App } from '../../src/compose.js';
import { loadConfig } from '../../src/config.js';
import type { StoreHealth } from '../../src/ports/store-health.js';
import { messageActivity, TENANT_ID } from './support/activities.js';
import { memoryLogger, startTestBot, type TestBot } from './support/test-app.js';

const PRODUCTION_ENV = {
  TYM_MODE: 'production',
  HOST: '0.0.0.0',
  MICROSOFT_APP_ID: 'c0ffee00-1234-4abc-8def-0123456789ab',
  MICROSOFT_APP_PASSWORD: 'synthetic-secret-for-tests',
  MICROSOFT_APP_TENANT_ID: TENANT_ID,
  MONGODB_URI: 'mongodb://127.0.0.1:1',
};

describe('production mode', () => {
  let app: App;
  beforeAll(async () => {
    // The stores are replaced: these tests are about the HTTP edge, not the database.
    app = await composeApp(loadConfig(PRODUCTION_ENV), {
      logger: memoryLogger(),
      stores: createMemoryStores(),
    });
  });

  it('answers 401 with a generic body to a request without a token', async () => {
    const res = await request(app.http)
      .post('/api/messages')
      .send(messageActivity('apua', { serviceUrl: 'https://smba.trafficmanager.net/emea/' }));
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'unauthorized' });
  });

  it('answers 401 to a request whose bearer token is not a Bot Framework JWT', async () => {
    const res = await request(app.http)
      .post('/api/messages')
      .set('Authorization', 'Bearer not-a-jwt')
      .send(messageActivity('apua', { serviceUrl: 'https://smba.trafficmanager.net/emea/' }));
    expect(res.status).toBe(401);
    expect(JSON.stringify(res.body)).not.toMatch(/stack|Error:|token/i);
  });
});

describe('HTTP edge', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ BODY_LIMIT_BYTES: '4096' });
  });
  afterAll(() => bot.stop());

  it('refuses a body over the limit with 413 and a generic body', async () => {
    const res = await bot.post(messageActivity('x'.repeat(5000), { serviceUrl: bot.serviceUrl }));
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ error: 'payload too large' });
    expect(bot.sink.sent).toHaveLength(0);
  });

  it.each([
    ['malformed JSON', '{"type":', 'application/json'],
    ['an object without an activity type', JSON.stringify({ hello: 'world' }), 'application/json'],
    [
      'an activity with a non-URL serviceUrl',
      JSON.stringify({
        type: 'message',
        channelId: 'msteams',
        serviceUrl: 'javascript:x',
        from: { id: 'a' },
        recipient: { id: 'b' },
        conversation: { id: 'c' },
      }),
      'application/json',
    ],
  ])('refuses %s with 400 and a generic body', async (_name, body, type) => {
    const res = await request(bot.app.http).post('/api/messages').set('content-type', type).send(body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'bad request' });
  });

  it('answers liveness and readiness', async () => {
    await request(bot.app.http).get('/healthz').expect(200, { status: 'ok' });
    await request(bot.app.http)
      .get('/readyz')
      .expect(200, { status: 'ready', store: 'memory', guard: bot.app.guardMode });
  });

  it.each(['/', '/privacy', '/terms', '/tab/'])(
    'serves the page %s that the Teams manifest points at, framable by Teams',
    async (path) => {
      const res = await request(bot.app.http).get(path).expect(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['content-security-policy']).toContain('frame-ancestors');
      expect(res.headers['content-security-policy']).toContain('teams.microsoft.com');
    },
  );

  it('answers unknown paths with a generic 404', async () => {
    await request(bot.app.http).get('/admin').expect(404, { error: 'not found' });
  });
});

describe('readiness', () => {
  it('fails /readyz with 503 when the store does not answer', async () => {
    const down: StoreHealth = { kind: 'memory', ping: () => Promise.reject(new Error('down')) };
    const app = await composeApp(loadConfig({}), { logger: memoryLogger(), storeHealth: down });
    await request(app.http)
      .get('/readyz')
      .expect(503, { status: 'unavailable', store: 'memory', guard: app.guardMode });
  });

  it.each([
    ['lists', 'lists'],
    ['voikko', 'voikko'],
  ] as const)(
    'with ANONYMITY_MORPHOLOGY=%s reports the %s guard in /readyz and the start log',
    async (env, mode) => {
      const logger = memoryLogger();
      const app = await composeApp(loadConfig({ ANONYMITY_MORPHOLOGY: env }), { logger });
      try {
        await request(app.http).get('/readyz').expect(200, { status: 'ready', store: 'memory', guard: mode });
        const lines = logger.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
        expect(lines).toContainEqual(expect.objectContaining({ event: 'anonymity.guard', mode }));
      } finally {
        await app.close();
      }
    },
  );
});
