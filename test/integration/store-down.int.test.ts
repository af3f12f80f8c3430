import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStores } from '../../src/adapters/memory/memory-stores.js';
import { composeApp, type App } from '../../src/compose.js';
import { loadConfig } from '../../src/config.js';
import { StoreError } from '../../src/ports/store-error.js';
import type { Stores } from '../../src/ports/stores.js';
import { validIntakeInputs } from '../fixtures/intake-inputs.js';
import { cardActionActivity, messageActivity } from './support/activities.js';
import { ConnectorSink } from './support/connector-sink.js';
import { memoryLogger } from './support/test-app.js';

/** The embedded stores with a switch that makes every case, counter and health call fail like a lost server. */
function switchableStores(): Stores & { down: boolean; auditDown: boolean } {
  const real = createMemoryStores();
  const state = { down: false, auditDown: false };
  const guard = <T extends object>(target: T, isDown = () => state.down): T =>
    new Proxy(target, {
      get(obj, prop, receiver) {
        const value = Reflect.get(obj, prop, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) =>
          isDown()
            ? Promise.reject(new StoreError(String(prop)))
            : (value as (...a: unknown[]) => unknown).apply(obj, args);
      },
    });
  return Object.assign(state, {
    ...real,
    cases: guard(real.cases),
    references: guard(real.references),
    health: guard(real.health),
    audit: guard(real.audit, () => state.auditDown),
  });
}

let app: App;
const logger = memoryLogger();
let stores: ReturnType<typeof switchableStores>;
const sink = new ConnectorSink();
let serviceUrl: string;

beforeAll(async () => {
  serviceUrl = await sink.start();
  stores = switchableStores();
  app = await composeApp(loadConfig({}), { logger, stores });
});
afterAll(() => sink.stop());

describe('when the store is down', () => {
  it('fails readiness with 503 and recovers when the store is back', async () => {
    stores.down = true;
    await request(app.http).get('/readyz').expect(503);
    stores.down = false;
    await request(app.http).get('/readyz').expect(200);
  });

  it('answers a submission with a polite "try again shortly" card and stores nothing', async () => {
    stores.down = true;
    sink.clear();
    const activity = cardActionActivity('submit-case', validIntakeInputs(), { serviceUrl });
    await request(app.http).post('/api/messages').send(activity).expect(200);
    expect(JSON.stringify(sink.cards())).toContain('Yritä hetken kuluttua uudelleen');
    stores.down = false;
    const owner = { userId: activity.from.aadObjectId, tenantId: activity.conversation.tenantId };
    expect(await stores.cases.listByOwner(owner, 10)).toEqual([]);

    // Teams redelivers the same activity: the failed turn gave its key back, so now it goes through once.
    sink.clear();
    const retry = await request(app.http).post('/api/messages').send(activity).expect(200);
    expect(retry.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(await stores.cases.listByOwner(owner, 10)).toHaveLength(1);
  });

  it('answers a typed command that needs the store with the same card', async () => {
    stores.down = true;
    sink.clear();
    await request(app.http).post('/api/messages').send(messageActivity('omat', { serviceUrl })).expect(200);
    expect(JSON.stringify(sink.cards())).toContain('Yritä hetken kuluttua uudelleen');
    stores.down = false;
  });

  it('still gives the receipt when only the audit log fails after the case was stored, and logs the failure', async () => {
    stores.auditDown = true;
    const activity = cardActionActivity('submit-case', validIntakeInputs(), { serviceUrl });
    const res = await request(app.http).post('/api/messages').send(activity).expect(200);
    stores.auditDown = false;
    expect(JSON.stringify(res.body.value)).toMatch(/KUO-\d{4}-\d{4}/);
    expect(logger.lines.some((l) => l.includes('audit.append-failed') && l.includes('case.created'))).toBe(
      true,
    );
  });
});
