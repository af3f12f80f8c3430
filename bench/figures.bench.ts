/**
 * Time to compute a period report (the pilot, and a month of it) for N synthetic cases through the memory store and
 * the MongoDB adapter on the local FerretDB (its speed is not MongoDB's). Run: `npm run bench:figures [-- N]`
 * (default 100,000 in memory, 10,000 on MongoDB: `-- N M`; needs scripts/build-ferretdb.sh once). Targets (issue 11): memory under 200 ms, MongoDB under 1 s.
 */
import { MongoClient } from 'mongodb';
import { createMemoryStores } from '../src/adapters/memory/memory-stores.js';
import { COLLECTION_NAMES } from '../src/adapters/mongo/mongo-collections.js';
import { toCaseDocument } from '../src/adapters/mongo/mongo-mappers.js';
import { createMongoStores } from '../src/adapters/mongo/mongo-stores.js';
import { computeFigures } from '../src/app/compute-figures.js';
import { AREAS } from '../src/domain/areas.js';
import type { CaseRecord } from '../src/domain/case/case-record.js';
import { DECISIONS, SERVICES_NEEDED } from '../src/domain/case/outcome.js';
import {
  AGE_GROUPS,
  ORGANISATIONS,
  OUTCOMES,
  SCALE_DOMAINS,
  type ScaleLevel,
} from '../src/domain/case/vocabulary.js';
import { parsePeriod } from '../src/domain/figures/period.js';
import type { Stores } from '../src/ports/stores.js';
import { caseRecord } from '../test/fixtures/case-records.js';
import { startMongoTestServer } from '../test/integration/support/mongo-server.js';

const size = Number(process.argv[2] ?? 100_000);
/** FerretDB scans every document in Go (no pushed-down filter), so its size is capped separately. */
const mongoSize = Math.min(size, Number(process.argv[3] ?? 10_000));
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const PILOT_START = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;

/** A case submitted during the spring 2026 pilot; most were discussed and decided 1–40 days later. */
function syntheticCase(i: number): CaseRecord {
  const base = caseRecord();
  const at = new Date(PILOT_START + Math.floor(random() * 180 * DAY));
  const discussed = new Date(at.getTime() + (1 + Math.floor(random() * 40)) * DAY);
  const isDecided = random() < 0.8;
  const scale = Object.fromEntries(
    SCALE_DOMAINS.map((d) => [d, (1 + Math.floor(random() * 5)) as ScaleLevel]),
  );
  return {
    ...base,
    reference: `BEN-2026-${String(i).padStart(6, '0')}`,
    status: isDecided ? 'discussed' : 'submitted',
    details: {
      ...base.details,
      areaCode: pick(AREAS).code,
      organisation: pick(ORGANISATIONS),
      ageGroup: pick(AGE_GROUPS),
      form: random() < 0.3 ? 'network' : 'team',
      scale: scale as CaseRecord['details']['scale'],
    },
    recommendation: { ...base.recommendation, outcome: pick(OUTCOMES) },
    events: [
      { type: 'submitted', at, by: base.owner.userId },
      ...(isDecided ? [{ type: 'discussed' as const, at: discussed, by: 'convenor' }] : []),
    ],
    ...(isDecided && {
      outcome: {
        decision: pick(DECISIONS),
        servicesNeeded: pick(SERVICES_NEEDED),
        kelaCooperation: random() < 0.2,
        followUps: [],
        recordedAt: discussed,
        recordedBy: 'convenor',
      },
    }),
    createdAt: at,
    updatedAt: isDecided ? discussed : at,
  };
}

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const deps = (stores: Stores) => ({ stores, areas: AREAS });

async function time(stores: Stores, period: string, runCount = 3): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < runCount; i++) {
    const t = performance.now();
    await computeFigures(deps(stores), parsePeriod(period)!, 'area');
    runs.push(performance.now() - t);
  }
  return Math.min(...runs);
}

const cases = Array.from({ length: size }, (_, i) => syntheticCase(i));
console.log('| store | cases | period | ms |');
console.log('|---|---:|---|---:|');

const memory = createMemoryStores();
for (const c of cases) await memory.cases.insert(c);
for (const p of ['2026-05', 'pilot'])
  console.log(`| memory | ${size} | ${p} | ${(await time(memory, p)).toFixed(0)} |`);

const server = await startMongoTestServer();
if (!server) throw new Error('no MongoDB test server: run scripts/build-ferretdb.sh or set MONGODB_URI');
const dbName = `tym_figures_${Date.now()}`;
const client = await new MongoClient(server.uri).connect();
const loadStart = performance.now();
for (let i = 0; i < mongoSize; i += 1000)
  await client
    .db(dbName)
    .collection(COLLECTION_NAMES.cases)
    .insertMany(cases.slice(i, Math.min(i + 1000, mongoSize)).map(toCaseDocument) as never[]);
const insertSeconds = (performance.now() - loadStart) / 1000;
const mongo = await createMongoStores(server.uri, dbName, silent);
for (const p of ['2026-05', 'pilot'])
  console.log(`| MongoDB (${server.kind}) | ${mongoSize} | ${p} | ${(await time(mongo, p, 1)).toFixed(0)} |`);
console.log(
  `(${mongoSize} cases inserted in ${insertSeconds.toFixed(0)} s; memory best of 3, MongoDB one run)`,
);
await client.db(dbName).dropDatabase();
await Promise.all([mongo.close(), client.close()]);
await server.stop();
