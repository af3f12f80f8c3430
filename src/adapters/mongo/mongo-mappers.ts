import type { AuditEntry } from '../../domain/audit/audit-entry.js';
import type { CaseRecord } from '../../domain/case/case-record.js';
import type { DirectReferral } from '../../domain/referral/direct-referral.js';
import { endedAt } from '../../domain/retention/retention-policy.js';

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
    recommendation: c.recommendation,
    events: c.events.map((e) => ({ type: e.type, at: e.at, by: e.by })),
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
    recommendation: d.recommendation,
    events: d.events.map((e) => ({ type: e.type, at: e.at, by: e.by })),
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    version: d.version,
  };
}

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
