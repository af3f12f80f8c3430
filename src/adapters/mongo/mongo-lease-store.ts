import type { Collection } from 'mongodb';
import type { LeaseStore } from '../../ports/lease-store.js';
import type { LeaseDocument } from './mongo-mappers.js';
import { requireDate, requireString } from './safe-filter.js';
import { isDuplicateKey, storeCall } from './store-call.js';

/** Terms kept as history; a reader would have to stall across this many takeovers to reuse a deleted term. */
const KEEP_TERMS = 24;

/**
 * A lease is a series of numbered terms, one document each (`_id` = `name:term`). Taking the lease reads the
 * latest term and inserts the next one, so of two racing instances the unique `_id` lets exactly one win.
 * A conditional `findOneAndUpdate` on one lease document would do on MongoDB, but FerretDB v1 loses concurrent
 * updates of one document and then lets every racer win; inserts are decided by the unique index on both.
 */
export class MongoLeaseStore implements LeaseStore {
  constructor(private readonly leases: Collection<LeaseDocument>) {}

  async acquire(name: string, holder: string, now: Date, until: Date): Promise<boolean> {
    const op = 'leases.acquire';
    const n = requireString(name, 'name', op);
    const who = requireString(holder, 'holder', op);
    const at = requireDate(now, 'now', op);
    const expiresAt = requireDate(until, 'until', op);
    return storeCall(op, async () => {
      const [latest] = await this.leases.find({ name: n }).sort({ term: -1 }).limit(1).toArray();
      if (latest && latest.holder !== who && latest.expiresAt > at) return false;
      const term = (latest?.term ?? 0) + 1;
      try {
        await this.leases.insertOne({ _id: `${n}:${term}`, name: n, term, holder: who, expiresAt });
      } catch (e) {
        if (isDuplicateKey(e)) return false;
        throw e;
      }
      await this.leases.deleteMany({ name: n, term: { $lte: term - KEEP_TERMS } });
      return true;
    });
  }
}
