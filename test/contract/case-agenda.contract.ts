import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../src/domain/case/case-record.js';
import { caseRecord } from '../fixtures/case-records.js';
import { useFreshStores, type MakeStores } from './stores-harness.js';

const at = (day: number) => new Date(Date.UTC(2026, 4, day, 8));
const teamCase = (over: Partial<CaseRecord> = {}) => {
  const c = caseRecord(over);
  return { ...c, details: { ...c.details, form: 'team' as const, areaCode: 'kuopio' }, ...over };
};

/** The agenda's side of every CaseRepository adapter: the waiting queue and the agenda fields. */
export function describeCaseAgendaContract(name: string, make: MakeStores): void {
  describe(`CaseRepository agenda contract: ${name}`, () => {
    const h = useFreshStores(make);
    const repo = () => h().stores.cases;

    it("lists an area's submitted team cases oldest first (first come, first served), limited", async () => {
      const waiting = [3, 1, 2].map((d) => teamCase({ createdAt: at(d) }));
      const network = caseRecord({ createdAt: at(1) });
      const placed = teamCase({ createdAt: at(1), status: 'scheduled' });
      const elsewhere = { ...teamCase({ createdAt: at(1) }) };
      const pori = { ...elsewhere, details: { ...elsewhere.details, areaCode: 'pori' } };
      for (const c of [
        ...waiting,
        { ...network, details: { ...network.details, areaCode: 'kuopio' } },
        placed,
        pori,
      ])
        expect(await repo().insert(c)).toBe(true);
      const listed = await repo().listAwaitingTeam('kuopio', 2);
      expect(listed.map((c) => c.createdAt)).toEqual([at(1), at(2)]);
      expect(await repo().listAwaitingTeam('kuopio', 0)).toEqual([]);
      expect(await repo().listAwaitingTeam('yla-savo', 10)).toEqual([]);
    });

    it('round-trips the time box, the return reason and the outcome', async () => {
      const slot = {
        sessionId: 's|2026-05-12',
        teamId: 't',
        start: at(12),
        end: at(12),
        joinUrl: 'https://x',
      };
      const outcome = {
        decision: 'bilateral' as const,
        servicesNeeded: 'both' as const,
        kelaCooperation: true,
        followUps: [{ action: 'kela-rehabilitation' as const, responsible: 'kela' as const }],
        recordedAt: at(12),
        recordedBy: 'convenor-1',
      };
      const c = teamCase({ status: 'closed', slot, outcome, returnReason: 'question-unclear' });
      await repo().insert(c);
      expect(await repo().get(c.id)).toEqual(c);
      const plain = teamCase();
      await repo().insert(plain);
      expect(await repo().get(plain.id)).toEqual(plain);
    });
  });
}
