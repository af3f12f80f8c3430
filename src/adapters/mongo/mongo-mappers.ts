import type { AuditEntry } from '../../domain/audit/audit-entry.js';
import type { CaseRecord } from '../../domain/case/case-record.js';
import type { DirectReferral } from '../../domain/referral/direct-referral.js';
import type { Role } from '../../domain/roles/roles.js';
import type { TeamSession } from '../../domain/team/session.js';
import type { ConsultationTeam } from '../../domain/team/team.js';
import type { LocalEvent } from '../local-calendar/event-records.js';
import { endedAt } from '../../domain/retention/retention-policy.js';
import type { ConversationReference } from '../../ports/conversation-reference-store.js';
import type { Notice, NoticeKind } from '../../ports/notifier.js';
import type { OutboxEntry, OutboxState } from '../../ports/outbox-store.js';

/**
 * Wire shapes of the MongoDB collections and the only place that maps them. Our own string ids are the `_id`s, so
 * no ObjectId ever reaches a caller; dates are BSON dates. No key contains `.` or starts with `$` (the coded
 * vocabulary uses hyphens), which keeps every document storable on MongoDB, Cosmos DB and FerretDB.
 */

export type CaseDocument = Omit<CaseRecord, 'id'> & {
  readonly _id: string;
  /** When the case was closed or withdrawn: the retention queries run on it (FerretDB has no date expressions). */
  readonly endedAt: Date | null;
};

export type AuditDocument = Omit<AuditEntry, 'id'> & { readonly _id: string };

export type ReferralDocument = Omit<DirectReferral, 'id'> & { readonly _id: string };

export interface CounterDocument {
  readonly _id: string;
  readonly prefix: string;
  readonly year: number;
  readonly value: number;
}

/** A user's settings; `_id` is `tenant|user`. */
export interface PreferenceDocument {
  readonly _id: string;
  readonly userId: string;
  readonly tenantId: string;
  readonly language: string;
  readonly updatedAt: Date;
}

export interface DedupeDocument {
  readonly _id: string;
  readonly claimedAt: Date;
  /** The turn's answer, serialised JSON (a string: card JSON has `$schema` keys MongoDB refuses). */
  answer?: string;
}

/** One term of a lease; a new term is a new document, so taking a lease is an insert that a unique `_id` decides. */
export interface LeaseDocument {
  readonly _id: string;
  readonly name: string;
  readonly term: number;
  readonly holder: string;
  readonly expiresAt: Date;
}

export function toCaseDocument(c: CaseRecord): CaseDocument {
  return {
    _id: c.id,
    reference: c.reference,
    status: c.status,
    owner: { userId: c.owner.userId, tenantId: c.owner.tenantId },
    details: c.details,
    text: c.text,
    recommendation: recommendationOf(c.recommendation),
    events: c.events.map((e) => ({ type: e.type, at: e.at, by: e.by })),
    ...agendaFieldsOf(c),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    version: c.version,
    endedAt: endedAt(c),
  };
}

export function fromCaseDocument(d: CaseDocument): CaseRecord {
  return {
    id: d._id,
    reference: d.reference,
    status: d.status,
    owner: { userId: d.owner.userId, tenantId: d.owner.tenantId },
    details: d.details,
    text: d.text,
    recommendation: recommendationOf(d.recommendation),
    events: d.events.map((e) => ({ type: e.type, at: e.at, by: e.by })),
    ...agendaFieldsOf(d),
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    version: d.version,
  };
}

/** Leaning and parties are left out when absent: cases stored before them have neither, and a null is no value. */
const recommendationOf = (r: CaseRecord['recommendation']): CaseRecord['recommendation'] => ({
  outcome: r.outcome,
  reasons: r.reasons,
  ...(r.leaning != null && { leaning: r.leaning }),
  ...(r.parties != null && { parties: r.parties }),
});

/** The agenda's optional fields of a case, left out when absent (a stored null would read back as a value). */
const agendaFieldsOf = (c: Pick<CaseRecord, 'slot' | 'returnReason' | 'outcome' | 'network'>) => ({
  ...(c.slot != null && { slot: c.slot }),
  ...(c.returnReason != null && { returnReason: c.returnReason }),
  ...(c.outcome != null && { outcome: c.outcome }),
  ...(c.network != null && { network: c.network }),
});

/** Optional fields are left out rather than written as null (the driver would store `undefined` as null). */
export function toAuditDocument(e: AuditEntry): AuditDocument {
  return {
    _id: e.id,
    at: e.at,
    action: e.action,
    result: e.result,
    ...(e.actor && { actor: { userId: e.actor.userId, tenantId: e.actor.tenantId } }),
    ...(e.subject !== undefined && { subject: e.subject }),
    ...(e.detail !== undefined && { detail: e.detail }),
    ...(e.count !== undefined && { count: e.count }),
  };
}

export function fromAuditDocument(d: AuditDocument): AuditEntry {
  return {
    id: d._id,
    at: d.at,
    action: d.action,
    result: d.result,
    ...(d.actor && { actor: { userId: d.actor.userId, tenantId: d.actor.tenantId } }),
    ...(d.subject != null && { subject: d.subject }),
    ...(d.detail != null && { detail: d.detail }),
    ...(d.count != null && { count: d.count }),
  };
}

export function toReferralDocument(r: DirectReferral): ReferralDocument {
  return {
    _id: r.id,
    organisation: r.organisation,
    areaCode: r.areaCode,
    ageGroup: r.ageGroup,
    recordedAt: r.recordedAt,
    recordedBy: { userId: r.recordedBy.userId, tenantId: r.recordedBy.tenantId },
  };
}

export function fromReferralDocument(d: ReferralDocument): DirectReferral {
  return {
    id: d._id,
    organisation: d.organisation,
    areaCode: d.areaCode,
    ageGroup: d.ageGroup,
    recordedAt: d.recordedAt,
    recordedBy: { userId: d.recordedBy.userId, tenantId: d.recordedBy.tenantId },
  };
}

/** A user's conversation reference; `_id` is `tenant|user`. */
export interface ConversationReferenceDocument extends ConversationReference {
  readonly _id: string;
  readonly updatedAt: Date;
}

/** A notice in the outbox; `data` is JSON text (its keys are the enqueuer's, and MongoDB refuses `.`/`$` keys). */
export interface OutboxDocument {
  readonly _id: string;
  readonly kind: string;
  readonly to: { readonly userId: string; readonly tenantId: string };
  readonly dueAt: Date;
  readonly data: string;
  readonly state: OutboxState;
  readonly attempts: number;
  readonly nextAt: Date;
  readonly unclearSends: number;
  readonly failure?: string;
  readonly leaseUntil?: Date;
  readonly holder?: string;
  readonly sentAt?: Date;
}

/** One claim of a notice; `_id` is `noticeId|attempt`, so of racing claimers the unique `_id` lets one win. */
export interface OutboxClaimDocument {
  readonly _id: string;
  readonly noticeId: string;
  readonly attempt: number;
  readonly holder: string;
  readonly claimedAt: Date;
  readonly leaseUntil: Date;
  /** Set just before the send begins. */
  readonly sendingAt?: Date;
  /** Set once the claim ended (the notice document says how). */
  readonly outcome?: string;
}

export const toOutboxDocument = (n: Notice): OutboxDocument => ({
  _id: n.id,
  kind: n.kind,
  to: { userId: n.to.userId, tenantId: n.to.tenantId },
  dueAt: n.dueAt,
  data: JSON.stringify(n.data),
  state: 'queued',
  attempts: 0,
  nextAt: n.dueAt,
  unclearSends: 0,
});

export const noticeOf = (d: OutboxDocument): Notice => ({
  id: d._id,
  kind: d.kind as NoticeKind,
  to: { userId: d.to.userId, tenantId: d.to.tenantId },
  dueAt: d.dueAt,
  data: JSON.parse(d.data) as Notice['data'],
});

export const fromOutboxDocument = (d: OutboxDocument): OutboxEntry => ({
  notice: noticeOf(d),
  state: d.state,
  attempts: d.attempts,
  nextAt: d.nextAt,
  unclearSends: d.unclearSends,
  ...(d.failure === undefined ? {} : { failure: d.failure }),
});

/** A user's roles beyond `worker`; `_id` is `tenant|user`. */
export interface RoleDocument {
  readonly _id: string;
  readonly userId: string;
  readonly tenantId: string;
  readonly roles: Role[];
  readonly updatedAt: Date;
  readonly updatedBy: string;
}

export type TeamDocument = Omit<ConsultationTeam, 'id'> & { readonly _id: string };

export const toTeamDocument = ({ id, ...rest }: ConsultationTeam): TeamDocument => ({ _id: id, ...rest });
export const fromTeamDocument = ({ _id, ...rest }: TeamDocument): ConsultationTeam => ({ id: _id, ...rest });

/**
 * `negEnd` is minus the end in epoch ms: "ends after t" becomes `negEnd < -t`, a `$lt` the supported subset has
 * (no `$gt`), served by an index.
 */
export type SessionDocument = Omit<TeamSession, 'id'> & { readonly _id: string; readonly negEnd: number };

export const toSessionDocument = ({ id, ...rest }: TeamSession): SessionDocument => ({
  _id: id,
  ...rest,
  negEnd: -rest.end.getTime(),
});
export const fromSessionDocument = ({ _id, negEnd: _negEnd, ...rest }: SessionDocument): TeamSession => ({
  id: _id,
  ...rest,
});

export type EventDocument = Omit<LocalEvent, 'id'> & { readonly _id: string; readonly negEnd: number };

export const toEventDocument = ({ id, ...rest }: LocalEvent): EventDocument => ({
  _id: id,
  ...rest,
  negEnd: -rest.end.getTime(),
});
export const fromEventDocument = ({ _id, negEnd: _negEnd, ...rest }: EventDocument): LocalEvent => ({
  id: _id,
  ...rest,
});
