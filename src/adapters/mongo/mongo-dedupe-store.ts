import type { Collection } from 'mongodb';
import { DEDUPE_KEEP_MS } from '../../domain/retention/retention-policy.js';
import type { DedupeStore } from '../../ports/dedupe-store.js';
import type { DedupeDocument } from './mongo-mappers.js';
import { requireDate, requireString } from './safe-filter.js';
import { isDuplicateKey, storeCall } from './store-call.js';

/** The key is the `_id`, so the unique `_id` index decides between racing instances: exactly one insert wins. */
export class MongoDedupeStore implements DedupeStore {
  constructor(
    private readonly keys: Collection<DedupeDocument>,
    private readonly ttlMs = DEDUPE_KEEP_MS,
  ) {}

  async claim(key: string, at: Date): Promise<boolean> {
    const op = 'dedupe.claim';
    const _id = requireString(key, 'key', op);
    const claimedAt = requireDate(at, 'at', op);
    return storeCall(op, async () => {
      try {
        await this.keys.insertOne({ _id, claimedAt });
        return true;
      } catch (e) {
        if (!isDuplicateKey(e)) throw e;
        // a claim older than the TTL is forgotten, as in memory, even if the purge job has not removed it yet
        const stale = new Date(claimedAt.getTime() - this.ttlMs);
        const r = await this.keys.updateOne(
          { _id, claimedAt: { $lt: stale } },
          { $set: { claimedAt }, $unset: { answer: '' } },
        );
        return r.modifiedCount === 1;
      }
    });
  }

  async saveAnswer(key: string, answer: string): Promise<void> {
    const op = 'dedupe.saveAnswer';
    const _id = requireString(key, 'key', op);
    const value = requireString(answer, 'answer', op);
    await storeCall(op, () => this.keys.updateOne({ _id }, { $set: { answer: value } }));
  }

  async answerOf(key: string): Promise<string | undefined> {
    const op = 'dedupe.answerOf';
    const _id = requireString(key, 'key', op);
    const doc = await storeCall(op, () => this.keys.findOne({ _id }, { projection: { answer: 1 } }));
    return typeof doc?.answer === 'string' ? doc.answer : undefined;
  }

  async release(key: string): Promise<void> {
    const _id = requireString(key, 'key', 'dedupe.release');
    await storeCall('dedupe.release', () => this.keys.deleteOne({ _id }));
  }
}
