import { afterAll, describe } from 'vitest';
import { createMemoryStores } from '../../../src/adapters/memory/memory-stores.js';
import type { MakeStores } from '../../contract/stores-harness.js';
import { startMongoTestServer } from './mongo-server.js';
import { mongoStoresOn } from './mongo-stores-harness.js';

/** A store the bot-level suites run against: the embedded memory store or a fresh database of the test server. */
export interface StoreKind {
  readonly name: string;
  readonly make: MakeStores;
  /** No MongoDB server could be had (and MONGODB_REQUIRED is not set): the suite is skipped, not dropped. */
  readonly isUnavailable: boolean;
}

export const memoryStores: MakeStores = async () => {
  const stores = createMemoryStores();
  return {
    stores,
    readAudit: async () => structuredClone(stores.audit.entries),
    readReferrals: async () => structuredClone(stores.referrals.referrals),
    cleanup: () => stores.close(),
  };
};

const noServer: MakeStores = () => Promise.reject(new Error('no MongoDB server'));

/**
 * The memory store and the MongoDB test server (stopped after the file). With MONGODB_REQUIRED=1 a missing
 * server throws here, failing the file, exactly as the contract suites do.
 */
export async function storeKinds(label: string): Promise<readonly StoreKind[]> {
  const server = await startMongoTestServer();
  if (server) afterAll(() => server.stop());
  return [
    { name: 'memory', make: memoryStores, isUnavailable: false },
    server
      ? { name: `mongodb (${server.kind})`, make: mongoStoresOn(server, label), isUnavailable: false }
      : { name: 'mongodb', make: noServer, isUnavailable: true },
  ];
}

/** One suite body, run once per store: `describe('<title> on the <store> store')`. */
export function describeOnEachStore(
  kinds: readonly StoreKind[],
  title: string,
  suite: (kind: StoreKind) => void,
): void {
  for (const kind of kinds) {
    describe.skipIf(kind.isUnavailable)(`${title} on the ${kind.name} store`, () => suite(kind));
  }
}
