import { describe, expect, it } from 'vitest';
import { auditEntry, directReferral } from '../fixtures/case-records.js';
import { byId, useFreshStores, type MakeStores } from './stores-harness.js';

/** What every AuditLog and ReferralRepository adapter must do: append, keep every field, store a retry once. */
export function describeAppendOnlyContract(name: string, make: MakeStores): void {
  describe(`AuditLog contract: ${name}`, () => {
    const h = useFreshStores(make);

    it('appends entries with every field; a system entry has no actor', async () => {
      const user = auditEntry();
      const system = auditEntry({ action: 'retention.purged', detail: 'text', count: 3 });
      const { actor: _a, subject: _s, ...systemWithoutActor } = system;
      await h().stores.audit.append(user);
      await h().stores.audit.append(systemWithoutActor);
      const read = await h().readAudit();
      expect(byId(read)).toEqual(byId([user, systemWithoutActor]));
      expect(read.find((e) => e.id === system.id)).not.toHaveProperty('actor');
    });

    it('stores a retried append of the same entry once', async () => {
      const e = auditEntry();
      await h().stores.audit.append(e);
      await h().stores.audit.append(e);
      expect(await h().readAudit()).toEqual([e]);
    });
  });

  describe(`ReferralRepository contract: ${name}`, () => {
    const h = useFreshStores(make);

    it('appends referrals with every field', async () => {
      const rs = [directReferral(), directReferral({ organisation: 'kela', ageGroup: '23-29' })];
      for (const r of rs) await h().stores.referrals.insert(r);
      expect(byId(await h().readReferrals())).toEqual(byId(rs));
    });

    it('stores a retried insert of the same referral once', async () => {
      const r = directReferral();
      await h().stores.referrals.insert(r);
      await h().stores.referrals.insert(r);
      expect(await h().readReferrals()).toEqual([r]);
    });
  });

  describe(`StoreHealth contract: ${name}`, () => {
    const h = useFreshStores(make);

    it('answers a ping and names its kind', async () => {
      await expect(h().stores.health.ping()).resolves.toBeUndefined();
      expect(h().stores.health.kind).toMatch(/^[a-z]+$/);
    });
  });
}
