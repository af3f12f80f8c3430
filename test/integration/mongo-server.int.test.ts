/**
 * Proves the integration-test MongoDB server (support/mongo-server.ts) and the subset of MongoDB
 * that the app relies on: it runs against FerretDB v1 (SQLite) locally and against MongoDB 7+ when
 * MONGODB_URI is set. Skipped with a printed reason when no server can be had, failed when
 * MONGODB_REQUIRED=1.
 */
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { MongoClient, MongoServerError } from 'mongodb';
import type { Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMongoTestServer } from './support/mongo-server.js';

const server = await startMongoTestServer();

describe.skipIf(!server)('MongoDB test server', () => {
  let client: MongoClient;
  let db: Db;
  const dbName = `tym_int_${randomUUID().replaceAll('-', '').slice(0, 12)}`;

  beforeAll(async () => {
    if (!server) throw new Error('unreachable: suite is skipped without a server');
    client = new MongoClient(server.uri, { serverSelectionTimeoutMS: 10_000 });
    await client.connect();
    db = client.db(dbName);
  });

  afterAll(async () => {
    // a FerretDB server takes its temp data folder with it; a real MongoDB keeps data: drop ours
    if (server?.kind === 'external') await db?.dropDatabase().catch(() => undefined);
    await client?.close();
    await server?.stop();
  });

  it('answers hello and ping', async () => {
    const hello = await client.db('admin').command({ hello: 1 });
    expect(hello['ok']).toBe(1);
    expect(hello['isWritablePrimary']).toBe(true);
    expect(hello['maxWireVersion']).toBeGreaterThanOrEqual(8);
    expect(await client.db('admin').command({ ping: 1 })).toMatchObject({ ok: 1 });
  });

  it('insertOne and find', async () => {
    const c = db.collection<{ _id: string; name: string; n: number }>('basic');
    const res = await c.insertOne({ _id: 'a', name: 'Aino', n: 1 });
    expect(res.acknowledged).toBe(true);
    expect(res.insertedId).toBe('a');
    expect(await c.find({ name: 'Aino' }).toArray()).toEqual([{ _id: 'a', name: 'Aino', n: 1 }]);
    expect(await c.findOne({ _id: 'missing' })).toBeNull();
  });

  it('findOneAndUpdate with upsert and returnDocument', async () => {
    const c = db.collection<{ _id: string; count: number; first?: string; last?: string }>('upserts');
    const before = await c.findOneAndUpdate(
      { _id: 'k1' },
      { $inc: { count: 1 }, $setOnInsert: { first: 'x' } },
      { upsert: true, returnDocument: 'before' },
    );
    expect(before).toBeNull();

    const after = await c.findOneAndUpdate(
      { _id: 'k1' },
      { $inc: { count: 1 }, $setOnInsert: { first: 'y' }, $set: { last: 'z' } },
      { upsert: true, returnDocument: 'after' },
    );
    expect(after).toEqual({ _id: 'k1', count: 2, first: 'x', last: 'z' });

    const created = await c.findOneAndUpdate(
      { _id: 'k2' },
      { $set: { count: 5 } },
      { upsert: true, returnDocument: 'after' },
    );
    expect(created).toEqual({ _id: 'k2', count: 5 });

    const raw = await c.findOneAndUpdate(
      { _id: 'k2' },
      { $inc: { count: 1 } },
      { returnDocument: 'after', includeResultMetadata: true },
    );
    expect(raw.ok).toBe(1);
    expect(raw.value).toEqual({ _id: 'k2', count: 6 });
    expect(raw.lastErrorObject?.['updatedExisting']).toBe(true);
  });

  it('unique indexes reject duplicates with code 11000 (single and compound)', async () => {
    const c = db.collection<{ tenant: string; key: string; email?: string }>('uniq');
    expect(await c.createIndex({ email: 1 }, { unique: true, name: 'email_unique' })).toBe('email_unique');
    expect(await c.createIndex({ tenant: 1, key: 1 }, { unique: true, name: 'tenant_key_unique' })).toBe(
      'tenant_key_unique',
    );

    await c.insertOne({ tenant: 't1', key: 'a', email: 'a@example.fi' });
    await c.insertOne({ tenant: 't2', key: 'a', email: 'b@example.fi' });

    const dupEmail = await c.insertOne({ tenant: 't3', key: 'z', email: 'a@example.fi' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(dupEmail).toBeInstanceOf(MongoServerError);
    expect((dupEmail as MongoServerError).code).toBe(11000);
    expect((dupEmail as MongoServerError).message).toMatch(/^E11000 duplicate key error/);
    // FerretDB v1 sets no keyPattern/keyValue on the error: do not rely on them.

    const dupCompound = await c.insertOne({ tenant: 't1', key: 'a', email: 'c@example.fi' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(dupCompound).toBeInstanceOf(MongoServerError);
    expect((dupCompound as MongoServerError).code).toBe(11000);

    // an upsert that would create a duplicate fails the same way
    const dupUpsert = await c
      .updateOne({ tenant: 't9' }, { $set: { key: 'q', email: 'b@example.fi' } }, { upsert: true })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(dupUpsert).toBeInstanceOf(MongoServerError);
    expect((dupUpsert as MongoServerError).code).toBe(11000);

    expect(await c.countDocuments()).toBe(2);
  });

  it('createIndex is idempotent and listIndexes shows the indexes', async () => {
    const c = db.collection('idx');
    await c.insertOne({ a: 1, b: 2 });
    expect(await c.createIndex({ a: 1 }, { unique: true, name: 'a_unique' })).toBe('a_unique');
    expect(await c.createIndex({ a: 1 }, { unique: true, name: 'a_unique' })).toBe('a_unique');
    const many = await c.createIndexes([
      { key: { a: 1 }, name: 'a_unique', unique: true },
      { key: { b: -1 }, name: 'b_desc' },
    ]);
    expect(many).toEqual(['a_unique', 'b_desc']);
    expect(await c.createIndexes([{ key: { b: -1 }, name: 'b_desc' }])).toEqual(['b_desc']);

    const indexes = await c.listIndexes().toArray();
    const byName = new Map(indexes.map((i) => [i['name'] as string, i]));
    expect([...byName.keys()].sort()).toEqual(['_id_', 'a_unique', 'b_desc']);
    expect(byName.get('a_unique')).toMatchObject({ key: { a: 1 }, unique: true });
    expect(byName.get('b_desc')).toMatchObject({ key: { b: -1 } });
    expect(byName.get('b_desc')?.['unique']).toBeFalsy();
  });

  it('countDocuments, updateMany ($set/$unset/$inc) and deleteMany', async () => {
    const c = db.collection<{ _id: number; status: string; tries: number; note?: string; done?: boolean }>(
      'bulk',
    );
    await c.insertMany(
      Array.from({ length: 10 }, (_, i) => ({
        _id: i,
        status: i % 2 === 0 ? 'open' : 'closed',
        tries: i,
        note: `n${i}`,
      })),
    );
    expect(await c.countDocuments()).toBe(10);
    expect(await c.countDocuments({ status: 'open' })).toBe(5);

    const upd = await c.updateMany(
      { status: 'open' },
      { $set: { done: true }, $unset: { note: '' }, $inc: { tries: 10 } },
    );
    expect(upd.matchedCount).toBe(5);
    expect(upd.modifiedCount).toBe(5);
    expect(await c.findOne({ _id: 2 })).toEqual({ _id: 2, status: 'open', tries: 12, done: true });
    expect(await c.findOne({ _id: 3 })).toEqual({ _id: 3, status: 'closed', tries: 3, note: 'n3' });

    const del = await c.deleteMany({ status: 'closed', tries: { $lt: 5 } });
    expect(del.deletedCount).toBe(2); // _id 1 and 3
    expect(await c.countDocuments()).toBe(8);
    expect(await c.countDocuments({ status: 'closed' })).toBe(3);
  });

  it('queries: sort + skip + limit, $in, $exists, projection', async () => {
    const c = db.collection<{ _id: number; kind: string; score: number; tag?: string; secret: string }>(
      'query',
    );
    await c.insertMany(
      Array.from({ length: 12 }, (_, i) => ({
        _id: i,
        kind: ['a', 'b', 'c'][i % 3] ?? 'a',
        score: (i * 7) % 12,
        ...(i % 4 === 0 ? { tag: `t${i}` } : {}),
        secret: 's',
      })),
    );

    const page = await c.find({}).sort({ score: -1, _id: 1 }).skip(2).limit(3).toArray();
    expect(page.map((d) => d.score)).toEqual([9, 8, 7]);

    const inKinds = await c
      .find({ kind: { $in: ['a', 'c'] } })
      .sort({ _id: 1 })
      .toArray();
    expect(inKinds.map((d) => d._id)).toEqual([0, 2, 3, 5, 6, 8, 9, 11]);
    expect(await c.countDocuments({ _id: { $in: [1, 5, 99] } })).toBe(2);

    expect(
      (
        await c
          .find({ tag: { $exists: true } })
          .sort({ _id: 1 })
          .toArray()
      ).map((d) => d._id),
    ).toEqual([0, 4, 8]);
    expect(await c.countDocuments({ tag: { $exists: false } })).toBe(9);

    const projected = await c
      .find({ _id: { $in: [0, 1] } }, { projection: { secret: 0 } })
      .sort({ _id: 1 })
      .toArray();
    expect(projected).toEqual([
      { _id: 0, kind: 'a', score: 0, tag: 't0' },
      { _id: 1, kind: 'b', score: 7 },
    ]);
    const included = await c.findOne({ _id: 4 }, { projection: { kind: 1, _id: 0 } });
    expect(included).toEqual({ kind: 'b' });
  });

  it('aggregate: $match + $group with $sum (one accumulator per $group) + $sort, $count', async () => {
    const c = db.collection<{ agency: string; minutes: number }>('agg');
    await c.insertMany([
      { agency: 'te', minutes: 30 },
      { agency: 'te', minutes: 45 },
      { agency: 'kela', minutes: 20 },
      { agency: 'kunta', minutes: 60 },
      { agency: 'kela', minutes: 5 },
    ]);
    const totals = await c
      .aggregate<{ _id: string; total: number }>([
        { $match: { minutes: { $gte: 10 } } },
        { $group: { _id: '$agency', total: { $sum: '$minutes' } } },
        { $sort: { _id: 1 } },
      ])
      .toArray();
    expect(totals).toEqual([
      { _id: 'kela', total: 20 },
      { _id: 'kunta', total: 60 },
      { _id: 'te', total: 75 },
    ]);
    const counts = await c
      .aggregate<{ _id: string; n: number }>([
        { $group: { _id: '$agency', n: { $sum: 1 } } },
        { $sort: { n: -1, _id: 1 } },
        { $limit: 2 },
      ])
      .toArray();
    expect(counts).toEqual([
      { _id: 'kela', n: 2 },
      { _id: 'te', n: 2 },
    ]);
    expect(await c.aggregate([{ $group: { _id: null, n: { $sum: 1 } } }]).toArray()).toEqual([
      { _id: null, n: 5 },
    ]);
    expect(await c.aggregate([{ $match: { agency: 'te' } }, { $count: 'n' }]).toArray()).toEqual([{ n: 2 }]);
  });

  // MongoDB behaviour that FerretDB v1.24.2 (SQLite) gets wrong: these run only against a real
  // MongoDB (MONGODB_URI). Application code must not depend on them being checked by FerretDB runs.
  describe.skipIf(server?.kind === 'ferretdb')('real MongoDB only (FerretDB v1 deviates)', () => {
    it('$group with several accumulators (FerretDB: all but the first are 0)', async () => {
      const c = db.collection<{ g: string; v: number }>('agg_multi');
      await c.insertMany([
        { g: 'x', v: 2 },
        { g: 'x', v: 3 },
      ]);
      const rows = await c
        .aggregate([{ $group: { _id: '$g', total: { $sum: '$v' }, n: { $sum: 1 } } }])
        .toArray();
      expect(rows).toEqual([{ _id: 'x', total: 5, n: 2 }]);
    });

    it('concurrent $inc on one document is atomic (FerretDB loses updates)', async () => {
      const c = db.collection<{ _id: string; n: number }>('atomic');
      await c.insertOne({ _id: 'c', n: 0 });
      await Promise.all(Array.from({ length: 30 }, () => c.updateOne({ _id: 'c' }, { $inc: { n: 1 } })));
      expect((await c.findOne({ _id: 'c' }))?.n).toBe(30);
    });

    it('an update that collides with a unique index fails with 11000 (FerretDB: code 1)', async () => {
      const c = db.collection<{ _id: number; email: string }>('uniq_update');
      await c.createIndex({ email: 1 }, { unique: true });
      await c.insertMany([
        { _id: 1, email: 'a' },
        { _id: 2, email: 'b' },
      ]);
      await expect(c.updateOne({ _id: 2 }, { $set: { email: 'a' } })).rejects.toMatchObject({ code: 11000 });
    });

    it('a unique index treats a missing field as null (FerretDB: accepts many)', async () => {
      const c = db.collection<{ _id: number; email?: string }>('uniq_missing');
      await c.createIndex({ email: 1 }, { unique: true });
      await c.insertOne({ _id: 1 });
      await expect(c.insertOne({ _id: 2 })).rejects.toMatchObject({ code: 11000 });
    });
  });

  it.skipIf(server?.kind !== 'ferretdb')('after stop() the port refuses connections', async () => {
    if (!server) throw new Error('unreachable');
    const { hostname, port } = new URL(server.uri);
    await client.close();
    await server.stop();
    const outcome = await new Promise<string>((resolve) => {
      const socket = net.createConnection({ host: hostname, port: Number(port) });
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
    });
    expect(outcome).toBe('ECONNREFUSED');
  });
});
