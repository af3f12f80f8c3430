import { MongoServerError, type Collection, type OptionalUnlessRequiredId } from 'mongodb';
import { StoreError } from '../../ports/store-error.js';

/** Runs one driver call; any failure becomes a StoreError naming the operation, with the driver error as cause. */
export async function storeCall<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof StoreError) throw e;
    throw new StoreError(operation, { cause: e });
  }
}

/**
 * A unique index refused the write. FerretDB v1 reports no keyPattern, so callers that need to know which index
 * look the document up instead.
 */
export const isDuplicateKey = (e: unknown): boolean => e instanceof MongoServerError && e.code === 11000;

/** Inserts by our own `_id`; a duplicate means a retried write already stored it, which is the outcome wanted. */
export async function insertOnce<T extends { _id: string }>(
  c: Collection<T>,
  doc: OptionalUnlessRequiredId<T>,
): Promise<void> {
  try {
    await c.insertOne(doc);
  } catch (e) {
    if (!isDuplicateKey(e)) throw e;
  }
}
