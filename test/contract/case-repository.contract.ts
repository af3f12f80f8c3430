import { describe, expect, it } from 'vitest';
import { caseRecord, newOwner } from '../fixtures/case-records.js';
import { useFreshStores, type MakeStores } from './stores-harness.js';

/** What every CaseRepository adapter must do. */
export function describeCaseRepositoryContract(name: string, make: MakeStores): void {
  describe(`CaseRepository contract: ${name}`, () => {
    const h = useFreshStores(make);
    const repo = () => h().stores.cases;

    it('round-trips every field, including Dates and nested arrays', async () => {
      const c = caseRecord();
      expect(await repo().insert(c)).toBe(true);
      const got = await repo().get(c.id);
      expect(got).toEqual(c);
      expect(got?.createdAt).toBeInstanceOf(Date);
      expect(got?.events[0]?.at).toBeInstanceOf(Date);
    });

    it('round-trips a case whose text was purged (null)', async () => {
      const c = caseRecord({ text: null });
      await repo().insert(c);
      expect(await repo().get(c.id)).toEqual(c);
    });

    it("round-trips a network consultation's plan: consent, meeting, review and its nulls", async () => {
      const at = new Date('2026-10-25T00:30:00.000Z'); // the night Finland moves back to winter time
      const meeting = {
        eventId: 'local-1',
        organizer: 'worker-1',
        attendees: ['expert@example.fi', 'social@example.fi'],
        start: at,
        end: new Date(at.getTime() + 45 * 60_000),
        joinUrl: 'https://teams.microsoft.com/l/meetup-join/local-1',
        bookedAt: at,
        isCancelled: false,
      };
      const c = caseRecord({
        network: {
          consent: { by: 'worker-1', at, parties: ['employment-authority', 'social-services'] },
          meeting,
          review: { dueDate: '2026-11-02', doneAt: null },
        },
      });
      await repo().insert(c);
      expect(await repo().get(c.id)).toEqual(c);
      const withdrawn = {
        ...c,
        network: { consent: null, meeting: { ...meeting, isCancelled: true }, review: null },
      };
      await repo().replace({ ...withdrawn, version: c.version + 1 }, c.version);
      expect((await repo().get(c.id))?.network).toEqual(withdrawn.network);
    });

    it('lists the cases whose network meeting is still ahead and not cancelled, soonest first, limited', async () => {
      const now = new Date('2026-05-04T08:00:00Z');
      const meetingAt = (hours: number, isCancelled = false) => ({
        consent: { by: 'worker-1', at: now, parties: ['social-services' as const] },
        meeting: {
          eventId: `e${hours}`,
          organizer: 'worker-1',
          attendees: ['social@example.fi'],
          start: new Date(now.getTime() + (hours - 1) * 3_600_000),
          end: new Date(now.getTime() + hours * 3_600_000),
          joinUrl: '',
          bookedAt: now,
          isCancelled,
          declinedBy: hours === 48 ? ['social@example.fi'] : [],
        },
        review: null,
      });
      const later = caseRecord({ network: meetingAt(48) });
      const sooner = caseRecord({ network: meetingAt(2) });
      const held = caseRecord({ network: meetingAt(0) });
      const cancelled = caseRecord({ network: meetingAt(5, true) });
      const unplanned = caseRecord();
      for (const c of [later, sooner, held, cancelled, unplanned]) await repo().insert(c);
      expect(await repo().listNetworkMeetingsAhead(now, 10)).toEqual([sooner, later]);
      expect((await repo().listNetworkMeetingsAhead(now, 1)).map((c) => c.id)).toEqual([sooner.id]);
      expect(await repo().listNetworkMeetingsAhead(now, 0)).toEqual([]);
    });

    it('answers undefined for an unknown id', async () => {
      expect(await repo().get('00000000-0000-4000-8000-000000000000')).toBeUndefined();
    });

    it('refuses a taken reference with false and stores nothing', async () => {
      const first = caseRecord();
      const second = caseRecord({ reference: first.reference });
      await repo().insert(first);
      expect(await repo().insert(second)).toBe(false);
      expect(await repo().get(second.id)).toBeUndefined();
      expect(await repo().get(first.id)).toEqual(first);
    });

    it('replaces the case when the stored version is the expected one', async () => {
      const c = caseRecord();
      await repo().insert(c);
      const next = {
        ...c,
        status: 'scheduled' as const,
        version: 2,
        updatedAt: new Date('2025-04-01T08:00:00Z'),
      };
      expect(await repo().replace(next, 1)).toBe(true);
      expect(await repo().get(c.id)).toEqual(next);
    });

    it('refuses a replace with a stale version and changes nothing', async () => {
      const c = caseRecord();
      await repo().insert(c);
      await repo().replace({ ...c, version: 2 }, 1);
      expect(await repo().replace({ ...c, status: 'withdrawn', version: 2 }, 1)).toBe(false);
      expect(await repo().get(c.id)).toEqual({ ...c, version: 2 });
    });

    it('refuses a replace of a case that does not exist', async () => {
      expect(await repo().replace(caseRecord(), 1)).toBe(false);
    });

    it("lists only the owner's cases, newest first, limited", async () => {
      const me = newOwner();
      const at = (day: number) => new Date(Date.UTC(2025, 2, day, 12));
      const mine = [3, 1, 4, 2].map((day) => caseRecord({ owner: me, createdAt: at(day) }));
      const colleague = caseRecord({ owner: newOwner(), createdAt: at(5) });
      const sameIdOtherTenant = caseRecord({
        owner: { userId: me.userId, tenantId: '0a0b0c0d-1111-4222-8333-444455556666' },
        createdAt: at(6),
      });
      for (const c of [...mine, colleague, sameIdOtherTenant]) await repo().insert(c);

      const listed = await repo().listByOwner(me, 3);
      expect(listed.map((c) => c.createdAt)).toEqual([at(4), at(3), at(2)]);
      expect(listed[0]).toEqual(mine[2]);
      expect(await repo().listByOwner(me, 10)).toHaveLength(4);
      expect(await repo().listByOwner(me, 0)).toEqual([]);
      expect(await repo().listByOwner(newOwner(), 10)).toEqual([]);
    });

    it('hands out copies: changing a returned case changes nothing stored', async () => {
      const c = caseRecord();
      await repo().insert(c);
      const got = await repo().get(c.id);
      (got?.details.kelaCriteria as string[] | undefined)?.push('broken-paths');
      expect(await repo().get(c.id)).toEqual(c);
    });
  });
}
