/**
 * The store contracts against the MongoDB adapters, on the local FerretDB v1 server or on MONGODB_URI (MongoDB 7+);
 * every test gets a fresh database. Skipped with a printed reason when no server can be had, failed when
 * MONGODB_REQUIRED=1 (as in CI). The memory run of the same contracts is test/unit/memory-stores.test.ts.
 */
import { afterAll, describe } from 'vitest';
import { describeAppendOnlyContract } from '../contract/append-only.contract.js';
import { describeCaseRepositoryContract } from '../contract/case-repository.contract.js';
import { describeDedupeStoreContract } from '../contract/dedupe-store.contract.js';
import { describePreferenceStoreContract } from '../contract/preference-store.contract.js';
import { describeLeaseStoreContract } from '../contract/lease-store.contract.js';
import { describeConversationReferenceStoreContract } from '../contract/conversation-reference-store.contract.js';
import { describeOutboxStoreContract } from '../contract/outbox-store.contract.js';
import { describeReferenceSequenceContract } from '../contract/reference-sequence.contract.js';
import { describeRetentionContract } from '../contract/retention.contract.js';
import { answerLocally, describeCalendarProviderContract } from '../contract/calendar-provider.contract.js';
import { describeCaseAgendaContract } from '../contract/case-agenda.contract.js';
import { describeRoleStoreContract } from '../contract/role-store.contract.js';
import { describeSessionRepositoryContract } from '../contract/session-repository.contract.js';
import { describeTeamRepositoryContract } from '../contract/team-repository.contract.js';
import { startMongoTestServer } from './support/mongo-server.js';
import { mongoStoresOn } from './support/mongo-stores-harness.js';

const server = await startMongoTestServer();

describe.skipIf(!server)('MongoDB stores', () => {
  if (!server) return;
  afterAll(() => server.stop());
  const label = `mongodb (${server.kind})`;
  describeCaseRepositoryContract(label, mongoStoresOn(server, 'cases'));
  describeReferenceSequenceContract(label, mongoStoresOn(server, 'refs'));
  describeDedupeStoreContract(label, mongoStoresOn(server, 'dedupe'));
  describePreferenceStoreContract(label, mongoStoresOn(server, 'prefs'));
  describeAppendOnlyContract(label, mongoStoresOn(server, 'append'));
  describeRetentionContract(label, mongoStoresOn(server, 'retention'));
  describeLeaseStoreContract(label, mongoStoresOn(server, 'leases'));
  describeRoleStoreContract(label, mongoStoresOn(server, 'roles'));
  describeTeamRepositoryContract(label, mongoStoresOn(server, 'teams'));
  describeSessionRepositoryContract(label, mongoStoresOn(server, 'sessions'));
  describeCaseAgendaContract(label, mongoStoresOn(server, 'agenda'));
  const calendars: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of calendars) await cleanup();
  });
  describeCalendarProviderContract(
    `local (${label})`,
    async () => {
      const h = await mongoStoresOn(server, 'calendar')();
      calendars.push(h.cleanup);
      return h.stores.calendar;
    },
    answerLocally,
  );
  describeConversationReferenceStoreContract(label, mongoStoresOn(server, 'refs'));
  describeOutboxStoreContract(label, mongoStoresOn(server, 'outbox'));
});
