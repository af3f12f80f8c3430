import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStores } from '../../../src/adapters/memory/memory-stores.js';
import { loadSnapshot, saveSnapshot } from '../../../src/adapters/memory/memory-snapshot.js';

const AT = new Date('2026-05-11T06:00:00Z');
const ANNA = { userId: '11111111-1111-4111-8111-111111111111', tenantId: 'tenant-a' };

describe('the development store snapshot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tym-snapshot-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('brings preferences, references, the outbox and dates back after a restart', async () => {
    const file = join(dir, 'dev-store', 'store.json');
    const before = createMemoryStores();
    await before.preferences.setLanguage({ ...ANNA, language: 'en', updatedAt: AT });
    await before.outbox.enqueue({
      id: 'n1',
      kind: 'case-returned',
      to: ANNA,
      dueAt: AT,
      data: { reference: 'TYM-1' },
    });
    await before.references.next('TYM-PS', 2026);
    saveSnapshot(before, file);

    const after = createMemoryStores();
    expect(loadSnapshot(after, file)).toBe(true);
    expect(await after.preferences.languageOf(ANNA)).toBe('en');
    expect(await after.outbox.entryOf('n1')).toMatchObject({ state: 'queued', nextAt: AT });
    expect(await after.references.next('TYM-PS', 2026)).toBe(2);
  });

  it('starts empty when there is no snapshot yet', () => {
    expect(loadSnapshot(createMemoryStores(), join(dir, 'none.json'))).toBe(false);
  });
});
