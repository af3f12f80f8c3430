import { createHmac } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStores, type MemoryStores } from '../../src/adapters/memory/memory-stores.js';
import { composeApp, type App } from '../../src/compose.js';
import { loadConfig } from '../../src/config.js';
import type { CaseRecord } from '../../src/domain/case/case-record.js';
import { DEV_USER_HEADER } from '../../src/http/auth/dev-user.js';
import { caseRecord } from '../fixtures/case-records.js';
import { OTHER_TENANT_ID, TENANT_ID } from './support/activities.js';
import { startLoopbackJwks, type LoopbackJwks } from './support/loopback-jwks.js';
import { memoryLogger } from './support/test-app.js';

/** The figures API in production: Teams SSO tokens from the tab, verified with jose against a loopback JWKS. */
const APP_ID = 'c0ffee00-1234-4abc-8def-0123456789ab';
const EVALUATOR = '22222222-2222-4222-8222-222222222222';
const WORKER = '33333333-3333-4333-8333-333333333333';
const ENDPOINTS = [
  '/api/figures/options?lang=fi',
  '/api/figures?period=2026-05&grouping=area',
  '/api/figures/report?period=2026-05&grouping=area',
  '/api/figures/trend?grouping=area',
  '/api/figures/bottlenecks?period=2026-05&area=kuopio',
  '/api/figures.csv?period=2026-05&grouping=area',
];
const PRODUCTION = {
  TYM_MODE: 'production',
  HOST: '0.0.0.0',
  MICROSOFT_APP_ID: APP_ID,
  MICROSOFT_APP_PASSWORD: 'synthetic-secret-for-tests',
  MICROSOFT_APP_TENANT_ID: TENANT_ID,
  MONGODB_URI: 'mongodb://127.0.0.1:1',
  PUBLIC_URL: 'https://tym.example.fi',
  TYM_REGION: 'pohjois-savo',
};
const b64 = (x: object) => Buffer.from(JSON.stringify(x)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

/** Claims of a valid v2.0 access token for the tab's API, as Entra issues it; `overrides` break one of them. */
const claims = (overrides: Record<string, unknown> = {}) => ({
  iss: `https://login.microsoftonline.com/${TENANT_ID}/v2.0`,
  aud: APP_ID,
  tid: TENANT_ID,
  oid: EVALUATOR,
  scp: 'access_as_user',
  ver: '2.0',
  iat: now() - 60,
  nbf: now() - 60,
  exp: now() + 3600,
  ...overrides,
});

describe('the figures API with Teams SSO (production)', () => {
  let jwks: LoopbackJwks;
  let app: App;
  let stores: MemoryStores;
  const get = (path: string, token?: string) => {
    const r = request(app.http).get(path);
    return token === undefined ? r : r.set('Authorization', `Bearer ${token}`);
  };
  const deniedDetails = () => stores.audit.entries.filter((e) => e.result === 'denied').map((e) => e.detail);

  beforeAll(async () => {
    jwks = await startLoopbackJwks();
    stores = createMemoryStores();
    const at = new Date('2026-05-12T08:00:00Z');
    for (let i = 0; i < 7; i++) {
      const c = caseRecord({ createdAt: at, updatedAt: at });
      await stores.cases.insert({
        ...c,
        details: { ...c.details, form: 'team' },
        events: [{ type: 'submitted', at, by: c.owner.userId }],
      } satisfies CaseRecord);
    }
    await stores.roles.setRoles({
      userId: EVALUATOR,
      tenantId: TENANT_ID,
      roles: ['evaluator'],
      updatedAt: at,
      updatedBy: 'test',
    });
    app = await composeApp(loadConfig({ ...PRODUCTION, TAB_SSO_JWKS_URL: jwks.url }), {
      stores,
      logger: memoryLogger(),
    });
  });
  afterAll(async () => {
    await app?.close();
    await jwks?.stop();
  });

  it.each(ENDPOINTS)(
    'answers %s to an evaluator with a valid token',
    async (path) => {
      const res = await get(path, await jwks.sign(claims())).expect(200);
      expect(res.headers['cache-control']).toBe('no-store');
    },
    120_000,
  );

  it('accepts a v1.0 token (STS issuer, app id URI audience) just as well', async () => {
    const v1 = claims({
      iss: `https://sts.windows.net/${TENANT_ID}/`,
      aud: `api://tym.example.fi/${APP_ID}`,
      ver: '1.0',
    });
    await get('/api/figures/options', await jwks.sign(v1)).expect(200);
  });

  it('refuses a request without a token with 401 and a Bearer challenge', async () => {
    const res = await get('/api/figures/options').expect(401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect(res.body).toEqual({ error: 'unauthenticated' });
  });

  it('ignores the development header in production', async () => {
    await request(app.http).get('/api/figures/options').set(DEV_USER_HEADER, 'evaluator').expect(401);
  });

  const refusals: [string, () => Promise<string>, string][] = [
    ['not a JWT', async () => 'not-a-jwt', 'malformed'],
    ['three empty parts', async () => 'a.b.c', 'malformed'],
    ['signed with another key', () => jwks.signWithOtherKey(claims()), 'bad-signature'],
    ['signed with a key id nobody published', () => jwks.sign(claims(), { kid: 'k2' }), 'bad-signature'],
    [
      'HS256 with the public client id as secret',
      async () => {
        const input = `${b64({ alg: 'HS256', typ: 'JWT', kid: 'k1' })}.${b64(claims())}`;
        return `${input}.${createHmac('sha256', APP_ID).update(input).digest('base64url')}`;
      },
      'bad-algorithm',
    ],
    [
      'alg none, unsigned',
      async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`,
      'bad-algorithm',
    ],
    ['for another audience', () => jwks.sign(claims({ aud: 'api://elsewhere.example/x' })), 'wrong-audience'],
    [
      'issued by another tenant',
      () => jwks.sign(claims({ iss: `https://login.microsoftonline.com/${OTHER_TENANT_ID}/v2.0` })),
      'wrong-issuer',
    ],
    [
      'of a tenant not allowed',
      () =>
        jwks.sign(
          claims({ tid: OTHER_TENANT_ID, iss: `https://login.microsoftonline.com/${OTHER_TENANT_ID}/v2.0` }),
        ),
      'wrong-tenant',
    ],
    [
      'expired',
      () => jwks.sign(claims({ iat: now() - 7200, nbf: now() - 7200, exp: now() - 600 })),
      'expired',
    ],
    ['not yet valid', () => jwks.sign(claims({ nbf: now() + 600 })), 'not-yet-valid'],
    ['without the access_as_user scope', () => jwks.sign(claims({ scp: 'User.Read' })), 'missing-scope'],
    ['without an object id', () => jwks.sign(claims({ oid: undefined })), 'no-user'],
    ['without an expiry', () => jwks.sign(claims({ exp: undefined })), 'malformed'],
  ];

  it.each(refusals)(
    'refuses a token %s with 401 on every endpoint, and audits why',
    async (_name, make, code) => {
      const token = await make();
      for (const path of ENDPOINTS) {
        const res = await get(path, token).expect(401);
        expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
        expect(res.headers['cache-control']).toBe('no-store');
      }
      expect(deniedDetails()).toContain(`unauthenticated:${code}`);
      expect(JSON.stringify(stores.audit.entries)).not.toContain(token);
    },
  );

  it('refuses a worker with a valid token (403) on every endpoint, audited with the user', async () => {
    const token = await jwks.sign(claims({ oid: WORKER }));
    for (const path of ENDPOINTS) await get(path, token).expect(403);
    const refused = stores.audit.entries.filter((e) => e.detail === 'role');
    expect(refused.map((e) => e.actor)).toContainEqual({ userId: WORKER, tenantId: TENANT_ID });
    expect(refused.map((e) => e.action)).toEqual(
      expect.arrayContaining(['figures.viewed', 'figures.report-printed', 'figures.exported']),
    );
  });

  it('audits what the evaluator did: exported, printed and viewed', async () => {
    const token = await jwks.sign(claims());
    await get('/api/figures/report?period=2026-04&grouping=area', token).expect(200);
    await get('/api/figures.csv?period=2026-04&grouping=area', token).expect(200);
    await get('/api/figures?period=2026-04&grouping=area', token).expect(200);
    const mine = stores.audit.entries.filter((e) => e.actor?.userId === EVALUATOR && e.subject === '2026-04');
    expect(mine.map((e) => [e.action, e.result])).toEqual([
      ['figures.report-printed', 'ok'],
      ['figures.exported', 'ok'],
      ['figures.viewed', 'ok'],
    ]);
  }, 120_000);

  it('answers 503 when the signing keys cannot be fetched, without trusting the token', async () => {
    const down = await composeApp(
      loadConfig({ ...PRODUCTION, TAB_SSO_JWKS_URL: 'http://127.0.0.1:9/keys' }),
      { stores, logger: memoryLogger() },
    );
    try {
      const res = await request(down.http)
        .get('/api/figures/options')
        .set('Authorization', `Bearer ${await jwks.sign(claims())}`)
        .expect(503);
      expect(res.body).toEqual({ error: 'service unavailable' });
    } finally {
      await down.close();
    }
  });
});

describe('Teams SSO settings', () => {
  it('accepts the client id and the app id URI of the public host, and the bot app by default', () => {
    expect(loadConfig(PRODUCTION).tabSso).toEqual({
      audiences: [APP_ID, `api://tym.example.fi/${APP_ID}`],
      allowedTenantIds: [TENANT_ID],
      jwksUrl: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
    });
  });

  it('takes its own client id and tenants when given', () => {
    const other = '0f0f0f0f-1111-4222-8333-444455556666';
    const sso = loadConfig({
      ...PRODUCTION,
      TAB_SSO_CLIENT_ID: other,
      TAB_SSO_ALLOWED_TENANTS: OTHER_TENANT_ID,
    }).tabSso;
    expect(sso?.audiences).toEqual([other, `api://tym.example.fi/${other}`]);
    expect(sso?.allowedTenantIds).toEqual([OTHER_TENANT_ID]);
  });

  it('refuses signing keys over plain http off loopback, and a client id that is not a GUID', () => {
    expect(() => loadConfig({ ...PRODUCTION, TAB_SSO_JWKS_URL: 'http://keys.example.fi/keys' })).toThrow(
      /TAB_SSO_JWKS_URL: must be https/,
    );
    expect(() => loadConfig({ TAB_SSO_CLIENT_ID: 'tym-tab' })).toThrow(/TAB_SSO_CLIENT_ID/);
  });

  it('gives the card no dashboard button in production without the Teams app id', () => {
    expect(loadConfig(PRODUCTION).figures.dashboardUrl).toBeUndefined();
  });

  it('has no SSO in development without an app id (the dev header only)', () => {
    expect(loadConfig({}).tabSso).toBeUndefined();
  });
});
