import type { Stores } from '../../ports/stores.js';
import { MemoryAuditLog } from './memory-audit-log.js';
import { MemoryBottleneckSource } from './memory-bottleneck-source.js';
import { MemoryCaseRepository } from './memory-case-repository.js';
import { MemoryDedupeStore } from './memory-dedupe-store.js';
import { MemoryFiguresSource } from './memory-figures-source.js';
import { MemoryEventRecords } from './memory-event-records.js';
import { LocalCalendarProvider } from '../local-calendar/local-calendar-provider.js';
import { MemoryLeaseStore } from './memory-lease-store.js';
import { MemoryPreferenceStore } from './memory-preference-store.js';
import { MemoryConversationReferenceStore } from './memory-conversation-reference-store.js';
import { MemoryOutboxStore } from './memory-outbox-store.js';
import { MemoryReferenceSequence } from './memory-reference-sequence.js';
import { MemoryReferralRepository } from './memory-referral-repository.js';
import { MemoryRetentionStore } from './memory-retention-store.js';
import { MemoryRoleStore } from './memory-role-store.js';
import { MemorySessionRepository } from './memory-session-repository.js';
import { MemoryTeamRepository } from './memory-team-repository.js';
import { memoryStoreHealth } from './memory-store-health.js';

/** The memory stores, with the concrete classes visible so that tests can read what was written. */
export interface MemoryStores extends Stores {
  readonly cases: MemoryCaseRepository;
  readonly referrals: MemoryReferralRepository;
  readonly audit: MemoryAuditLog;
}

/** The embedded default: everything in process memory, lost on restart. */
export function createMemoryStores(): MemoryStores {
  const cases = new MemoryCaseRepository();
  const dedupe = new MemoryDedupeStore();
  const referrals = new MemoryReferralRepository();
  const sessions = new MemorySessionRepository();
  return {
    cases,
    references: new MemoryReferenceSequence(),
    dedupe,
    referrals,
    audit: new MemoryAuditLog(),
    retention: new MemoryRetentionStore(cases, dedupe),
    leases: new MemoryLeaseStore(),
    preferences: new MemoryPreferenceStore(),
    roles: new MemoryRoleStore(),
    teams: new MemoryTeamRepository(),
    sessions,
    figures: new MemoryFiguresSource(cases, referrals, sessions),
    bottlenecks: new MemoryBottleneckSource(cases),
    calendar: new LocalCalendarProvider(new MemoryEventRecords()),
    conversationReferences: new MemoryConversationReferenceStore(),
    outbox: new MemoryOutboxStore(),
    health: memoryStoreHealth,
    close: async () => {},
  };
}
