import { describe, expect, it } from 'vitest';
import { createMemoryStores } from '../../../src/adapters/memory/memory-stores.js';
import { journalWrites } from '../../../src/bot/write-journal.js';
import { caseRecord } from '../../fixtures/case-records.js';

describe('journalWrites', () => {
  it('knows nothing was written after reads, counters and audit entries', async () => {
    const j = journalWrites(createMemoryStores());
    await j.stores.cases.get('x');
    await j.stores.references.next('KUO', 2026);
    await j.stores.audit.append({ id: 'a', at: new Date(0), action: 'case.viewed', result: 'ok' });
    expect(j.hasWritten()).toBe(false);
  });

  it('knows a case was written once an insert succeeded', async () => {
    const j = journalWrites(createMemoryStores());
    expect(await j.stores.cases.insert(caseRecord())).toBe(true);
    expect(j.hasWritten()).toBe(true);
  });

  it('does not count an insert the store refused (a taken reference)', async () => {
    const stores = createMemoryStores();
    const first = caseRecord();
    await stores.cases.insert(first);
    const j = journalWrites(stores);
    expect(await j.stores.cases.insert(caseRecord({ reference: first.reference }))).toBe(false);
    expect(j.hasWritten()).toBe(false);
  });
});
