import { describe, expect, it } from 'vitest';
import { purgeExpired } from '../../src/app/purge-expired.js';
import { endedCase } from '../fixtures/case-records.js';
import { useFreshStores, type MakeStores } from './stores-harness.js';

const T0 = new Date('2025-10-26T00:30:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** What every LeaseStore adapter must do, and that the purge job runs on one instance at a time. */
export function describeLeaseStoreContract(name: string, make: MakeStores): void {
  describe(`LeaseStore contract: ${name}`, () => {
    const h = useFreshStores(make);
    const leases = () => h().stores.leases;

    it('grants a free lease, refuses it to others while valid, renews it for the holder', async () => {
      expect(await leases().acquire('job', 'a', at(0), at(60))).toBe(true);
      expect(await leases().acquire('job', 'b', at(30), at(90))).toBe(false);
      expect(await leases().acquire('job', 'a', at(59), at(120))).toBe(true);
      expect(await leases().acquire('job', 'b', at(90), at(150))).toBe(false);
      expect(await leases().acquire('other-job', 'b', at(90), at(150))).toBe(true);
    });

    it('hands an expired lease to another holder', async () => {
      await leases().acquire('job', 'a', at(0), at(60));
      expect(await leases().acquire('job', 'b', at(61), at(121))).toBe(true);
      expect(await leases().acquire('job', 'a', at(62), at(122))).toBe(false);
    });

    it.each([
      ['a free lease', async () => {}],
      ['an expired lease', async () => void (await leases().acquire('job', 'old', at(-120), at(-60)))],
    ])('gives %s to exactly one of several racing holders', async (_, before) => {
      await before();
      const won = await Promise.all(
        ['a', 'b', 'c', 'd'].map((who) => leases().acquire('job', who, at(0), at(60))),
      );
      expect(won.filter(Boolean)).toHaveLength(1);
    });

    it('lets only one of two purge job instances run at a time', async () => {
      const old = endedCase('closed', new Date('2024-01-01T00:00:00Z'));
      await h().stores.cases.insert(old);
      const deps = {
        stores: h().stores,
        clock: { now: () => at(0) },
        ids: { newId: () => crypto.randomUUID() },
      };
      const policy = { textDays: 90, recordMonths: 12 };
      const outcomes = await Promise.all(
        ['instance-a', 'instance-b'].map((holder) =>
          purgeExpired(deps, { holder, policy, leaseMs: 3_600_000 }),
        ),
      );
      expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
      expect(outcomes).toContainEqual({ ran: false });
      expect(await h().readAudit()).toHaveLength(1);
    });
  });
}
