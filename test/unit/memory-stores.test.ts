/** The store contracts against the in-memory adapters (the MongoDB run is test/integration/mongo-stores.int.test.ts). */
import { createMemoryStores } from '../../src/adapters/memory/memory-stores.js';
import { describeAppendOnlyContract } from '../contract/append-only.contract.js';
import { describeCaseRepositoryContract } from '../contract/case-repository.contract.js';
import { describeDedupeStoreContract } from '../contract/dedupe-store.contract.js';
import { describePreferenceStoreContract } from '../contract/preference-store.contract.js';
import { describeLeaseStoreContract } from '../contract/lease-store.contract.js';
import { describeConversationReferenceStoreContract } from '../contract/conversation-reference-store.contract.js';
import { describeOutboxStoreContract } from '../contract/outbox-store.contract.js';
import { describeReferenceSequenceContract } from '../contract/reference-sequence.contract.js';
import { describeRetentionContract } from '../contract/retention.contract.js';
import type { MakeStores } from '../contract/stores-harness.js';
import { answerLocally, describeCalendarProviderContract } from '../contract/calendar-provider.contract.js';
import { describeCaseAgendaContract } from '../contract/case-agenda.contract.js';
import { describeRoleStoreContract } from '../contract/role-store.contract.js';
import { describeSessionRepositoryContract } from '../contract/session-repository.contract.js';
import { describeTeamRepositoryContract } from '../contract/team-repository.contract.js';

const memory: MakeStores = async () => {
  const stores = createMemoryStores();
  return {
    stores,
    readAudit: async () => structuredClone(stores.audit.entries),
    readReferrals: async () => structuredClone(stores.referrals.referrals),
    cleanup: () => stores.close(),
  };
};

describeCaseRepositoryContract('memory', memory);
describeReferenceSequenceContract('memory', memory);
describeDedupeStoreContract('memory', memory);
describePreferenceStoreContract('memory', memory);
describeAppendOnlyContract('memory', memory);
describeRetentionContract('memory', memory);
describeLeaseStoreContract('memory', memory);
describeRoleStoreContract('memory', memory);
describeTeamRepositoryContract('memory', memory);
describeSessionRepositoryContract('memory', memory);
describeCaseAgendaContract('memory', memory);
describeCalendarProviderContract(
  'local (memory store)',
  async () => createMemoryStores().calendar,
  answerLocally,
);
describeConversationReferenceStoreContract('memory', memory);
describeOutboxStoreContract('memory', memory);
