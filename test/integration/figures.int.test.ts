import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID, demoUser } from '../../src/app/dev/demo-users.js';
import type { CaseRecord } from '../../src/domain/case/case-record.js';
import type { Role } from '../../src/domain/roles/roles.js';
import { DEV_USER_HEADER } from '../../src/http/figures-route.js';
import { caseRecord } from '../fixtures/case-records.js';
import { cardActionActivity, messageActivity, TENANT_ID } from './support/activities.js';
import { storeKinds } from './support/store-kinds.js';
import { startTestBotOn, type StoreTestBot } from './support/test-app.js';

const kinds = await storeKinds('figures');
const MAY = new Date('2026-05-05T08:00:00Z');
const EVALUATOR = {
  id: '29:evaluator-1',
  aadObjectId: '22222222-2222-4222-8222-222222222222',
  name: 'Arvioija',
};
const WORKER = { id: '29:worker-9', aadObjectId: '33333333-3333-4333-8333-333333333333', name: 'Työntekijä' };

const submittedIn = (areaCode: string): CaseRecord => {
  const c = caseRecord({ createdAt: MAY, updatedAt: MAY });
  return {
    ...c,
    details: { ...c.details, areaCode },
    events: [{ type: 'submitted', at: MAY, by: c.owner.userId }],
  };
};

/** The CSV as rows of fields, BOM checked and stripped. */
function parseCsv(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return text
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((l) => l.split(';'));
}

describe.each(kinds)('figures on $name', (kind) => {
  let bot: StoreTestBot;
  const grant = (userId: string, tenantId: string, roles: Role[]) =>
    bot.app.deps.stores.roles.setRoles({ userId, tenantId, roles, updatedAt: MAY, updatedBy: 'test' });

  beforeAll(async () => {
    if (kind.isUnavailable) return;
    bot = await startTestBotOn(kind);
    const cases = [
      ...Array.from({ length: 12 }, () => submittedIn('kuopio')),
      submittedIn('yla-savo'),
      submittedIn('yla-savo'),
    ];
    for (const c of cases) await bot.app.deps.stores.cases.insert(c);
    await grant(demoUser('evaluator').objectId, DEMO_TENANT_ID, ['evaluator']);
    await grant(EVALUATOR.aadObjectId, TENANT_ID, ['evaluator']);
  });
  afterAll(() => bot?.stop());

  const csv = (query: string, user?: string) => {
    const r = request(bot.app.http).get(`/api/figures.csv${query}`);
    return user ? r.set(DEV_USER_HEADER, user) : r;
  };

  it.skipIf(kind.isUnavailable)('refuses a request without a user (401) and a worker (403)', async () => {
    await csv('?period=2026-05&grouping=area').expect(401);
    await csv('?period=2026-05&grouping=area', 'worker').expect(403);
  });

  it.skipIf(kind.isUnavailable)(
    'gives an evaluator parseable CSV with small counts suppressed, and audits it',
    async () => {
      const res = await csv('?period=2026-05&grouping=area', 'evaluator').expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      const rows = parseCsv(res.text);
      expect(rows[0]).toEqual(['period', 'grouping', 'figure', 'group', 'category', 'value']);
      const value = (group: string) =>
        rows.find((r) => r[2] === 'flow' && r[3] === group && r[4] === 'brought')?.[5];
      expect(value('yla-savo')).toBe('<5');
      // the total and Kuopio cannot both be shown, or 14 - 12 would give Ylä-Savo's 2
      expect([value('kuopio'), value('total')]).toContain('..');
      expect(rows.every((r) => r.length === 6)).toBe(true);
      const audit = await bot.readAudit();
      expect(
        audit.some((e) => e.action === 'figures.exported' && e.result === 'ok' && e.subject === '2026-05'),
      ).toBe(true);
    },
  );

  it
    .skipIf(kind.isUnavailable)
    .each([
      '?period=2026-13&grouping=area',
      '?period=2026-05-01&grouping=area',
      '?period=2026-05&grouping=postcode',
      '?period=2026-05',
      '?period=2026-05&grouping=area&area=kuopio',
      '?period=2026-05&period=2026-06&grouping=area',
    ])('refuses %s with 400: only fixed periods and groupings', async (query) => {
    await csv(query, 'evaluator').expect(400);
  });

  it.skipIf(kind.isUnavailable)(
    "shows an evaluator the month's figures on a card and refuses a worker",
    async () => {
      const card = await bot
        .post(
          cardActionActivity(
            'figures',
            { period: '2026-05', lang: 'fi' },
            { serviceUrl: bot.serviceUrl, from: EVALUATOR },
          ),
        )
        .expect(200);
      const json = JSON.stringify(card.body);
      expect(json).toContain('Seurantaluvut 5/2026');
      expect(json).toContain('"period":"2026-04"');
      bot.sink.clear();
      await bot.post(messageActivity('luvut', { serviceUrl: bot.serviceUrl, from: WORKER })).expect(200);
      expect(JSON.stringify(bot.sink.cards())).not.toContain('Seurantaluvut');
    },
  );
});
