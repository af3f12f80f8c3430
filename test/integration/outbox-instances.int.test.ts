/** Two app instances on one MongoDB database (FerretDB in CI) share one outbox: each notice goes out once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMongoStores } from '../../src/adapters/mongo/mongo-stores.js';
import type { Stores } from '../../src/ports/stores.js';
import { TENANT_ID } from './support/activities.js';
import { ConnectorSink } from './support/connector-sink.js';
import { startMongoTestServer } from './support/mongo-server.js';
import { freshDbName, silentLogger } from './support/mongo-stores-harness.js';
import { handClock, reminderFor, startOutboxApp, userNo, type OutboxApp } from './support/outbox-app.js';

const server = await startMongoTestServer();
const T0 = new Date('2026-05-11T06:00:00Z');
const USERS = 50;

describe.skipIf(!server)('The outbox with two app instances on one database', () => {
  if (!server) return;
  const sink = new ConnectorSink();
  const stores: Stores[] = [];
  const apps: OutboxApp[] = [];
  beforeAll(async () => {
    const serviceUrl = await sink.start();
    const dbName = freshDbName('outbox2');
    for (let i = 0; i < 2; i++) stores.push(await createMongoStores(server.uri, dbName, silentLogger));
    const clock = handClock(T0);
    for (const s of stores) apps.push(await startOutboxApp(s, clock));
    for (let i = 0; i < USERS; i++) {
      const user = userNo(i);
      await stores[0]!.conversationReferences.save(
        {
          userId: user.aadObjectId,
          tenantId: TENANT_ID,
          teamsUserId: user.id,
          conversationId: `a:personal-${user.aadObjectId}`,
          botId: '28:bot',
          serviceUrl,
        },
        T0,
      );
    }
  });
  afterAll(async () => {
    for (const a of apps) await a.app.close();
    await sink.stop();
    await server.stop();
  });

  it('sends each of 50 notices exactly once', async () => {
    // both instances enqueue every notice (as two convenor turns could): the unique id keeps one of each
    for (const a of apps)
      for (let i = 0; i < USERS; i++) await a.app.deps.notifier.enqueue(reminderFor(userNo(i), `r${i}`, T0));
    for (let round = 0; round < 3; round++) await Promise.all(apps.map((a) => a.app.outbox.runNow()));
    const conversations = sink.sent.map((s) => s.conversationId);
    expect(conversations).toHaveLength(USERS);
    expect(new Set(conversations).size).toBe(USERS);
    const sentBy = apps.map((a) => a.logger.lines.filter((l) => l.includes('"state":"sent"')).length);
    expect(sentBy.reduce((x, y) => x + y)).toBe(USERS);
  });
});
