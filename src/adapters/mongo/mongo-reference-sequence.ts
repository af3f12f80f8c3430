import type { Collection } from 'mongodb';
import type { ReferenceSequence } from '../../ports/reference-sequence.js';
import type { CounterDocument } from './mongo-mappers.js';
import { requireInteger, requireString } from './safe-filter.js';
import { isDuplicateKey, storeCall } from './store-call.js';

/**
 * One counter document per prefix and year, bumped with a single atomic `$inc` upsert. On FerretDB v1 concurrent
 * bumps can lose an increment and repeat a number; the unique `cases.reference` index then refuses the second case
 * and the caller draws again, so a repeat costs a retry, never a duplicate reference.
 */
export class MongoReferenceSequence implements ReferenceSequence {
  constructor(private readonly counters: Collection<CounterDocument>) {}

  async next(prefix: string, year: number): Promise<number> {
    const op = 'references.next';
    const p = requireString(prefix, 'prefix', op);
    const y = requireInteger(year, 'year', op, 1, 9999);
    return storeCall(op, async () => {
      try {
        return await this.bump(p, y);
      } catch (e) {
        // two first bumps of a new sequence both try to insert it; the loser's retry finds the document
        if (isDuplicateKey(e)) return this.bump(p, y);
        throw e;
      }
    });
  }

  private async bump(prefix: string, year: number): Promise<number> {
    const doc = await this.counters.findOneAndUpdate(
      { _id: `${prefix}:${year}` },
      { $inc: { value: 1 }, $setOnInsert: { prefix, year } },
      { upsert: true, returnDocument: 'after' },
    );
    if (!doc) throw new Error('counter upsert returned no document');
    return doc.value;
  }
}
