import { MongoClient } from 'mongodb';
import type { Logger } from '../../ports/logger.js';
import { StoreError } from '../../ports/store-error.js';
import type { Stores } from '../../ports/stores.js';
import { MongoAuditLog } from './mongo-audit-log.js';
import { MongoBottleneckSource } from './mongo-bottleneck-source.js';
import { collectionsOf, ensureIndexes } from './mongo-collections.js';
import { MongoDedupeStore } from './mongo-dedupe-store.js';
import {
  FactKeepingCaseRepository,
  FactKeepingReferralRepository,
  FactKeepingRetentionStore,
  FactKeepingSessionRepository,
  MongoFiguresSource,
} from './mongo-figures-source.js';
import { MongoEventRecords } from './mongo-event-records.js';
import { LocalCalendarProvider } from '../local-calendar/local-calendar-provider.js';
import { MongoRoleStore } from './mongo-role-store.js';
import { MongoTeamRepository } from './mongo-team-repository.js';
import { MongoLeaseStore } from './mongo-lease-store.js';
import { MongoPreferenceStore } from './mongo-preference-store.js';
import { MongoConversationReferenceStore } from './mongo-conversation-reference-store.js';
import { MongoOutboxStore } from './mongo-outbox-store.js';
import { MongoReferenceSequence } from './mongo-reference-sequence.js';
import { mongoStoreHealth } from './mongo-store-health.js';

export interface MongoStoreOptions {
  /** How long a call waits for a reachable server before it fails; also bounds `/readyz`. */
  readonly serverSelectionTimeoutMS?: number;
  /** Called with the name of every command sent to the server (benchmarks count round trips per turn). */
  readonly onCommand?: (commandName: string) => void;
}

/**
 * Connects one MongoClient for the whole process, creates the indexes (idempotent, so every instance does it at
 * start) and returns the stores over it. Rejects with a StoreError when the server cannot be reached.
 */
export async function createMongoStores(
  uri: string,
  dbName: string,
  logger: Logger,
  options: MongoStoreOptions = {},
): Promise<Stores> {
  const started = Date.now();
  const client = new MongoClient(uri, {
    appName: 'tym-consult',
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 10_000,
    monitorCommands: options.onCommand !== undefined,
  });
  const { onCommand } = options;
  if (onCommand) client.on('commandStarted', (e) => onCommand(e.commandName));
  const db = client.db(dbName);
  const c = collectionsOf(db);
  try {
    await client.connect();
    await ensureIndexes(c);
  } catch (e) {
    await client.close().catch(() => undefined);
    throw new StoreError('connect', { cause: e });
  }
  logger.info('store.mongodb.ready', { db: dbName, ms: Date.now() - started });
  // every case write also keeps the case's compact figures facts (mongo-figures-facts.ts)
  const figures = new MongoFiguresSource(db);
  return {
    cases: new FactKeepingCaseRepository(c.cases, figures.facts),
    references: new MongoReferenceSequence(c.counters),
    dedupe: new MongoDedupeStore(c.dedupe),
    referrals: new FactKeepingReferralRepository(c.referrals, figures.facts),
    audit: new MongoAuditLog(c.audit),
    retention: new FactKeepingRetentionStore(c, figures.facts),
    leases: new MongoLeaseStore(c.leases),
    preferences: new MongoPreferenceStore(c.preferences),
    roles: new MongoRoleStore(c.roles),
    teams: new MongoTeamRepository(c.teams),
    sessions: new FactKeepingSessionRepository(c.sessions, figures.facts),
    figures,
    bottlenecks: new MongoBottleneckSource(c.cases),
    calendar: new LocalCalendarProvider(new MongoEventRecords(c.events)),
    conversationReferences: new MongoConversationReferenceStore(c.conversationReferences),
    outbox: new MongoOutboxStore(c.outbox, c.outboxClaims),
    health: mongoStoreHealth(db),
    close: () => client.close(),
  };
}
