/**
 * Plain message turn of the product vs a bare botbuilder echo bot, both behind express on loopback with replies
 * going to a connector sink on loopback. Run: `npm run bench:turn` (8 s per scenario).
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import express from 'express';
import { composeApp } from '../src/compose.js';
import { loadConfig } from '../src/config.js';
import { messageActivity } from '../test/integration/support/activities.js';
import { ConnectorSink } from '../test/integration/support/connector-sink.js';
import { load, printTable, type LoadResult } from './support/load.js';

const silent = { debug() {}, info() {}, warn() {}, error() {} };

async function listen(app: express.Express): Promise<{ url: string; close: () => void }> {
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api/messages`, close: () => server.close() };
}

function echoApp(): express.Express {
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({ MicrosoftAppType: 'MultiTenant' }),
  );
  const bot = new ActivityHandler().onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text}`);
    await next();
  });
  const app = express();
  app.use(express.json({ limit: 102_400 }));
  app.post('/api/messages', (req, res) => adapter.process(req, res, (context) => bot.run(context)));
  return app;
}

const sink = new ConnectorSink();
const serviceUrl = await sink.start();
const product = await listen((await composeApp(loadConfig({}), { logger: silent })).http);
const echo = await listen(echoApp());
const rows: LoadResult[] = [];
for (const connections of [10, 100]) {
  rows.push(
    await load('product: "apua" (help card)', product.url, connections, () =>
      messageActivity('apua', { serviceUrl }),
    ),
  );
  rows.push(
    await load('product: unknown text (menu card)', product.url, connections, () =>
      messageActivity('mitä kuuluu', { serviceUrl }),
    ),
  );
  rows.push(
    await load('bare botbuilder echo', echo.url, connections, () => messageActivity('hei', { serviceUrl })),
  );
  sink.clear();
}
printTable('Message turn through /api/messages', rows);
// Let replies still in flight reach the sink before it closes.
await new Promise((r) => setTimeout(r, 2000));
product.close();
echo.close();
await sink.stop();
process.exit(0);
