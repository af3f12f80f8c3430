/**
 * Store latency with a realistic collection: insert one case and list a worker's newest cases, on the local
 * FerretDB v1 (SQLite) server vs the in-memory store, each holding BENCH_CASES cases (default 100,000) seeded in
 * bulk. Loopback only. Run: `npm run bench:store`.
 *
 * BENCH_OPS ops per operation (default 300, at least 200) unless BENCH_BUDGET_S (default 180) runs out first:
 * FerretDB v1's SQLite backend pushes no filter or sort on a secondary field down to an index, so at 100,000
 * cases one "list my cases" is a full collection scan of about a minute, and the table then shows fewer ops.
 * On MongoDB 7 (MONGODB_URI on loopback) the `owner_created` index serves the same query.
 */
import { cpus } from 'node:os';
import { MongoClient } from 'mongodb';
import { createMemoryStores } from '../src/adapters/memory/memory-stores.js';
import { COLLECTION_NAMES } from '../src/adapters/mongo/mongo-collections.js';
import { toCaseDocument, type CaseDocument } from '../src/adapters/mongo/mongo-mappers.js';
import { createMongoStores } from '../src/adapters/mongo/mongo-stores.js';
import type { CaseOwner } from '../src/domain/case/case-record.js';
import type { Stores } from '../src/ports/stores.js';
import { caseRecord, newOwner } from '../test/fixtures/case-records.js';
import { startMongoTestServer } from '../test/integration/support/mongo-server.js';

const CASES = Number(process.env['BENCH_CASES'] ?? 100_000);
const OPS = Math.max(200, Number(process.env['BENCH_OPS'] ?? 300));
const BUDGET_MS = Number(process.env['BENCH_BUDGET_S'] ?? 180) * 1000;
const OWNERS = Math.max(1, Math.round(CASES / 100)); // ~100 cases per worker
const LIST_LIMIT = 20;
const BATCH = 1_000;
const silent = { debug() {}, info() {}, warn() {}, error() {} };

const owners: CaseOwner[] = Array.from({ length: OWNERS }, () => newOwner());
const ownerAt = (i: number): CaseOwner => owners[i % OWNERS] as CaseOwner;
const start = Date.UTC(2024, 0, 1);
/** Spread over two years, so each list sorts a worker's history, not one instant. */
const seedCase = (i: number) => caseRecord({ owner: ownerAt(i), createdAt: new Date(start + i * 630_000) });

interface Row {
  store: string;
  op: string;
  n: number;
  medianMs: number;
  p99Ms: number;
  maxMs: number;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

async function measure(store: string, op: string, run: (i: number) => Promise<unknown>): Promise<Row> {
  const deadline = performance.now() + BUDGET_MS;
  for (let i = 0; i < 20 && performance.now() < deadline - 0.9 * BUDGET_MS; i += 1) await run(OPS + i); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < OPS && (i < 3 || performance.now() < deadline); i += 1) {
    const t = performance.now();
    await run(i);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return {
    store,
    op,
    n: ms.length,
    medianMs: quantile(ms, 0.5),
    p99Ms: quantile(ms, 0.99),
    maxMs: ms.at(-1) ?? 0,
  };
}

async function measureStores(name: string, stores: Stores): Promise<Row[]> {
  const listed = await stores.cases.listByOwner(ownerAt(0), LIST_LIMIT);
  if (listed.length !== LIST_LIMIT)
    throw new Error(`${name}: expected ${LIST_LIMIT} cases, got ${listed.length}`);
  return [
    await measure(name, 'insert one case', (i) => stores.cases.insert(seedCase(CASES + 1 + i))),
    await measure(name, `list my cases (newest ${LIST_LIMIT})`, (i) =>
      stores.cases.listByOwner(ownerAt(i * 7), LIST_LIMIT),
    ),
  ];
}

async function seedMongo(uri: string, dbName: string): Promise<number> {
  const client = await new MongoClient(uri).connect();
  const cases = client.db(dbName).collection<CaseDocument>(COLLECTION_NAMES.cases);
  const t = performance.now();
  for (let from = 0; from < CASES; from += BATCH) {
    const docs = Array.from({ length: Math.min(BATCH, CASES - from) }, (_, k) =>
      toCaseDocument(seedCase(from + k)),
    );
    await cases.insertMany(docs, { ordered: false });
  }
  await client.close();
  return performance.now() - t;
}

async function seedMemory(stores: Stores): Promise<number> {
  const t = performance.now();
  for (let i = 0; i < CASES; i += 1) await stores.cases.insert(seedCase(i));
  return performance.now() - t;
}

const server = await startMongoTestServer();
if (!server) throw new Error('no MongoDB test server: run `bash scripts/build-ferretdb.sh` first');
if (!/^mongodb:\/\/(127\.0\.0\.1|localhost)[:/]/.test(server.uri))
  throw new Error('benchmarks target loopback only');
const rows: Row[] = [];
const seeded: string[] = [];
try {
  const dbName = `tym_bench_${Date.now()}`;
  const mongo = await createMongoStores(server.uri, dbName, silent); // indexes first, as in production
  seeded.push(`FerretDB ${((await seedMongo(server.uri, dbName)) / 1000).toFixed(1)} s`);
  rows.push(
    ...(await measureStores(
      `FerretDB ${server.kind === 'ferretdb' ? 'v1.24.2 (SQLite)' : '(MONGODB_URI)'}`,
      mongo,
    )),
  );
  await mongo.close();
  const memory = createMemoryStores();
  seeded.push(`memory ${((await seedMemory(memory)) / 1000).toFixed(1)} s`);
  rows.push(...(await measureStores('memory', memory)));
} finally {
  await server.stop();
}

const fmt = (ms: number) => ms.toFixed(ms < 1 ? 3 : 1);
console.log(
  `\n### Store latency, ${CASES.toLocaleString('en')} cases in the collection (${OWNERS} workers)\n`,
);
console.log('| store | operation | ops | median ms | p99 ms | max ms |');
console.log('|---|---|---:|---:|---:|---:|');
for (const r of rows) {
  // a p99 of fewer than 100 ops is just the maximum
  const p99 = r.n >= 100 ? fmt(r.p99Ms) : 'n/a';
  console.log(`| ${r.store} | ${r.op} | ${r.n} | ${fmt(r.medianMs)} | ${p99} | ${fmt(r.maxMs)} |`);
}
console.log(`\nSeeding (bulk insertMany of ${BATCH}; memory one by one): ${seeded.join(', ')}`);
console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, loopback\n`);
