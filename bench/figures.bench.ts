/**
 * Time to compute a period report (`computeFigures`: load the facts, count the whole frame in all three groupings,
 * suppress it jointly, read one period out) for N synthetic cases, through the memory store and the MongoDB adapter
 * on the local FerretDB (its speed is not MongoDB's). Run: `npm run bench:figures [-- N [M]]` (N cases in memory,
 * default 100,000; M on MongoDB, default 10,000, `-- 100000 100000` for both; M = 0 skips MongoDB; needs
 * scripts/build-ferretdb.sh once). Targets (issue 11): memory under 200 ms, MongoDB under 1 s.
 */
import { MongoClient } from 'mongodb';
import { createMemoryStores } from '../src/adapters/memory/memory-stores.js';
import { MongoFiguresFacts } from '../src/adapters/mongo/mongo-figures-facts.js';
import { COLLECTION_NAMES } from '../src/adapters/mongo/mongo-collections.js';
import {
  toCaseDocument,
  toReferralDocument,
  toSessionDocument,
} from '../src/adapters/mongo/mongo-mappers.js';
import { createMongoStores } from '../src/adapters/mongo/mongo-stores.js';
import { computeFigures } from '../src/app/compute-figures.js';
import { AREAS } from '../src/domain/areas.js';
import type { Stores } from '../src/ports/stores.js';
import { parsePeriod } from '../src/domain/figures/period.js';
import { startMongoTestServer } from '../test/integration/support/mongo-server.js';
import { syntheticPilot } from './figures-data.js';

const size = Number(process.argv[2] ?? 100_000);
const mongoSize = Number(process.argv[3] ?? 10_000);
const PERIODS = ['2026-05', 'pilot'];
const silent = { debug() {}, info() {}, warn() {}, error() {} };
const deps = (stores: Stores) => ({ stores, areas: AREAS });

/** The first run (nothing cached, nothing compiled hot) and the best of the next `warm`. */
async function time(stores: Stores, period: string, warm: number): Promise<[number, number]> {
  const runs: number[] = [];
  for (let i = 0; i <= warm; i++) {
    const t = performance.now();
    await computeFigures(deps(stores), parsePeriod(period)!, 'area');
    runs.push(performance.now() - t);
  }
  return [runs[0]!, Math.min(...runs.slice(1))];
}

const ms = (x: number) => x.toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const row = (store: string, n: number, period: string, [first, best]: [number, number]) =>
  console.log(`| ${store} | ${n.toLocaleString('en')} | ${period} | ${ms(first)} | ${ms(best)} |`);

const data = syntheticPilot(Math.max(size, mongoSize));
const mongoData = { ...data, cases: data.cases.slice(0, mongoSize) };
console.log('| store | cases | period | first run, ms | best warm run, ms |');
console.log('|---|---:|---|---:|---:|');

const memory = createMemoryStores();
for (const c of data.cases.slice(0, size)) await memory.cases.insert(c);
for (const r of data.referrals) await memory.referrals.insert(r);
for (const s of data.sessions) await memory.sessions.insert(s);
for (const p of PERIODS) row('memory', size, p, await time(memory, p, 5));

if (mongoSize > 0) {
  const server = await startMongoTestServer();
  if (!server) throw new Error('no MongoDB test server: run scripts/build-ferretdb.sh or set MONGODB_URI');
  const dbName = `tym_figures_${Date.now()}`;
  const client = await new MongoClient(server.uri).connect();
  const db = client.db(dbName);
  const loadStart = performance.now();
  const { cases } = mongoData;
  const insert = async <T>(name: string, docs: readonly T[]) => {
    for (let i = 0; i < docs.length; i += 1000)
      await db.collection(name).insertMany(docs.slice(i, i + 1000) as never[]);
  };
  await insert(COLLECTION_NAMES.cases, cases.map(toCaseDocument));
  await insert(COLLECTION_NAMES.referrals, data.referrals.map(toReferralDocument));
  await insert(COLLECTION_NAMES.sessions, data.sessions.map(toSessionDocument));
  // the facts the repositories keep on every write, written in bulk here (one write per bucket)
  await new MongoFiguresFacts(db).rebuildFrom(mongoData);
  const insertSeconds = (performance.now() - loadStart) / 1000;
  const mongo = await createMongoStores(server.uri, dbName, silent);
  for (const p of PERIODS) row(`MongoDB (${server.kind})`, mongoSize, p, await time(mongo, p, 2));
  console.log(`\n(${mongoSize.toLocaleString('en')} cases inserted in ${insertSeconds.toFixed(0)} s)`);
  await db.dropDatabase();
  await Promise.all([mongo.close(), client.close()]);
  await server.stop();
}
const { heapUsed } = process.memoryUsage();
console.log(
  `peak memory (max RSS) ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; heap in use at the end ${(heapUsed / 2 ** 20).toFixed(0)} MB`,
);
