import type { AuditLog } from './audit-log.js';
import type { CaseRepository } from './case-repository.js';
import type { DedupeStore } from './dedupe-store.js';
import type { LeaseStore } from './lease-store.js';
import type { PreferenceStore } from './preference-store.js';
import type { ReferenceSequence } from './reference-sequence.js';
import type { ReferralRepository } from './referral-repository.js';
import type { RetentionStore } from './retention-store.js';
import type { StoreHealth } from './store-health.js';

/** Every repository the use cases need, from one store (memory or MongoDB). */
export interface Stores {
  readonly cases: CaseRepository;
  readonly references: ReferenceSequence;
  readonly dedupe: DedupeStore;
  readonly referrals: ReferralRepository;
  readonly audit: AuditLog;
  readonly retention: RetentionStore;
  readonly leases: LeaseStore;
  readonly preferences: PreferenceStore;
  readonly health: StoreHealth;
  /** Releases connections; the embedded store has none. */
  close(): Promise<void>;
}
