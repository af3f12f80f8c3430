/**
 * Outage and retry semantics, on both stores. Store down before anything is written: a polite "try again" in the
 * user's language, the dedupe key is not held, a redelivery runs normally. A failure after the case was written:
 * the key stays claimed with the turn's answer, a redelivery replays the same receipt. Nothing half-written.
 * Invokes always get 200 with a Universal Actions body; a message turn that fails still answers.
 */
import request from 'supertest';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { StoresHarness } from '../contract/stores-harness.js';
import { validIntakeInputs } from '../fixtures/intake-inputs.js';
import { cardActionActivity, messageActivity, TENANT_ID, WORKER } from './support/activities.js';
import { faultyStores, type FaultyStores } from './support/faulty-stores.js';
import { describeOnEachStore, storeKinds } from './support/store-kinds.js';
import { startTestBot, type TestBot } from './support/test-app.js';
import { expectUniversalActionsAnswer } from './support/universal-actions.js';

const kinds = await storeKinds('store_down');

const TRY_AGAIN_FI = 'Yritä hetken kuluttua uudelleen';
const TRY_AGAIN_EN = 'Please try again shortly';
const REFERENCE = /KUO-\d{4}-\d{4}/;
const OWNER = { userId: WORKER.aadObjectId, tenantId: TENANT_ID };

describeOnEachStore(kinds, 'store outages', (kind) => {
  let h: StoresHarness;
  let stores: FaultyStores;
  let bot: TestBot;
  beforeAll(async () => {
    h = await kind.make();
    stores = faultyStores(h.stores);
    bot = await startTestBot({}, { stores });
  });
  afterAll(async () => {
    await bot.stop();
    await h.cleanup();
  });
  beforeEach(async () => {
    stores.heal();
    bot.sink.clear();
    // every test starts with a worker who has no cases, so counts below are absolute
    OWNER.userId = `${WORKER.aadObjectId.slice(0, -4)}${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}`;
  });

  const worker = () => ({ ...WORKER, aadObjectId: OWNER.userId });
  const submission = (locale = 'fi-FI') =>
    cardActionActivity('submit-case', validIntakeInputs(), {
      serviceUrl: bot.serviceUrl,
      from: worker(),
      locale,
    });
  const myCases = () => h.stores.cases.listByOwner(OWNER, 100);
  /** Everything the user saw of a turn: the invoke response and the activities sent to the conversation. */
  const seen = (res: { body: unknown }) => JSON.stringify([res.body, bot.sink.sent.map((s) => s.body)]);

  it('fails readiness with 503 and recovers when the store is back', async () => {
    stores.faults.isDown = true;
    await request(bot.app.http).get('/readyz').expect(503);
    stores.heal();
    await request(bot.app.http).get('/readyz').expect(200);
  });

  it.each([
    ['fi-FI', TRY_AGAIN_FI],
    ['en-US', TRY_AGAIN_EN],
  ])(
    'answers a submission with "try again shortly" (%s) when the whole store is down, dedupe included, and stores nothing',
    async (locale, tryAgain) => {
      stores.faults.isDown = true;
      const res = await bot.post(submission(locale));
      expectUniversalActionsAnswer(res);
      expect(seen(res)).toContain(tryAgain);
      stores.heal();
      expect(await myCases()).toEqual([]);
      expect((await h.readAudit()).filter((e) => e.actor?.userId === OWNER.userId)).toEqual([]);
    },
  );

  it('does not hold the dedupe key when the store was down before anything was written: the redelivery runs normally', async () => {
    const activity = submission();
    stores.faults.isDown = true;
    await bot.post(activity).expect(200);
    stores.heal();
    bot.sink.clear();
    const retry = await bot.post(activity);
    expectUniversalActionsAnswer(retry);
    expect(retry.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(retry.body.value)).toMatch(REFERENCE);
    expect(await myCases()).toHaveLength(1);
  });

  it('does not hold the key when only the dedupe claim fails: the answer is "try again" and the redelivery runs', async () => {
    const activity = submission();
    stores.faults.failing.add('dedupe.claim');
    const res = await bot.post(activity);
    expectUniversalActionsAnswer(res);
    expect(seen(res)).toContain(TRY_AGAIN_FI);
    expect(await myCases()).toEqual([]);
    stores.heal();
    const retry = await bot.post(activity);
    expect(JSON.stringify(retry.body.value)).toMatch(REFERENCE);
    expect(await myCases()).toHaveLength(1);
  });

  it('still answers a typed command with exactly one "try again" activity when the whole store is down, and answers its redelivery', async () => {
    const activity = messageActivity('omat', { serviceUrl: bot.serviceUrl, from: worker() });
    stores.faults.isDown = true;
    await bot.post(activity).expect(200);
    expect(bot.sink.sent).toHaveLength(1);
    expect(JSON.stringify(bot.sink.sent[0]?.body)).toContain(TRY_AGAIN_FI);
    stores.heal();
    bot.sink.clear();
    await bot.post(activity).expect(200);
    expect(bot.sink.sent).toHaveLength(1);
    expect(JSON.stringify(bot.sink.sent[0]?.body)).not.toContain(TRY_AGAIN_FI);
  });

  it('answers an install with one activity when the whole store is down', async () => {
    stores.faults.isDown = true;
    const res = await bot.post({
      ...messageActivity('', { serviceUrl: bot.serviceUrl, from: worker() }),
      type: 'conversationUpdate',
      membersAdded: [{ id: '28:00000000-0000-4000-8000-00000000b07' }],
    });
    expect(res.status).toBe(200);
    expect(bot.sink.sent).toHaveLength(1);
  });

  it.each(['my-cases', 'new-request', 'help', 'view-case', 'withdraw-case', 'edit-case', 'update-case'])(
    'answers the card button %s with 200 and a Universal Actions body when the whole store is down',
    async (verb) => {
      stores.faults.isDown = true;
      const data = { caseId: '7b0c4d1e-2f3a-4b5c-8d6e-9f0a1b2c3d4e', version: '1', ...validIntakeInputs() };
      const res = await bot.post(
        cardActionActivity(verb, data, { serviceUrl: bot.serviceUrl, from: worker() }),
      );
      expectUniversalActionsAnswer(res);
      expect(bot.sink.sent.length).toBeLessThanOrEqual(1);
    },
  );

  it('leaves a case unchanged when withdrawing it fails with the store down, and withdraws it on the redelivery', async () => {
    const created = await bot.post(submission());
    const caseId = /"caseId":"([0-9a-f-]{36})"/.exec(JSON.stringify(created.body.value))?.[1] ?? '';
    const withdraw = cardActionActivity(
      'withdraw-case',
      { caseId },
      { serviceUrl: bot.serviceUrl, from: worker() },
    );
    stores.faults.isDown = true;
    expectUniversalActionsAnswer(await bot.post(withdraw));
    stores.heal();
    expect((await h.stores.cases.get(caseId))?.status).toBe('submitted');
    const retry = await bot.post(withdraw);
    expectUniversalActionsAnswer(retry);
    expect((await h.stores.cases.get(caseId))?.status).toBe('withdrawn');
  });

  it('still gives the receipt when only the audit log fails after the case was stored, and logs the failure', async () => {
    stores.faults.failing.add('audit.append');
    const res = await bot.post(submission());
    expectUniversalActionsAnswer(res);
    expect(JSON.stringify(res.body.value)).toMatch(REFERENCE);
    expect(
      bot.logger.lines.some((l) => l.includes('audit.append-failed') && l.includes('case.created')),
    ).toBe(true);
  });

  it.each([
    ['the audit log', 'audit.append'],
    ["keeping the turn's answer", 'dedupe.saveAnswer'],
  ])(
    'replays the same receipt to a redelivery, with no second case, when %s failed after the case was written',
    async (_what, op) => {
      const activity = submission();
      stores.faults.failing.add(op);
      const first = await bot.post(activity);
      expectUniversalActionsAnswer(first);
      const reference = REFERENCE.exec(JSON.stringify(first.body.value))?.[0];
      expect(reference).toBeDefined();
      stores.heal();
      const again = await bot.post(activity);
      expectUniversalActionsAnswer(again);
      expect(JSON.stringify(again.body.value)).toContain(reference);
      expect(await myCases()).toHaveLength(1);
    },
  );

  it("creates no second case when the store wrote the case but lost its answer; the redelivery shows that case's receipt", async () => {
    const activity = submission();
    stores.faults.failingAfterWrite.add('cases.insert');
    const first = await bot.post(activity);
    expectUniversalActionsAnswer(first);
    stores.heal();
    const stored = await myCases();
    expect(stored).toHaveLength(1);
    const again = await bot.post(activity);
    expectUniversalActionsAnswer(again);
    expect(JSON.stringify(again.body.value)).toContain(stored[0]?.reference);
    expect(await myCases()).toHaveLength(1);
  });

  it("creates no second case when the bot crashed right after the insert; the restarted bot answers the redelivery with that case's receipt", async () => {
    const activity = submission();
    stores.faults.crashingAfterWrite.add('cases.insert');
    // the first instance never answers: Teams gives up on it and redelivers to another instance
    await bot
      .post(activity)
      .timeout(1_500)
      .then(
        () => undefined,
        () => undefined,
      );
    const restarted = await startTestBot({}, { stores: faultyStores(h.stores) });
    try {
      const stored = await myCases();
      expect(stored).toHaveLength(1);
      const again = await restarted.post({ ...activity, serviceUrl: restarted.serviceUrl });
      expectUniversalActionsAnswer(again);
      expect(JSON.stringify(again.body.value)).toContain(stored[0]?.reference);
      expect(await myCases()).toHaveLength(1);
    } finally {
      await restarted.stop();
    }
  });

  it.each([429, 502, 'reset'] as const)(
    'delivers a message reply exactly once when the connector answers %s once',
    async (status) => {
      bot.sink.failNext(1, status);
      const res = await bot.post(messageActivity('uusi', { serviceUrl: bot.serviceUrl, from: worker() }));
      expect(res.status).toBe(200);
      expect(bot.sink.refused).toHaveLength(1);
      expect(bot.sink.sent).toHaveLength(1);
    },
  );

  it('never answers 5xx when every reply send fails with 502, retries at most once, and answers the redelivery', async () => {
    const activity = messageActivity('uusi', { serviceUrl: bot.serviceUrl, from: worker() });
    bot.sink.failNext(10, 502);
    const res = await bot.post(activity);
    expect(res.status).toBeLessThan(500);
    expect(bot.sink.refused.length).toBeLessThanOrEqual(2);
    bot.sink.clear();
    await bot.post(activity).expect(200);
    expect(bot.sink.sent).toHaveLength(1);
  });

  it('answers a card button with 200 and a Universal Actions body when its reply send fails with 502', async () => {
    bot.sink.failNext(10, 502);
    const res = await bot.post(
      cardActionActivity('my-cases', {}, { serviceUrl: bot.serviceUrl, from: worker() }),
    );
    expectUniversalActionsAnswer(res);
  });
});
