import type { CaseStatus } from '../../domain/case/case-record.js';
import type { RetentionStore } from '../../ports/retention-store.js';
import type { MongoCollections } from './mongo-collections.js';
import { requireDate } from './safe-filter.js';
import { storeCall } from './store-call.js';

const ENDED = { $in: ['closed', 'withdrawn'] satisfies CaseStatus[] };

/** Plain range queries on the stored `endedAt`, because FerretDB v1 has no date expressions to derive it. */
export class MongoRetentionStore implements RetentionStore {
  constructor(private readonly c: Pick<MongoCollections, 'cases' | 'dedupe'>) {}

  async purgeText(endedBefore: Date): Promise<number> {
    const op = 'retention.purgeText';
    const cutoff = requireDate(endedBefore, 'endedBefore', op);
    // bumping the version makes a replace that read the text before the purge fail instead of restoring it
    const r = await storeCall(op, () =>
      this.c.cases.updateMany(
        { status: ENDED, endedAt: { $lt: cutoff }, text: { $ne: null } },
        { $set: { text: null }, $inc: { version: 1 } },
      ),
    );
    return r.modifiedCount;
  }

  async deleteRecords(endedBefore: Date): Promise<number> {
    const op = 'retention.deleteRecords';
    const cutoff = requireDate(endedBefore, 'endedBefore', op);
    const r = await storeCall(op, () => this.c.cases.deleteMany({ status: ENDED, endedAt: { $lt: cutoff } }));
    return r.deletedCount;
  }

  async forgetDedupeKeys(claimedBefore: Date): Promise<number> {
    const op = 'retention.forgetDedupeKeys';
    const cutoff = requireDate(claimedBefore, 'claimedBefore', op);
    const r = await storeCall(op, () => this.c.dedupe.deleteMany({ claimedAt: { $lt: cutoff } }));
    return r.deletedCount;
  }
}
