import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID, demoUser } from '../../src/app/dev/demo-users.js';
import { seedDemo } from '../../src/app/dev/seed-demo.js';
import { loadConfig } from '../../src/config.js';
import { messageActivity } from './support/activities.js';
import { memoryStores } from './support/store-kinds.js';
import { startTestBot, type TestBot } from './support/test-app.js';

/** The dev command's demo seed (DEV_SEED=1): roles and a consultation team for the playground's users. */
describe('the demo seed of the dev command', () => {
  let bot: TestBot;
  let readAudit: () => Promise<unknown[]>;
  const demo = (key: 'worker' | 'convenor' | 'evaluator') => {
    const u = demoUser(key);
    return { id: `29:dev-${key}`, aadObjectId: u.objectId, name: `${u.givenName} ${u.surname}` };
  };
  const say = async (text: string, key: 'worker' | 'convenor' | 'evaluator') => {
    bot.sink.clear();
    const activity = messageActivity(text, {
      serviceUrl: bot.serviceUrl,
      from: demo(key),
      tenantId: DEMO_TENANT_ID,
    });
    await bot.post(activity).expect(200);
    return JSON.stringify(bot.sink.cards());
  };

  beforeAll(async () => {
    const h = await memoryStores();
    readAudit = h.readAudit;
    bot = await startTestBot({ DEV_SEED: '1', TYM_REGION: 'pohjois-savo' }, { stores: h.stores });
  });
  afterAll(() => bot?.stop());

  it("gives the region's first area a weekly team of the playground's users, convened by Demo Koollekutsuja", async () => {
    const team = await bot.app.deps.stores.teams.findByArea('kuopio');
    expect(team?.convenor.userId).toBe(demoUser('convenor').objectId);
    expect(team?.rhythm).toMatchObject({ weekday: 'tuesday', startTime: '09:00', durationMinutes: 90 });
    expect(team?.minutesPerCase).toBe(15);
    expect(team?.members.map((m) => m.ref)).toContain(demoUser('worker').objectId);
    expect(await say('tiimit', 'convenor')).toMatch(/Kuopio/i);
  });

  it('makes the convenor a convenor and the evaluator an evaluator, and the worker nothing more', async () => {
    const rolesOf = (key: 'worker' | 'convenor' | 'evaluator') =>
      bot.app.deps.stores.roles.rolesOf({ userId: demoUser(key).objectId, tenantId: DEMO_TENANT_ID });
    expect(await rolesOf('convenor')).toEqual(['convenor']);
    expect(await rolesOf('evaluator')).toEqual(['evaluator']);
    expect(await rolesOf('worker')).toEqual([]);
    expect(await say('apua', 'worker')).not.toContain('"verb":"teams"');
  });

  it('adds nothing when it runs again on the same store (a restart on the snapshot)', async () => {
    const state = async () =>
      JSON.stringify([await bot.app.deps.stores.teams.list(), (await readAudit()).length]);
    const before = await state();
    expect(await seedDemo(bot.app.deps)).toEqual({ areaCode: 'kuopio', isTeamCreated: false });
    expect(await state()).toBe(before);
  });

  it('is refused in production', () => {
    expect(() => loadConfig({ TYM_MODE: 'production', DEV_SEED: '1' })).toThrow(
      /DEV_SEED: is for development only/,
    );
  });
});
