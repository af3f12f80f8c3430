/**
 * The case-submit turn (intake card -> anonymity scan -> triage -> store -> receipt card) next to the plain
 * message turn, at 10 connections, in one run. With the local FerretDB server built (scripts/build-ferretdb.sh)
 * the submit turn is also measured on the MongoDB adapter. Run: `npm run bench:submit`.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { composeApp, type App } from '../src/compose.js';
import { loadConfig } from '../src/config.js';
import { validIntakeInputs } from '../test/fixtures/intake-inputs.js';
import { cardActionActivity, messageActivity } from '../test/integration/support/activities.js';
import { ConnectorSink } from '../test/integration/support/connector-sink.js';
import { startMongoTestServer } from '../test/integration/support/mongo-server.js';
import { load, printTable, type LoadResult } from './support/load.js';

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const CONNECTIONS = 10;

async function listen(http: Express): Promise<{ url: string; close: () => void }> {
  const server = http.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api/messages`, close: () => server.close() };
}

async function measure(name: string, app: App, serviceUrl: string, rows: LoadResult[]): Promise<void> {
  const server = await listen(app.http);
  if (name === 'memory') {
    rows.push(
      await load('plain message turn ("apua"), memory store', server.url, CONNECTIONS, () =>
        messageActivity('apua', { serviceUrl }),
      ),
    );
  }
  rows.push(
    await load(`case-submit turn, ${name} store`, server.url, CONNECTIONS, () =>
      cardActionActivity('submit-case', validIntakeInputs(), { serviceUrl }),
    ),
  );
  server.close();
}

const sink = new ConnectorSink();
const serviceUrl = await sink.start();
const rows: LoadResult[] = [];
const memoryApp = await composeApp(loadConfig({}), { logger: silent });
await measure('memory', memoryApp, serviceUrl, rows);
await memoryApp.close();

const mongo = await startMongoTestServer();
if (mongo) {
  const mongoApp = await composeApp(loadConfig({ MONGODB_URI: mongo.uri, MONGODB_DB: 'bench_submit' }), {
    logger: silent,
  });
  await measure(`MongoDB (${mongo.kind})`, mongoApp, serviceUrl, rows);
  await mongoApp.close();
  await mongo.stop();
} else {
  console.log('No MongoDB server: the MongoDB row is left out.');
}
printTable(`Case submit vs plain message turn, ${CONNECTIONS} connections`, rows);
await new Promise((r) => setTimeout(r, 1000));
await sink.stop();
process.exit(0);
