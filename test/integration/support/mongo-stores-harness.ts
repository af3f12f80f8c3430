import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { COLLECTION_NAMES } from '../../../src/adapters/mongo/mongo-collections.js';
import {
  fromAuditDocument,
  fromReferralDocument,
  type AuditDocument,
  type ReferralDocument,
} from '../../../src/adapters/mongo/mongo-mappers.js';
import { createMongoStores } from '../../../src/adapters/mongo/mongo-stores.js';
import type { Logger } from '../../../src/ports/logger.js';
import type { MakeStores } from '../../contract/stores-harness.js';
import type { MongoTestServer } from './mongo-server.js';

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** A database name no other suite or run uses. */
export const freshDbName = (label: string): string =>
  `tym_${label}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;

/**
 * Stores on a fresh database of the test server for every call; cleanup closes them and drops the database
 * (FerretDB's temp folder goes with the server anyway, a real MongoDB keeps what is not dropped).
 */
export function mongoStoresOn(server: MongoTestServer, label: string): MakeStores {
  return async () => {
    const dbName = freshDbName(label);
    const stores = await createMongoStores(server.uri, dbName, silentLogger);
    const reader = new MongoClient(server.uri);
    const db = reader.db(dbName);
    return {
      stores,
      readAudit: async () =>
        (await db.collection<AuditDocument>(COLLECTION_NAMES.audit).find().toArray()).map(fromAuditDocument),
      readReferrals: async () =>
        (await db.collection<ReferralDocument>(COLLECTION_NAMES.referrals).find().toArray()).map(
          fromReferralDocument,
        ),
      cleanup: async () => {
        await db.dropDatabase().catch(() => undefined);
        await reader.close();
        await stores.close();
      },
    };
  };
}
