import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCaseFacts } from '../../../src/adapters/figures-facts-mappers.js';
import { loadSnapshot, saveSnapshot } from '../../../src/adapters/memory/memory-snapshot.js';
import { createMemoryStores, type MemoryStores } from '../../../src/adapters/memory/memory-stores.js';
import type { CaseRecord } from '../../../src/domain/case/case-record.js';
import { SPRING_PILOT_2026 } from '../../../src/domain/figures/period.js';
import { computeFrame } from '../../../src/domain/figures/report.js';
import { caseRecord, endedCase } from '../../fixtures/case-records.js';

/**
 * The memory store maps a case into the figures' columns as it is stored, and each read places those rows: whatever
 * the writes, a read must count exactly what mapping every stored case afresh counts.
 */
const RANGE = { start: new Date('2025-12-01'), end: new Date('2026-12-01') };
const OPTIONS = { pilot: SPRING_PILOT_2026, areaCodes: ['kuopio', 'yla-savo'], waitingThresholdDays: 30 };

async function counted(stores: MemoryStores): Promise<number[]> {
  const facts = await stores.figures.load(RANGE);
  return [...computeFrame(facts, { kind: 'pilot' }, OPTIONS).counts.values];
}

function countedAfresh(stores: MemoryStores): number[] {
  const cases = [...stores.cases.stored()].map(toCaseFacts);
  return [...computeFrame({ cases, referrals: [], sessions: [] }, { kind: 'pilot' }, OPTIONS).counts.values];
}

const inMonth = (month: number, areaCode: 'kuopio' | 'yla-savo' = 'kuopio') => {
  const createdAt = new Date(Date.UTC(2026, month - 1, 10, 8));
  const c = caseRecord({ createdAt });
  return { ...c, details: { ...c.details, areaCode, form: 'team' as const } };
};

const decided = (c: CaseRecord, at: Date): CaseRecord => ({
  ...c,
  status: 'closed',
  outcome: {
    decision: 'tym-client',
    servicesNeeded: 'both',
    kelaCooperation: false,
    followUps: [],
    recordedAt: at,
    recordedBy: c.owner.userId,
  },
  events: [...c.events, { type: 'closed', at, by: c.owner.userId }],
  updatedAt: at,
  version: c.version + 1,
});

describe('the memory store’s figures columns', () => {
  it('count what a fresh mapping counts after inserts, replaces, a replace twice between reads and deletions', async () => {
    const stores = createMemoryStores();
    const cases = [1, 2, 3, 4, 5, 6].map((m) => inMonth(m, m % 2 ? 'kuopio' : 'yla-savo'));
    for (const c of cases.slice(0, 4)) await stores.cases.insert(c);
    expect(await counted(stores)).toEqual(countedAfresh(stores));
    const first = await counted(stores);

    // replaced once, replaced twice before a read, and new ones after
    await stores.cases.replace(decided(cases[0]!, new Date('2026-02-01T09:00:00Z')), 1);
    const twice = decided(cases[1]!, new Date('2026-03-01T09:00:00Z'));
    await stores.cases.replace(twice, 1);
    await stores.cases.replace(
      { ...twice, details: { ...twice.details, areaCode: 'kuopio' }, version: 3 },
      2,
    );
    for (const c of cases.slice(4)) await stores.cases.insert(c);
    const later = await counted(stores);
    expect(later).toEqual(countedAfresh(stores));
    expect(later).not.toEqual(first);

    // retention: text purged (a write) and records deleted
    const ended = endedCase('closed', new Date('2026-04-01T09:00:00Z'));
    await stores.cases.insert({ ...ended, details: { ...ended.details, areaCode: 'yla-savo' } });
    expect(await counted(stores)).toEqual(countedAfresh(stores));
    expect(stores.cases.purgeText(new Date('2026-06-01T00:00:00Z'))).toBe(3); // the three closed by then
    expect(await counted(stores)).toEqual(countedAfresh(stores));
    expect(stores.cases.deleteRecords(new Date('2026-03-15T00:00:00Z'))).toBe(2);
    const afterDeletion = await counted(stores);
    expect(afterDeletion).toEqual(countedAfresh(stores));
    expect(afterDeletion).not.toEqual(later);
  });

  it('counts the cases of a restored snapshot, which it never saw stored, and does not save its columns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tym-figures-'));
    try {
      const before = createMemoryStores();
      for (const m of [1, 2, 3]) await before.cases.insert(inMonth(m));
      const expected = await counted(before);
      saveSnapshot(before, join(dir, 'store.json'));
      const after = createMemoryStores();
      expect(loadSnapshot(after, join(dir, 'store.json'))).toBe(true);
      expect(await counted(after)).toEqual(expected);
      expect(await counted(after)).toEqual(countedAfresh(after));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
