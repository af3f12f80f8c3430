import { describe, expect, it } from 'vitest';
import type { Notice } from '../../src/ports/notifier.js';
import { useFreshStores, type MakeStores } from './stores-harness.js';

const T0 = new Date('2026-03-29T00:30:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const ANNA = { userId: '11111111-1111-4111-8111-111111111111', tenantId: 'tenant-a' };

const notice = (id: string, dueMinutes = 0): Notice => ({
  id,
  kind: 'slot-reminder',
  to: ANNA,
  dueAt: at(dueMinutes),
  data: { reference: 'TYM-2026-0001', startsAt: '2026-03-30T06:30:00.000Z', 'odd.key': true },
});

/** What every OutboxStore adapter must do: keep, claim once, recover lapsed claims, cancel, wait and wake. */
export function describeOutboxStoreContract(name: string, make: MakeStores): void {
  describe(`OutboxStore contract: ${name}`, () => {
    const h = useFreshStores(make);
    const outbox = () => h().stores.outbox;

    it('keeps one notice per id and claims it only when due', async () => {
      await outbox().enqueue(notice('n1', 10));
      await outbox().enqueue({ ...notice('n1', 0), kind: 'case-returned' });
      expect(await outbox().claimDue('a', at(5), at(7), 10)).toEqual([]);
      const [claim, ...more] = await outbox().claimDue('a', at(10), at(12), 10);
      expect(more).toEqual([]);
      expect(claim).toMatchObject({ notice: notice('n1', 10), attempt: 1, unclearSends: 0 });
      expect(await outbox().claimDue('b', at(11), at(13), 10)).toEqual([]);
    });

    it('records a sent notice as sent and never claims it again', async () => {
      await outbox().enqueue(notice('n1'));
      const [claim] = await outbox().claimDue('a', at(0), at(2), 10);
      await outbox().markSending(claim!, at(0));
      await outbox().complete(claim!, { state: 'sent', at: at(0) });
      expect(await outbox().entryOf('n1')).toMatchObject({ state: 'sent', attempts: 1 });
      expect(await outbox().claimDue('b', at(60), at(62), 10)).toEqual([]);
      await outbox().enqueue(notice('n1'));
      expect((await outbox().entryOf('n1'))?.state).toBe('sent');
    });

    it('claims each notice for exactly one of several racing instances', async () => {
      for (let i = 0; i < 10; i++) await outbox().enqueue(notice(`n${i}`));
      const batches = await Promise.all(
        ['a', 'b', 'c', 'd'].map((who) => outbox().claimDue(who, at(0), at(2), 10)),
      );
      const ids = batches.flat().map((c) => c.notice.id);
      expect(ids.sort()).toEqual([...Array(10).keys()].map((i) => `n${i}`).sort());
    });

    it('gives a lapsed claim to another instance, counting a begun send as unclear', async () => {
      await outbox().enqueue(notice('quiet'));
      await outbox().enqueue(notice('begun'));
      const first = await outbox().claimDue('a', at(0), at(2), 10);
      await outbox().markSending(
        first.find((c) => c.notice.id === 'begun')!,
        at(1),
      );
      expect(await outbox().claimDue('b', at(1), at(3), 10)).toEqual([]);
      const second = await outbox().claimDue('b', at(3), at(5), 10);
      const byId = Object.fromEntries(second.map((c) => [c.notice.id, c]));
      expect(byId['quiet']).toMatchObject({ attempt: 2, unclearSends: 0 });
      expect(byId['begun']).toMatchObject({ attempt: 2, unclearSends: 1 });
      // the first instance's late answer no longer counts
      await outbox().complete(first[0]!, { state: 'failed', failure: 'late' });
      expect((await outbox().entryOf(first[0]!.notice.id))?.state).toBe('claimed');
    });

    it('queues a retried notice for its retry time and keeps the unclear count', async () => {
      await outbox().enqueue(notice('n1'));
      const [claim] = await outbox().claimDue('a', at(0), at(2), 10);
      await outbox().complete(claim!, { state: 'queued', nextAt: at(30), unclearSends: 1 });
      expect(await outbox().claimDue('a', at(29), at(31), 10)).toEqual([]);
      const [again] = await outbox().claimDue('a', at(30), at(32), 10);
      expect(again).toMatchObject({ attempt: 2, unclearSends: 1 });
    });

    it('lets a notice without a reference wait until the user is woken', async () => {
      await outbox().enqueue(notice('n1'));
      await outbox().enqueue({ ...notice('other'), to: { ...ANNA, userId: 'someone-else' } });
      for (const c of await outbox().claimDue('a', at(0), at(2), 10))
        await outbox().complete(c, { state: 'no-reference' });
      expect(await outbox().claimDue('a', at(60), at(62), 10)).toEqual([]);
      expect(await outbox().wake(ANNA, at(61))).toBe(1);
      const claims = await outbox().claimDue('a', at(61), at(63), 10);
      expect(claims.map((c) => c.notice.id)).toEqual(['n1']);
    });

    it('cancels queued and waiting notices by id prefix, and leaves sent ones sent', async () => {
      await outbox().enqueue(notice('slot|case-1|s1'));
      await outbox().enqueue(notice('slot|case-1|s2', 60));
      await outbox().enqueue(notice('slot|case-2|s1'));
      const [sent] = await outbox().claimDue('a', at(0), at(2), 1);
      await outbox().complete(sent!, { state: 'sent', at: at(0) });
      expect(await outbox().cancel('slot|case-1|')).toBe(1);
      expect(await outbox().cancel('slot|case-1|')).toBe(0);
      expect((await outbox().entryOf('slot|case-1|s2'))?.state).toBe('cancelled');
      expect((await outbox().entryOf(sent!.notice.id))?.state).toBe('sent');
      expect(await outbox().claimDue('a', at(120), at(122), 10)).toEqual(
        sent!.notice.id === 'slot|case-2|s1' ? [] : [expect.objectContaining({ attempt: 1 })],
      );
    });
  });
}
