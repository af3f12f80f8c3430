/**
 * MongoDB round trips per kind of turn, counted with the driver's command monitoring (`commandStarted`). The local
 * FerretDB stands in for MongoDB here: its speed is not MongoDB's, but the number of commands a turn sends is the
 * same on every MongoDB service. Run: `npm run bench:round-trips` (needs scripts/build-ferretdb.sh once).
 */
import request from 'supertest';
import { createMongoStores } from '../src/adapters/mongo/mongo-stores.js';
import { composeApp } from '../src/compose.js';
import { loadConfig } from '../src/config.js';
import { validIntakeInputs } from '../test/fixtures/intake-inputs.js';
import { cardActionActivity, messageActivity } from '../test/integration/support/activities.js';
import { ConnectorSink } from '../test/integration/support/connector-sink.js';
import { startMongoTestServer } from '../test/integration/support/mongo-server.js';

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const server = await startMongoTestServer();
if (!server) throw new Error('no MongoDB test server: run scripts/build-ferretdb.sh or set MONGODB_URI');
const sink = new ConnectorSink();
const serviceUrl = await sink.start();
let commands: string[] = [];
const stores = await createMongoStores(server.uri, `tym_rt_${Date.now()}`, silent, {
  onCommand: (name) => void commands.push(name),
});
const app = await composeApp(loadConfig({}), { logger: silent, stores });
const post = (activity: object) => request(app.http).post('/api/messages').send(activity).expect(200);

/** Runs a turn twice (the second with the user's language cached, as in steady use) and counts the second. */
async function count(name: string, make: () => object): Promise<[string, string[]]> {
  await post(make());
  commands = [];
  const res = await post(make());
  const seen = commands;
  commands = [];
  return [name, seen.length ? seen : [`(none) ${res.status}`]];
}

const submitted = await post(cardActionActivity('submit-case', validIntakeInputs(), { serviceUrl }));
const caseId = /"caseId":"([0-9a-f-]{36})"/.exec(JSON.stringify(submitted.body))?.[1] ?? '';
const rows = [
  await count('message ("apua")', () => messageActivity('apua', { serviceUrl })),
  await count('submit a case', () => cardActionActivity('submit-case', validIntakeInputs(), { serviceUrl })),
  await count('my cases', () => cardActionActivity('my-cases', {}, { serviceUrl })),
  await count('open a case', () => cardActionActivity('view-case', { caseId }, { serviceUrl })),
];
const current = await stores.cases.get(caseId);
commands = [];
await post(
  cardActionActivity(
    'update-case',
    { ...validIntakeInputs(), caseId, version: String(current?.version ?? 1) },
    { serviceUrl },
  ),
);
rows.push(['edit a case', commands]);

console.log('\n### MongoDB round trips per turn\n');
console.log('| turn | round trips | commands |');
console.log('|---|---:|---|');
for (const [name, cmds] of rows) console.log(`| ${name} | ${cmds.length} | ${cmds.join(', ')} |`);
await app.close();
await sink.stop();
await server.stop();
process.exit(0);
