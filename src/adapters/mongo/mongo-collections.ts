import type { Collection, Db, IndexDescription } from 'mongodb';
import type {
  AuditDocument,
  CaseDocument,
  CounterDocument,
  DedupeDocument,
  EventDocument,
  LeaseDocument,
  PreferenceDocument,
  ConversationReferenceDocument,
  OutboxClaimDocument,
  OutboxDocument,
  ReferralDocument,
  RoleDocument,
  SessionDocument,
  TeamDocument,
} from './mongo-mappers.js';

export interface MongoCollections {
  readonly cases: Collection<CaseDocument>;
  readonly counters: Collection<CounterDocument>;
  readonly dedupe: Collection<DedupeDocument>;
  readonly referrals: Collection<ReferralDocument>;
  readonly audit: Collection<AuditDocument>;
  readonly leases: Collection<LeaseDocument>;
  readonly preferences: Collection<PreferenceDocument>;
  readonly roles: Collection<RoleDocument>;
  readonly teams: Collection<TeamDocument>;
  readonly sessions: Collection<SessionDocument>;
  readonly events: Collection<EventDocument>;
  readonly conversationReferences: Collection<ConversationReferenceDocument>;
  readonly outbox: Collection<OutboxDocument>;
  readonly outboxClaims: Collection<OutboxClaimDocument>;
}

export const COLLECTION_NAMES = {
  cases: 'cases',
  counters: 'case_reference_counters',
  dedupe: 'dedupe_keys',
  referrals: 'referrals',
  audit: 'audit_log',
  leases: 'leases',
  preferences: 'user_preferences',
  roles: 'user_roles',
  teams: 'consultation_teams',
  sessions: 'team_sessions',
  events: 'local_calendar_events',
  conversationReferences: 'conversation_references',
  outbox: 'outbox',
  outboxClaims: 'outbox_claims',
} as const satisfies Record<keyof MongoCollections, string>;

/**
 * Every secondary index, by collection. Plain and compound B-tree indexes only: no TTL and no partial indexes,
 * which FerretDB v1 lacks and Cosmos DB restricts; the retention job deletes instead of a TTL index.
 */
export const INDEXES = {
  cases: [
    // the reference sequence may hand out a number twice (FerretDB loses concurrent $inc); this index decides
    { key: { reference: 1 }, name: 'reference_unique', unique: true },
    // equality fields first, then the whole sort: MongoDB sorts nothing in memory, Cosmos DB accepts the sort
    { key: { 'owner.userId': 1, 'owner.tenantId': 1, createdAt: -1, reference: -1 }, name: 'owner_created' },
    { key: { endedAt: 1 }, name: 'ended_at' },
    { key: { status: 1, 'details.areaCode': 1, createdAt: 1 }, name: 'status_area_created' },
    // the meeting watch's scan: booked network meetings still ahead
    { key: { 'network.meeting.end': 1, reference: 1 }, name: 'network_meeting_end' },
  ],
  counters: [],
  dedupe: [{ key: { claimedAt: 1 }, name: 'claimed_at' }],
  referrals: [{ key: { recordedAt: 1 }, name: 'recorded_at' }],
  audit: [{ key: { at: 1 }, name: 'at' }],
  leases: [{ key: { name: 1, term: -1 }, name: 'name_term' }],
  preferences: [],
  roles: [],
  teams: [{ key: { areaCode: 1 }, name: 'area_unique', unique: true }],
  sessions: [{ key: { teamId: 1, negEnd: 1 }, name: 'team_end' }],
  events: [{ key: { attendees: 1, negEnd: 1 }, name: 'attendee_end' }],
  conversationReferences: [],
  outbox: [
    // the sender's two scans (due queued notices, lapsed claims) and waking a user's waiting notices
    { key: { state: 1, nextAt: 1 }, name: 'state_next_at' },
    { key: { state: 1, leaseUntil: 1 }, name: 'state_lease_until' },
    { key: { 'to.userId': 1, 'to.tenantId': 1, state: 1 }, name: 'to_state' },
  ],
  outboxClaims: [],
} as const satisfies Record<keyof MongoCollections, readonly IndexDescription[]>;

export function collectionsOf(db: Db): MongoCollections {
  return {
    cases: db.collection<CaseDocument>(COLLECTION_NAMES.cases),
    counters: db.collection<CounterDocument>(COLLECTION_NAMES.counters),
    dedupe: db.collection<DedupeDocument>(COLLECTION_NAMES.dedupe),
    referrals: db.collection<ReferralDocument>(COLLECTION_NAMES.referrals),
    audit: db.collection<AuditDocument>(COLLECTION_NAMES.audit),
    leases: db.collection<LeaseDocument>(COLLECTION_NAMES.leases),
    preferences: db.collection<PreferenceDocument>(COLLECTION_NAMES.preferences),
    roles: db.collection<RoleDocument>(COLLECTION_NAMES.roles),
    teams: db.collection<TeamDocument>(COLLECTION_NAMES.teams),
    sessions: db.collection<SessionDocument>(COLLECTION_NAMES.sessions),
    events: db.collection<EventDocument>(COLLECTION_NAMES.events),
    conversationReferences: db.collection<ConversationReferenceDocument>(
      COLLECTION_NAMES.conversationReferences,
    ),
    outbox: db.collection<OutboxDocument>(COLLECTION_NAMES.outbox),
    outboxClaims: db.collection<OutboxClaimDocument>(COLLECTION_NAMES.outboxClaims),
  };
}

/**
 * Creates the indexes; a no-op when they exist, so every instance runs it at start. One `createIndex` per index:
 * FerretDB v1.24.2 drops the connection (a server panic) on a `createIndexes` of two or more indexes that all exist.
 */
export async function ensureIndexes(c: MongoCollections): Promise<void> {
  for (const name of Object.keys(INDEXES) as (keyof MongoCollections)[]) {
    for (const { key, ...options } of INDEXES[name]) await c[name].createIndex({ ...key }, options);
  }
}
