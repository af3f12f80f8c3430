import type { Collection } from 'mongodb';
import type { CaseOwner, CaseRecord } from '../../domain/case/case-record.js';
import type { CaseRepository } from '../../ports/case-repository.js';
import { fromCaseDocument, toCaseDocument, type CaseDocument } from './mongo-mappers.js';
import { requireDate, requireInteger, requireString } from './safe-filter.js';
import { isDuplicateKey, storeCall } from './store-call.js';

/** Largest page `listByOwner` serves (a larger limit is capped); a worker has tens of cases, not thousands. */
const MAX_LIST = 1000;

export class MongoCaseRepository implements CaseRepository {
  constructor(private readonly cases: Collection<CaseDocument>) {}

  async insert(c: CaseRecord): Promise<boolean> {
    const op = 'cases.insert';
    const doc = toCaseDocument(guardIds(c, op));
    return storeCall(op, async () => {
      try {
        await this.cases.insertOne(doc);
        return true;
      } catch (e) {
        // a taken reference, or a taken id (a redelivered turn's case: the caller looks it up)
        if (!isDuplicateKey(e)) throw e;
        return false;
      }
    });
  }

  async get(id: string): Promise<CaseRecord | undefined> {
    const _id = requireString(id, 'id', 'cases.get');
    const doc = await storeCall('cases.get', () => this.cases.findOne({ _id }));
    return doc ? fromCaseDocument(doc) : undefined;
  }

  async replace(c: CaseRecord, expectedVersion: number): Promise<boolean> {
    const op = 'cases.replace';
    const version = requireInteger(expectedVersion, 'expectedVersion', op);
    const { _id, ...rest } = toCaseDocument(guardIds(c, op));
    const r = await storeCall(op, () => this.cases.replaceOne({ _id, version }, rest));
    return r.matchedCount === 1;
  }

  async listByOwner(owner: CaseOwner, limit: number): Promise<CaseRecord[]> {
    const op = 'cases.listByOwner';
    const filter = {
      'owner.userId': requireString(owner.userId, 'owner.userId', op),
      'owner.tenantId': requireString(owner.tenantId, 'owner.tenantId', op),
    };
    const n = Math.min(requireInteger(limit, 'limit', op), MAX_LIST);
    // limit(0) means "no limit" to MongoDB, so an empty page is answered here
    if (n === 0) return [];
    const docs = await storeCall(op, () =>
      this.cases.find(filter).sort({ createdAt: -1, reference: -1 }).limit(n).toArray(),
    );
    return docs.map(fromCaseDocument);
  }

  async listAwaitingTeam(areaCode: string, limit: number): Promise<CaseRecord[]> {
    const op = 'cases.listAwaitingTeam';
    const filter = {
      status: 'submitted' as const,
      'details.areaCode': requireString(areaCode, 'areaCode', op),
      'details.form': 'team' as const,
    };
    const n = Math.min(requireInteger(limit, 'limit', op), MAX_LIST);
    if (n === 0) return [];
    const docs = await storeCall(op, () =>
      this.cases.find(filter).sort({ createdAt: 1, reference: 1 }).limit(n).toArray(),
    );
    return docs.map(fromCaseDocument);
  }

  async listNetworkMeetingsAhead(now: Date, limit: number): Promise<CaseRecord[]> {
    const op = 'cases.listNetworkMeetingsAhead';
    const filter = {
      'network.meeting.end': { $gt: requireDate(now, 'now', op) },
      'network.meeting.isCancelled': false,
    };
    const n = Math.min(requireInteger(limit, 'limit', op), MAX_LIST);
    if (n === 0) return [];
    const docs = await storeCall(op, () =>
      this.cases.find(filter).sort({ 'network.meeting.end': 1, reference: 1 }).limit(n).toArray(),
    );
    return docs.map(fromCaseDocument);
  }
}

/** The fields later used in filters must be strings when they are written, too. */
function guardIds(c: CaseRecord, op: string): CaseRecord {
  requireString(c.id, 'id', op);
  requireString(c.reference, 'reference', op);
  requireString(c.owner.userId, 'owner.userId', op);
  requireString(c.owner.tenantId, 'owner.tenantId', op);
  return c;
}
