/**
 * What only the MongoDB adapters have to prove: indexes, ids and dates as stored, racing claims decided by the
 * unique `_id`, filter values refused before the driver, StoreError when the server is gone, the start log.
 * Same server rules as mongo-stores.int.test.ts (skipped without a server, failed when MONGODB_REQUIRED=1).
 */
import net from 'node:net';
import { MongoClient, type Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStores } from '../../src/adapters/create-stores.js';
import { COLLECTION_NAMES, INDEXES } from '../../src/adapters/mongo/mongo-collections.js';
import { createMongoStores } from '../../src/adapters/mongo/mongo-stores.js';
import { loadConfig } from '../../src/config.js';
import { StoreError } from '../../src/ports/store-error.js';
import type { Stores } from '../../src/ports/stores.js';
import { caseRecord, endedCase } from '../fixtures/case-records.js';
import { startMongoTestServer } from './support/mongo-server.js';
import { freshDbName, silentLogger } from './support/mongo-stores-harness.js';

const server = await startMongoTestServer();

describe.skipIf(!server)('MongoDB adapters', () => {
  if (!server) return;
  const dbName = freshDbName('adapters');
  let stores: Stores;
  let client: MongoClient;
  let db: Db;

  beforeAll(async () => {
    stores = await createMongoStores(server.uri, dbName, silentLogger);
    client = await new MongoClient(server.uri).connect();
    db = client.db(dbName);
  });

  afterAll(async () => {
    await db.dropDatabase().catch(() => undefined);
    await client.close();
    await stores.close();
    await server.stop();
  });

  it('creates every index at start, and starting again changes nothing', async () => {
    await (await createMongoStores(server.uri, dbName, silentLogger)).close();
    for (const [collection, specs] of Object.entries(INDEXES)) {
      if (specs.length === 0) continue; // no index, no collection until the first write
      const name = COLLECTION_NAMES[collection as keyof typeof INDEXES];
      const found = await db.collection(name).listIndexes().toArray();
      expect(found.map((i) => i['name'] as string).sort(), name).toEqual(
        ['_id_', ...specs.map((s) => s.name)].sort(),
      );
      for (const spec of specs) {
        const index = found.find((i) => i['name'] === spec.name);
        expect(index, spec.name).toMatchObject({ key: spec.key });
        expect(Boolean(index?.['unique']), spec.name).toBe('unique' in spec && spec.unique);
      }
    }
  });

  it('stores the case id as a string _id and endedAt as a top-level date', async () => {
    const open = caseRecord();
    const closed = endedCase('closed', new Date('2025-10-26T00:30:00Z'));
    await stores.cases.insert(open);
    await stores.cases.insert(closed);
    const docs = await db
      .collection(COLLECTION_NAMES.cases)
      .find({ _id: { $in: [open.id, closed.id] } } as never)
      .toArray();
    const byId = new Map(docs.map((d) => [d._id as unknown, d]));
    expect(byId.get(open.id)).toMatchObject({ reference: open.reference, endedAt: null });
    expect(byId.get(closed.id)?.['endedAt']).toEqual(new Date('2025-10-26T00:30:00Z'));
    expect(byId.get(closed.id)?.['details']['scale']['managing-affairs']).toBe(3);
  });

  it('lets exactly one of many racing claims of a dedupe key win', async () => {
    for (const key of ['race-1', 'race-2', 'race-3']) {
      const won = await Promise.all(Array.from({ length: 8 }, () => stores.dedupe.claim(key, new Date())));
      expect(won.filter(Boolean), key).toHaveLength(1);
    }
  });

  describe('refuses an operator object where a string is expected, before the driver runs it', () => {
    const operators = [{ $ne: null }, { $gt: '' }, { $regex: '.*' }] as unknown as string[];
    const calls: [string, (s: Stores, v: string) => Promise<unknown>][] = [
      ['cases.get(id)', (s, v) => s.cases.get(v)],
      ['cases.listByOwner(userId)', (s, v) => s.cases.listByOwner({ userId: v, tenantId: 't' }, 10)],
      ['cases.listByOwner(tenantId)', (s, v) => s.cases.listByOwner({ userId: 'u', tenantId: v }, 10)],
      ['cases.replace(id)', (s, v) => s.cases.replace({ ...caseRecord(), id: v }, 1)],
      ['cases.insert(reference)', (s, v) => s.cases.insert({ ...caseRecord(), reference: v })],
      ['references.next(prefix)', (s, v) => s.references.next(v, 2025)],
      ['dedupe.claim(key)', (s, v) => s.dedupe.claim(v, new Date())],
      ['dedupe.release(key)', (s, v) => s.dedupe.release(v)],
      ['leases.acquire(holder)', (s, v) => s.leases.acquire('retention', v, new Date(), new Date())],
    ];
    it.each(
      calls.flatMap(([name, call]) => operators.map((op) => [name, JSON.stringify(op), call, op] as const)),
    )('%s with %s', async (_name, _json, call, op) => {
      await stores.cases.insert(caseRecord()); // an operator reaching the driver would match this case
      await expect(call(stores, op)).rejects.toBeInstanceOf(StoreError);
    });
  });

  it('refuses a version that is not a number in replace', async () => {
    const c = caseRecord();
    await stores.cases.insert(c);
    await expect(stores.cases.replace(c, { $gte: 0 } as unknown as number)).rejects.toBeInstanceOf(
      StoreError,
    );
  });

  it('fails to start with a StoreError when nothing listens on the port', async () => {
    const uri = `mongodb://127.0.0.1:${await closedPort()}/`;
    const started = createMongoStores(uri, 'tym_none', silentLogger, { serverSelectionTimeoutMS: 300 });
    await expect(started).rejects.toBeInstanceOf(StoreError);
  });

  it.skipIf(server.kind !== 'ferretdb')(
    'rejects health.ping() with a StoreError once the server is down',
    async () => {
      const own = await startMongoTestServer();
      if (!own) throw new Error('a second FerretDB server could not be started');
      const s = await createMongoStores(own.uri, 'tym_down', silentLogger, { serverSelectionTimeoutMS: 300 });
      await expect(s.health.ping()).resolves.toBeUndefined();
      await own.stop(); // FerretDB takes ~3 s to stop while a client is connected
      await expect(s.health.ping()).rejects.toBeInstanceOf(StoreError);
      await expect(s.cases.get('any')).rejects.toBeInstanceOf(StoreError);
      await s.close();
    },
  );

  it('is chosen by createStores when MONGODB_URI is set, logging the host only', async () => {
    const logged: [string, unknown][] = [];
    const logger = {
      ...silentLogger,
      info: (event: string, fields?: unknown) => void logged.push([event, fields]),
    };
    const config = loadConfig({ MONGODB_URI: server.uri, MONGODB_DB: freshDbName('create') });
    const s = await createStores(config, logger);
    expect(s.health.kind).toBe('mongodb');
    expect(logged[0]).toEqual(['store.mongodb', { host: new URL(server.uri).host, db: config.mongo.dbName }]);
    await s.close();
    await client.db(config.mongo.dbName).dropDatabase();
  });
});

async function closedPort(): Promise<number> {
  const probe = net.createServer().listen(0, '127.0.0.1');
  await new Promise((r) => probe.once('listening', r));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((r) => probe.close(r));
  return port;
}
