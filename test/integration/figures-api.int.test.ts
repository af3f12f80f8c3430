import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStores, type MemoryStores } from '../../src/adapters/memory/memory-stores.js';
import { computeFigures } from '../../src/app/compute-figures.js';
import { DEMO_TENANT_ID, demoUser, type DemoUser } from '../../src/app/dev/demo-users.js';
import { seedPilot } from '../../src/app/dev/seed-pilot.js';
import { composeApp, type App } from '../../src/compose.js';
import { loadConfig } from '../../src/config.js';
import type { Role } from '../../src/domain/roles/roles.js';
import { DEV_USER_HEADER } from '../../src/http/auth/dev-user.js';
import { reportJson } from '../../src/http/figures-json.js';
import { memoryLogger } from './support/test-app.js';

/** The dashboard's JSON API in development (the playground user by header, from loopback) over the seeded pilot. */
const NOW = new Date('2026-11-20T10:00:00Z');
const clock = { at: NOW, now: () => clock.at };
const ENDPOINTS = [
  '/api/figures/options?lang=fi',
  '/api/figures?period=pilot&grouping=area',
  '/api/figures/report?period=2026-Q2&grouping=organisation',
  '/api/figures/trend?grouping=age-group',
  '/api/figures/bottlenecks?period=pilot&area=kuopio',
  '/api/figures.csv?period=2026-05&grouping=area',
];

describe('the figures JSON API', () => {
  let app: App;
  let stores: MemoryStores;
  const get = (path: string, user?: DemoUser['key']) => {
    const r = request(app.http).get(path);
    return user ? r.set(DEV_USER_HEADER, user) : r;
  };
  const audit = (action: string) => stores.audit.entries.filter((e) => e.action === action);

  beforeAll(async () => {
    stores = createMemoryStores();
    await seedPilot(stores, { asOf: NOW });
    app = await composeApp(loadConfig({ TYM_MODE: 'development', TYM_REGION: 'pohjois-savo' }), {
      stores,
      clock,
      logger: memoryLogger(),
    });
    const grant = (key: DemoUser['key'], roles: Role[]) =>
      stores.roles.setRoles({
        userId: demoUser(key).objectId,
        tenantId: DEMO_TENANT_ID,
        roles,
        updatedAt: NOW,
        updatedBy: 'test',
      });
    await grant('evaluator', ['evaluator']);
    await grant('convenor', ['convenor']);
    await grant('kela', ['admin']);
  });
  afterAll(() => app?.close());

  it('offers the pilot frame newest first, this month, the groupings, the areas and the roles', async () => {
    const res = await get('/api/figures/options?lang=en', 'evaluator').expect(200);
    expect(res.body).toEqual({
      current: '2026-11',
      periods: [
        { id: 'pilot', kind: 'pilot' },
        { id: '2026-Q2', kind: 'quarter' },
        { id: '2026-06', kind: 'month' },
        { id: '2026-05', kind: 'month' },
        { id: '2026-04', kind: 'month' },
        { id: '2026-Q1', kind: 'quarter' },
        { id: '2026-03', kind: 'month' },
        { id: '2026-02', kind: 'month' },
        { id: '2026-01', kind: 'month' },
      ],
      groupings: ['area', 'organisation', 'age-group'],
      areas: [
        { code: 'kuopio', name: 'Kuopio' },
        { code: 'yla-savo', name: 'Ylä-Savo' },
        { code: 'keski-savo', name: 'Keski-Savo' },
      ],
      roles: expect.arrayContaining(['evaluator']),
    });
  });

  it('gives the report the domain computes, with the period as its id', async () => {
    const res = await get('/api/figures?period=pilot&grouping=area', 'evaluator').expect(200);
    const expected = reportJson(await computeFigures(app.deps, { kind: 'pilot' }, 'area'));
    expect(res.body).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(res.body.period).toBe('pilot');
    const flow = res.body.tables.find((t: { id: string }) => t.id === 'flow');
    expect(flow.rows.at(-1)[0]).toBe(420);
  }, 120_000);

  it('gives the printable report the same JSON and audits every print', async () => {
    const path = '/api/figures/report?period=2026-Q2&grouping=organisation';
    const printed = await get(path, 'convenor').expect(200);
    const viewed = await get('/api/figures?period=2026-Q2&grouping=organisation', 'convenor').expect(200);
    expect(printed.body).toEqual(viewed.body);
    await get(path, 'convenor').expect(200);
    const prints = audit('figures.report-printed').filter((e) => e.result === 'ok');
    expect(prints).toHaveLength(2);
    expect(prints[0]).toMatchObject({ subject: '2026-Q2', detail: 'organisation' });
    expect(prints[0]!.actor?.userId).toBe(demoUser('convenor').objectId);
  }, 120_000);

  it('gives the trend as one report per pilot month, oldest first', async () => {
    const res = await get('/api/figures/trend?grouping=area', 'evaluator').expect(200);
    const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
    expect(res.body.months).toEqual(months);
    expect(res.body.reports.map((r: { period: string }) => r.period)).toEqual(months);
    const may = reportJson(await computeFigures(app.deps, { kind: 'month', year: 2026, month: 5 }, 'area'));
    expect(res.body.reports[4]).toEqual(JSON.parse(JSON.stringify(may)));
  }, 120_000);

  it('lists the bottleneck cases of an area by reference, reason and days, nothing more', async () => {
    const reasons = new Set<string>();
    for (const [area, prefix] of [
      ['kuopio', 'KUO'],
      ['yla-savo', 'YLS'],
      ['keski-savo', 'KES'],
    ] as const) {
      const res = await get(`/api/figures/bottlenecks?period=pilot&area=${area}`, 'evaluator').expect(200);
      expect(Object.keys(res.body)).toEqual(['cases']);
      for (const c of res.body.cases) {
        expect(Object.keys(c).sort()).toEqual(['days', 'reason', 'reference']);
        expect(c.reference).toMatch(new RegExp(`^${prefix}-2026-\\d{4}$`));
        expect(Number.isInteger(c.days) && c.days >= 0).toBe(true);
        reasons.add(c.reason);
      }
      const days = res.body.cases.map((c: { days: number }) => c.days);
      expect(days).toEqual([...days].sort((a, b) => b - a));
    }
    expect([...reasons].sort()).toEqual(['returned', 'review-overdue', 'waiting-over-threshold']);
  });

  it('audits viewing once per user, period and view per hour', async () => {
    const viewsOf = (subject: string) =>
      audit('figures.viewed').filter((e) => e.result === 'ok' && e.subject === subject);
    await get('/api/figures?period=2026-03&grouping=area', 'evaluator').expect(200);
    await get('/api/figures?period=2026-03&grouping=organisation', 'evaluator').expect(200);
    await get('/api/figures/bottlenecks?period=2026-03&area=kuopio', 'evaluator').expect(200);
    await get('/api/figures?period=2026-03&grouping=area', 'kela').expect(200);
    expect(viewsOf('2026-03').map((e) => [e.actor?.userId, e.detail])).toEqual([
      [demoUser('evaluator').objectId, 'area'],
      [demoUser('evaluator').objectId, 'bottlenecks:kuopio'],
      [demoUser('kela').objectId, 'area'],
    ]);
    clock.at = new Date(NOW.getTime() + 61 * 60_000);
    await get('/api/figures?period=2026-03&grouping=age-group', 'evaluator').expect(200);
    clock.at = NOW;
    expect(viewsOf('2026-03')).toHaveLength(4);
  }, 120_000);

  it.each(ENDPOINTS)(
    'refuses %s to a worker (403) and to nobody (401, Bearer), and audits it',
    async (path) => {
      const anonymous = await get(path).expect(401);
      expect(anonymous.headers['www-authenticate']).toBe('Bearer');
      expect(anonymous.headers['cache-control']).toBe('no-store');
      const worker = await get(path, 'worker').expect(403);
      expect(worker.headers['cache-control']).toBe('no-store');
      expect(worker.body).toEqual({ error: 'forbidden' });
      const denied = stores.audit.entries.filter((e) => e.result === 'denied');
      expect(denied.some((e) => e.detail === 'role' && e.actor?.userId === demoUser('worker').objectId)).toBe(
        true,
      );
      expect(denied.some((e) => e.detail === 'unauthenticated:no-token')).toBe(true);
    },
  );

  it.each(ENDPOINTS)(
    'answers %s to an evaluator, never cached and without case text',
    async (path) => {
      const res = await get(path, 'evaluator').expect(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.text).not.toMatch(/Synteettinen|pilottitapaus/);
    },
    120_000,
  );

  it('answers a convenor and an admin too', async () => {
    for (const user of ['convenor', 'kela'] as const) {
      await get('/api/figures/options', user).expect(200);
      await get('/api/figures/bottlenecks?period=2026-05&area=yla-savo', user).expect(200);
      await get('/api/figures?period=2026-05&grouping=age-group', user).expect(200);
    }
  }, 120_000);

  it.each([
    '/api/figures/options?lang=sv',
    '/api/figures/options?lang=fi&period=pilot',
    '/api/figures?period=2026-13&grouping=area',
    '/api/figures?period=2026-05-01&grouping=area',
    '/api/figures?period=pilot&grouping=postcode',
    '/api/figures?period=pilot',
    '/api/figures?period=pilot&grouping=area&area=kuopio',
    '/api/figures?period=pilot&period=2026-05&grouping=area',
    '/api/figures/report?period=last-week&grouping=area',
    '/api/figures/trend',
    '/api/figures/trend?grouping=area&period=pilot',
    '/api/figures/bottlenecks?period=pilot',
    '/api/figures/bottlenecks?period=pilot&area=pori',
    '/api/figures/bottlenecks?period=pilot&area=kuopio&area=yla-savo',
    '/api/figures/bottlenecks?period=pilot&area[$ne]=x',
    '/api/figures/bottlenecks?period=pilot&area=kuopio&grouping=area',
  ])('refuses %s with 400: fixed periods, groupings and areas only', async (path) => {
    const res = await get(path, 'evaluator').expect(400);
    expect(res.body).toEqual({ error: 'bad-query' });
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
