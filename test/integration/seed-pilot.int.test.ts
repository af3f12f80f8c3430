import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeFigures } from '../../src/app/compute-figures.js';
import { seedPilot } from '../../src/app/dev/seed-pilot.js';
import { listBottlenecks } from '../../src/app/list-bottlenecks.js';
import { loadConfig } from '../../src/config.js';
import { areasFor } from '../../src/domain/areas.js';
import { parsePeriod } from '../../src/domain/figures/period.js';
import type { StoresHarness } from '../contract/stores-harness.js';
import { memoryStores, storeKinds } from './support/store-kinds.js';
import { startTestBot } from './support/test-app.js';

const kinds = await storeKinds('pilot');
const AS_OF = new Date('2026-11-20T10:00:00Z');
const areas = areasFor('pohjois-savo');
const figuresOf = (h: StoresHarness, period: string) =>
  computeFigures({ stores: h.stores, areas }, parsePeriod(period)!, 'area');

describe('the synthetic pilot seed on both stores', () => {
  const harnesses: StoresHarness[] = [];
  beforeAll(async () => {
    for (const kind of kinds.filter((k) => !k.isUnavailable)) {
      const h = await kind.make();
      await seedPilot(h.stores, { asOf: AS_OF });
      harnesses.push(h);
    }
  }, 300_000);
  afterAll(async () => {
    for (const h of harnesses) await h.cleanup();
  });

  it.skipIf(kinds.some((k) => k.isUnavailable))(
    'gives the same figures on MongoDB as in memory',
    async () => {
      const [memory, mongo] = harnesses;
      for (const period of ['pilot', '2026-Q2', '2026-03'])
        expect(JSON.stringify(await figuresOf(mongo!, period))).toBe(
          JSON.stringify(await figuresOf(memory!, period)),
        );
    },
    120_000,
  );

  it.skipIf(kinds.some((k) => k.isUnavailable))(
    'lists the same bottleneck cases on MongoDB as in memory, by reference only',
    async () => {
      const [memory, mongo] = harnesses;
      const deps = (h: StoresHarness) => ({ stores: h.stores, clock: { now: () => AS_OF } });
      for (const [period, area] of [
        ['pilot', 'keski-savo'],
        ['2026-05', 'kuopio'],
        ['2026-Q1', 'yla-savo'],
      ] as const) {
        const fromMemory = await listBottlenecks(deps(memory!), parsePeriod(period)!, area);
        expect(fromMemory.length).toBeGreaterThan(0);
        expect(await listBottlenecks(deps(mongo!), parsePeriod(period)!, area)).toEqual(fromMemory);
      }
    },
    120_000,
  );

  it.skipIf(kinds.some((k) => k.isUnavailable))(
    'adds nothing on MongoDB when it runs again',
    async () => {
      const again = await seedPilot(harnesses[1]!.stores, { asOf: AS_OF });
      expect(again).toEqual({ cases: 0, referrals: 0, sessions: 0, teams: 0 });
    },
    120_000,
  );
});

describe('the dev command with DEV_SEED=1', () => {
  const start = async (env: Record<string, string>) => {
    const h = await memoryStores();
    return startTestBot({ DEV_SEED: '1', ...env }, { stores: h.stores });
  };

  it('seeds the pilot next to the demo team, whose Kuopio sessions it shares', async () => {
    const bot = await start({});
    try {
      const kuopio = await bot.app.deps.stores.teams.findByArea('kuopio');
      expect(kuopio?.id.startsWith('pilot-')).toBe(false);
      const report = await computeFigures(bot.app.deps, { kind: 'pilot' }, 'area');
      expect(report.tables.find((t) => t.id === 'flow')!.rows.at(-1)![0]).toBe(420);
      expect(bot.logger.lines.some((l) => l.includes('dev.pilot-seeded'))).toBe(true);
    } finally {
      await bot.stop();
    }
  });

  it('seeds no pilot with DEV_SEED_PILOT=false', async () => {
    const bot = await start({ DEV_SEED_PILOT: 'false' });
    try {
      const report = await computeFigures(bot.app.deps, { kind: 'pilot' }, 'area');
      expect(report.tables.find((t) => t.id === 'flow')!.rows.at(-1)![0]).toBe(0);
      expect(await bot.app.deps.stores.teams.findByArea('yla-savo')).toBeUndefined();
    } finally {
      await bot.stop();
    }
  });

  it('refuses DEV_SEED_PILOT in production and anything but a yes or no', () => {
    expect(() => loadConfig({ TYM_MODE: 'production', DEV_SEED_PILOT: 'false' })).toThrow(
      /DEV_SEED_PILOT: is for development only/,
    );
    expect(() => loadConfig({ DEV_SEED_PILOT: 'maybe' })).toThrow(/DEV_SEED_PILOT/);
    expect(loadConfig({ DEV_SEED: '1' }).isPilotSeeded).toBe(true);
    expect(loadConfig({ DEV_SEED: '0' }).isPilotSeeded).toBe(false);
  });
});
