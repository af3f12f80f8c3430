import { beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStores, type MemoryStores } from '../../../src/adapters/memory/memory-stores.js';
import { DEMO_USERS } from '../../../src/app/dev/demo-users.js';
import { generatePilot } from '../../../src/app/dev/pilot-plan.js';
import { seedPilot } from '../../../src/app/dev/seed-pilot.js';
import type { CaseRecord } from '../../../src/domain/case/case-record.js';
import { AGE_GROUPS, ORGANISATIONS } from '../../../src/domain/case/vocabulary.js';
import { monthAt, formatPeriod } from '../../../src/domain/figures/period.js';
import { scanText } from '../../../src/domain/anonymity/scan-text.js';

const AFTER_PILOT = new Date('2026-11-20T10:00:00Z');

/** Every stored session, through the port. */
async function sessionsOf(stores: MemoryStores) {
  const teams = await stores.teams.list();
  return (await Promise.all(teams.map((t) => stores.sessions.listByTeam(t.id, new Date(0), 1000)))).flat();
}

async function seeded(asOf = AFTER_PILOT) {
  const stores = createMemoryStores();
  const summary = await seedPilot(stores, { asOf });
  return { stores, summary, cases: [...stores.cases.stored()] };
}

const count = <T>(items: readonly T[], key: (t: T) => string) =>
  items.reduce((m, t) => m.set(key(t), (m.get(key(t)) ?? 0) + 1), new Map<string, number>());
const has = (c: CaseRecord, type: string) => c.events.some((e) => e.type === type);

describe('the synthetic pilot seed', () => {
  let pilot: Awaited<ReturnType<typeof seeded>>;
  beforeAll(async () => {
    pilot = await seeded();
  });

  it('generates the same pilot from the same seed', () => {
    expect(JSON.stringify(generatePilot())).toBe(JSON.stringify(generatePilot()));
  });

  it('writes 420 cases over the six pilot months in the three Pohjois-Savo areas, with teams and referrals', async () => {
    const { summary, cases, stores } = pilot;
    expect(summary).toMatchObject({ cases: 420, referrals: 140, teams: 3 });
    expect(new Set(cases.map((c) => formatPeriod(monthAt(c.createdAt))))).toEqual(
      new Set(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']),
    );
    const areas = count(cases, (c) => c.details.areaCode);
    expect([...areas.keys()].sort()).toEqual(['keski-savo', 'kuopio', 'yla-savo']);
    for (const n of areas.values()) expect(n).toBeGreaterThan(80);
    expect(new Set(cases.map((c) => c.details.organisation))).toEqual(new Set(ORGANISATIONS));
    expect(new Set(cases.map((c) => c.details.ageGroup))).toEqual(new Set(AGE_GROUPS));
    expect((await stores.teams.list()).map((t) => t.areaCode).sort()).toEqual([
      'keski-savo',
      'kuopio',
      'yla-savo',
    ]);
  });

  it('plays every part of the flow: outcomes, returns, postponements, network consultations, waiting cases', async () => {
    const { cases, stores } = pilot;
    const decisions = count(
      cases.filter((c) => c.outcome),
      (c) => c.outcome!.decision,
    );
    expect(decisions.size).toBe(6);
    expect(cases.filter((c) => c.outcome).length).toBeGreaterThan(200);
    for (const type of ['returned', 'edited', 'postponed', 'withdrawn', 'network-consent', 'network-booked'])
      expect(
        cases.some((c) => has(c, type)),
        type,
      ).toBe(true);
    expect(cases.filter((c) => has(c, 'network-reviewed')).length).toBeGreaterThan(30);
    expect(cases.some((c) => c.status === 'returned')).toBe(true);
    // network cases still waiting: for a common time, or for the review with the client
    expect(
      cases.some((c) => has(c, 'network-consent') && !has(c, 'network-booked') && c.status === 'submitted'),
    ).toBe(true);
    expect(cases.some((c) => c.network?.review && !c.network.review.doneAt)).toBe(true);
    const sessions = await sessionsOf(stores);
    expect(sessions.some((s) => s.caseIds.length > s.capacity)).toBe(true);
  });

  it('leaves no team case queued, so the demo team never inherits the pilot on its agenda', async () => {
    const { cases } = pilot;
    expect(cases.filter((c) => c.details.form === 'team' && c.status === 'submitted')).toEqual([]);
  });

  it('keeps the pilot away from the playground users and writes neutral text only', async () => {
    const { cases } = pilot;
    const demoIds = new Set(DEMO_USERS.map((u) => u.objectId));
    expect(cases.filter((c) => demoIds.has(c.owner.userId))).toEqual([]);
    for (const text of new Set(cases.flatMap((c) => [c.text!.description, c.text!.question])))
      expect(
        scanText(text).filter((f) => f.severity === 'block'),
        text,
      ).toEqual([]);
  });

  it('gives each case a reference from its area sequence, so later submissions take the next number', async () => {
    const { stores, cases } = pilot;
    const kuopio = cases.filter((c) => c.details.areaCode === 'kuopio').map((c) => c.reference);
    expect(kuopio[0]).toBe('KUO-2026-0001');
    expect(new Set(kuopio).size).toBe(kuopio.length);
    expect(await stores.references.next('KUO', 2026)).toBe(kuopio.length + 1);
  });

  it('stores the pilot as it stood at the seed time: nothing after it has happened', async () => {
    const asOf = new Date('2026-04-15T12:00:00Z');
    const { cases, stores } = await seeded(asOf);
    expect(cases.length).toBeGreaterThan(150);
    expect(cases.length).toBeLessThan(300);
    expect(cases.flatMap((c) => c.events).every((e) => e.at <= asOf)).toBe(true);
    expect(cases.some((c) => c.status === 'scheduled' && c.slot!.start > asOf)).toBe(true);
    expect((await stores.figures.load({ start: asOf, end: new Date('2026-12-01') })).referrals).toEqual([]);
  });

  it('adds nothing when it runs again on the same store (a restart on the snapshot)', async () => {
    const { stores } = await seeded();
    const state = async () =>
      JSON.stringify([[...stores.cases.stored()], stores.referrals.referrals, await sessionsOf(stores)]);
    const before = await state();
    expect(await seedPilot(stores, { asOf: AFTER_PILOT })).toEqual({
      cases: 0,
      referrals: 0,
      sessions: 0,
      teams: 0,
    });
    expect(await state()).toBe(before);
  });
});
