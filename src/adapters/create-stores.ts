import type { Config } from '../config.js';
import type { Logger } from '../ports/logger.js';
import type { Stores } from '../ports/stores.js';
import { createMemoryStores } from './memory/memory-stores.js';
import { createMongoStores } from './mongo/mongo-stores.js';
import { hostsOf } from './mongo/mongo-uri.js';

/** Picks the store from config: MongoDB when configured, otherwise the embedded in-memory store. */
export async function createStores(config: Config, logger: Logger): Promise<Stores> {
  const { uri, dbName } = config.mongo;
  if (uri) {
    // the host list only: the URI may carry a user name, a password or secret options
    logger.info('store.mongodb', { host: hostsOf(uri), db: dbName });
    return createMongoStores(uri, dbName, logger);
  }
  logger.warn('store.memory', { note: 'in-memory store: data is not kept across restarts' });
  return createMemoryStores();
}
