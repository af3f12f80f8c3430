import type { AuditLog } from './audit-log.js';
import type { BottleneckSource } from './bottleneck-source.js';
import type { CalendarProvider } from './calendar-provider.js';
import type { CaseRepository } from './case-repository.js';
import type { DedupeStore } from './dedupe-store.js';
import type { FiguresSource } from './figures-source.js';
import type { LeaseStore } from './lease-store.js';
import type { PreferenceStore } from './preference-store.js';
import type { ConversationReferenceStore } from './conversation-reference-store.js';
import type { OutboxStore } from './outbox-store.js';
import type { ReferenceSequence } from './reference-sequence.js';
import type { ReferralRepository } from './referral-repository.js';
import type { RetentionStore } from './retention-store.js';
import type { RoleStore } from './role-store.js';
import type { SessionRepository } from './session-repository.js';
import type { StoreHealth } from './store-health.js';
import type { TeamRepository } from './team-repository.js';

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
  readonly roles: RoleStore;
  readonly teams: TeamRepository;
  readonly sessions: SessionRepository;
  /** Coded facts for the evaluators' figures (no case text). */
  readonly figures: FiguresSource;
  /** The cases behind the bottleneck figures, by reference (no case text). */
  readonly bottlenecks: BottleneckSource;
  /** The local calendar (events kept in this store); a Graph calendar replaces it in AppDeps when configured. */
  readonly calendar: CalendarProvider;
  /** Where to reach each user proactively (their personal chat). */
  readonly conversationReferences: ConversationReferenceStore;
  /** Reminders and notices waiting to be sent. */
  readonly outbox: OutboxStore;
  readonly health: StoreHealth;
  /** Releases connections; the embedded store has none. */
  close(): Promise<void>;
}
