import { afterEach, beforeEach, expect, it } from 'vitest';
import type { StoresHarness } from '../contract/stores-harness.js';
import { TENANT_ID } from './support/activities.js';
import { ConnectorSink } from './support/connector-sink.js';
import { handClock, reminderFor, startOutboxApp, userNo, type OutboxApp } from './support/outbox-app.js';
import { describeOnEachStore, storeKinds } from './support/store-kinds.js';

const T0 = new Date('2026-05-11T06:00:00Z');
const kinds = await storeKinds('outbox');

describeOnEachStore(kinds, 'The outbox sender', (kind) => {
  let h: StoresHarness;
  let sink: ConnectorSink;
  let serviceUrl: string;
  let clock: ReturnType<typeof handClock>;
  let bot: OutboxApp;
  const anna = userNo(1);
  const cardText = (i: number) => JSON.stringify(sink.cards()[i]);

  beforeEach(async () => {
    h = await kind.make();
    sink = new ConnectorSink();
    serviceUrl = await sink.start();
    clock = handClock(T0);
    bot = await startOutboxApp(h.stores, clock);
  });
  afterEach(async () => {
    await bot.app.close();
    await sink.stop();
    await h.cleanup();
  });

  it('delivers a due notice to the personal chat in the recipient language, times in Finnish time', async () => {
    await bot.talk(anna, serviceUrl);
    sink.clear();
    // through the app (as the language command does): its per-process cache sees the change at once
    await bot.app.deps.stores.preferences.setLanguage({
      userId: anna.aadObjectId,
      tenantId: TENANT_ID,
      language: 'en',
      updatedAt: T0,
    });
    await bot.app.deps.notifier.enqueue(reminderFor(anna, 'r1', T0));
    expect(await bot.app.outbox.runNow()).toMatchObject({ sent: 1 });
    expect(sink.sent).toHaveLength(1);
    expect(sink.sent[0]!.conversationId).toBe(`a:personal-${anna.aadObjectId}`);
    expect(cardText(0)).toContain(
      'Reminder: your case **TYM-2026-0042** is discussed tomorrow, Tue 12 May, 9:30–9:45',
    );
    expect((await h.stores.outbox.entryOf('r1'))?.state).toBe('sent');
    expect(await bot.app.outbox.runNow()).toMatchObject({ sent: 0 });
    expect(sink.sent).toHaveLength(1);
  });

  it('sends in Finnish without a stored choice, and not before the notice is due', async () => {
    await bot.talk(anna, serviceUrl);
    sink.clear();
    await bot.app.deps.notifier.enqueue(reminderFor(anna, 'r1', new Date(T0.getTime() + 60_000)));
    await bot.app.outbox.runNow();
    expect(sink.sent).toHaveLength(0);
    clock.advance(60_000);
    await bot.app.outbox.runNow();
    expect(cardText(0)).toContain('käsitellään huomenna, ti 12.5. klo 9.30–9.45');
  });

  it('lets a notice without a conversation reference wait, then sends it after the user next talks', async () => {
    await bot.app.deps.notifier.enqueue(reminderFor(anna, 'r1', T0));
    expect(await bot.app.outbox.runNow()).toMatchObject({ waiting: 1 });
    expect((await h.stores.outbox.entryOf('r1'))?.state).toBe('no-reference');
    expect(bot.logger.lines.join('\n')).not.toContain('TYM-2026-0042');
    await bot.talk(anna, serviceUrl);
    sink.clear();
    expect(await bot.app.outbox.runNow()).toMatchObject({ sent: 1 });
    expect(sink.cards()).toHaveLength(1);
  });

  it('sends nothing for a cancelled notice', async () => {
    await bot.talk(anna, serviceUrl);
    sink.clear();
    await bot.app.deps.notifier.enqueue(reminderFor(anna, 'slot|case-1|s1', T0));
    expect(await bot.app.deps.notifier.cancel('slot|case-1|')).toBe(1);
    await bot.app.outbox.runNow();
    expect(sink.sent).toHaveLength(0);
    expect((await h.stores.outbox.entryOf('slot|case-1|s1'))?.state).toBe('cancelled');
  });

  it('honours Retry-After on a 429 and then sends once', async () => {
    await bot.talk(anna, serviceUrl);
    sink.clear();
    sink.failNext(1, 429, 40);
    await bot.app.deps.notifier.enqueue(reminderFor(anna, 'r1', T0));
    expect(await bot.app.outbox.runNow()).toMatchObject({ retried: 1 });
    clock.advance(30_000);
    await bot.app.outbox.runNow();
    expect(sink.refused).toHaveLength(1);
    expect(sink.sent).toHaveLength(0);
    clock.advance(20_000);
    await bot.app.outbox.runNow();
    expect(sink.sent).toHaveLength(1);
  });

  it('retries an unclear 502 once for a reminder, never for an outcome, and gives up after a burst', async () => {
    await bot.talk(anna, serviceUrl);
    sink.clear();
    const later = async () => {
      clock.advance(10 * 60_000);
      await bot.app.outbox.runNow();
    };
    sink.failNext(1, 502);
    await bot.app.deps.notifier.enqueue(reminderFor(anna, 'reminder', T0));
    await bot.app.outbox.runNow();
    await later();
    expect([sink.refused.length, sink.sent.length]).toEqual([1, 1]);

    sink.clear();
    sink.failNext(3, 502);
    await bot.app.deps.notifier.enqueue(reminderFor(anna, 'burst', clock.now()));
    await bot.app.outbox.runNow();
    await later();
    await later();
    expect([sink.refused.length, sink.sent.length]).toEqual([2, 0]);
    expect(await h.stores.outbox.entryOf('burst')).toMatchObject({ state: 'failed', failure: 'unclear' });

    sink.clear();
    sink.failNext(1, 502);
    await bot.app.deps.notifier.enqueue(reminderFor(anna, 'outcome', clock.now(), 'outcome-recorded'));
    await bot.app.outbox.runNow();
    await later();
    expect([sink.refused.length, sink.sent.length]).toEqual([1, 0]);
    expect(await h.stores.outbox.entryOf('outcome')).toMatchObject({ state: 'failed', failure: 'unclear' });
  });

  it('after a restart between claim and send, sends the notice once; after one mid-send, per its kind', async () => {
    await bot.talk(anna, serviceUrl);
    sink.clear();
    await bot.app.deps.notifier.enqueue(reminderFor(anna, 'quiet', T0));
    await bot.app.deps.notifier.enqueue(reminderFor(anna, 'begun-reminder', T0));
    await bot.app.deps.notifier.enqueue(reminderFor(anna, 'begun-outcome', T0, 'outcome-recorded'));
    // the stopped instance got as far as its claims (and the start of two sends), then went away
    const lease = new Date(T0.getTime() + 60_000);
    const claims = await h.stores.outbox.claimDue('stopped-instance', T0, lease, 10);
    for (const c of claims.filter((c) => c.notice.id.startsWith('begun')))
      await h.stores.outbox.markSending(c, T0);
    await bot.app.outbox.runNow();
    expect(sink.sent).toHaveLength(0);
    clock.advance(61_000);
    await bot.app.outbox.runNow();
    await bot.app.outbox.runNow();
    expect(sink.sent).toHaveLength(2);
    expect((await h.stores.outbox.entryOf('quiet'))?.state).toBe('sent');
    expect(await h.stores.outbox.entryOf('begun-reminder')).toMatchObject({ state: 'sent', unclearSends: 1 });
    expect(await h.stores.outbox.entryOf('begun-outcome')).toMatchObject({
      state: 'failed',
      failure: 'unclear',
    });
  });
});
