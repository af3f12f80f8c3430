import { describe, expect, it } from 'vitest';
import { purgeExpired, type PurgeSettings } from '../../src/app/purge-expired.js';
import { endedCase, caseRecord } from '../fixtures/case-records.js';
import { useFreshStores, type MakeStores } from './stores-harness.js';

const NOW = new Date('2026-03-29T01:30:00Z'); // the night Finland moves to summer time
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);
const SETTINGS: PurgeSettings = {
  holder: 'instance-a',
  policy: { textDays: 90, recordMonths: 12 },
  leaseMs: 60_000,
};
let n = 0;
const clock = { now: () => NOW };
const ids = { newId: () => `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}` };

/** The retention purge over every adapter: which cases lose their text, which are deleted, what is audited. */
export function describeRetentionContract(name: string, make: MakeStores): void {
  describe(`RetentionStore contract: ${name}`, () => {
    const h = useFreshStores(make);

    async function seed() {
      const cases = {
        open: caseRecord({ createdAt: daysAgo(900) }),
        closedRecently: endedCase('closed', daysAgo(89)),
        closedTextDue: endedCase('closed', daysAgo(91)),
        withdrawnTextDue: endedCase('withdrawn', daysAgo(200)),
        closedRecordDue: endedCase('closed', daysAgo(400)),
        textAlreadyPurged: { ...endedCase('closed', daysAgo(120)), text: null },
      };
      for (const c of Object.values(cases)) await h().stores.cases.insert(c);
      return cases;
    }

    it('removes the text of cases ended more than textDays ago and keeps their coded fields', async () => {
      const cases = await seed();
      expect(await h().stores.retention.purgeText(daysAgo(90))).toBe(3);
      for (const c of [cases.closedTextDue, cases.withdrawnTextDue, cases.closedRecordDue]) {
        expect(await h().stores.cases.get(c.id)).toEqual({ ...c, text: null, version: c.version + 1 });
      }
      for (const c of [cases.open, cases.closedRecently, cases.textAlreadyPurged]) {
        expect(await h().stores.cases.get(c.id)).toEqual(c);
      }
      expect(await h().stores.retention.purgeText(daysAgo(90))).toBe(0);
    });

    it('makes a replace that read the text before the purge fail instead of restoring it', async () => {
      const c = endedCase('closed', daysAgo(100));
      await h().stores.cases.insert(c);
      await h().stores.retention.purgeText(daysAgo(90));
      expect(await h().stores.cases.replace({ ...c, version: c.version + 1 }, c.version)).toBe(false);
      expect((await h().stores.cases.get(c.id))?.text).toBeNull();
    });

    it('deletes whole records ended before the record cutoff, and only those', async () => {
      const cases = await seed();
      expect(await h().stores.retention.deleteRecords(daysAgo(365))).toBe(1);
      expect(await h().stores.cases.get(cases.closedRecordDue.id)).toBeUndefined();
      expect(await h().stores.cases.get(cases.open.id)).toEqual(cases.open);
      expect(await h().stores.cases.get(cases.withdrawnTextDue.id)).toEqual(cases.withdrawnTextDue);
    });

    it('forgets dedupe keys claimed before the cutoff', async () => {
      await h().stores.dedupe.claim('old', daysAgo(2));
      await h().stores.dedupe.claim('new', daysAgo(1.5));
      expect(await h().stores.retention.forgetDedupeKeys(daysAgo(1.75))).toBe(1);
      expect(await h().stores.dedupe.claim('old', daysAgo(1.6))).toBe(true);
      expect(await h().stores.dedupe.claim('new', daysAgo(1))).toBe(false);
    });

    it('purgeExpired deletes records, purges texts and counts both in the audit log as the system', async () => {
      await seed();
      await h().stores.dedupe.claim('old', daysAgo(3));
      const outcome = await purgeExpired({ stores: h().stores, clock, ids }, SETTINGS);
      expect(outcome).toEqual({ ran: true, records: 1, texts: 2, dedupeKeys: 1 });
      const audit = (await h().readAudit()).map(({ id: _id, ...rest }) => rest);
      expect(audit).toHaveLength(2);
      expect(audit).toEqual(
        expect.arrayContaining([
          { at: NOW, action: 'retention.purged', result: 'ok', detail: 'record', count: 1 },
          { at: NOW, action: 'retention.purged', result: 'ok', detail: 'text', count: 2 },
        ]),
      );
      expect(await purgeExpired({ stores: h().stores, clock, ids }, SETTINGS)).toEqual({
        ran: true,
        records: 0,
        texts: 0,
        dedupeKeys: 0,
      });
      expect(await h().readAudit()).toHaveLength(2);
    });
  });
}
