import { afterEach, beforeEach } from 'vitest';
import type { AuditEntry } from '../../src/domain/audit/audit-entry.js';
import type { DirectReferral } from '../../src/domain/referral/direct-referral.js';
import type { Stores } from '../../src/ports/stores.js';

/** One adapter's stores under test, empty, plus read-back of the append-only ports (which have no reads). */
export interface StoresHarness {
  readonly stores: Stores;
  readAudit(): Promise<AuditEntry[]>;
  readReferrals(): Promise<DirectReferral[]>;
  cleanup(): Promise<void>;
}

export type MakeStores = () => Promise<StoresHarness>;

/** Fresh, empty stores for every test of the calling suite; the getter is valid inside tests. */
export function useFreshStores(make: MakeStores): () => StoresHarness {
  let current: StoresHarness | undefined;
  beforeEach(async () => {
    current = await make();
  });
  afterEach(async () => {
    await current?.cleanup();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('stores are only available inside a test');
    return current;
  };
}

export const byId = <T extends { id: string }>(xs: readonly T[]): T[] =>
  [...xs].sort((a, b) => a.id.localeCompare(b.id));
