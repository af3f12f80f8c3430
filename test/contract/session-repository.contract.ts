import { describe, expect, it } from 'vitest';
import type { TeamSession } from '../../src/domain/team/session.js';
import { useFreshStores, type MakeStores } from './stores-harness.js';

export const aSession = (date: string, over: Partial<TeamSession> = {}): TeamSession => ({
  id: `team-1|${date}`,
  teamId: 'team-1',
  areaCode: 'kuopio',
  date,
  start: new Date(`${date}T06:00:00Z`),
  end: new Date(`${date}T07:30:00Z`),
  status: 'planned',
  capacity: 6,
  caseIds: [],
  meeting: { eventId: 'local-1', joinUrl: 'https://teams.microsoft.com/l/meetup-join/local-1' },
  version: 1,
  ...over,
});

/** What every SessionRepository adapter must do. */
export function describeSessionRepositoryContract(name: string, make: MakeStores): void {
  describe(`SessionRepository contract: ${name}`, () => {
    const h = useFreshStores(make);
    const sessions = () => h().stores.sessions;

    it('stores a session once per id and reads it back equal', async () => {
      expect(await sessions().insert(aSession('2026-05-12'))).toBe(true);
      expect(await sessions().insert(aSession('2026-05-12', { capacity: 2 }))).toBe(false);
      expect(await sessions().get('team-1|2026-05-12')).toEqual(aSession('2026-05-12'));
      expect(await sessions().get('team-1|2026-05-19')).toBeUndefined();
    });

    it("lists a team's sessions that end after a time, in start order, up to the limit", async () => {
      for (const d of ['2026-05-26', '2026-05-12', '2026-05-19', '2026-06-02'])
        await sessions().insert(aSession(d));
      await sessions().insert(aSession('2026-05-20', { id: 'team-2|2026-05-20', teamId: 'team-2' }));
      const after = new Date('2026-05-12T07:00:00Z'); // the first one is still running
      const listed = await sessions().listByTeam('team-1', after, 3);
      expect(listed.map((s) => s.date)).toEqual(['2026-05-12', '2026-05-19', '2026-05-26']);
      expect(await sessions().listByTeam('team-1', new Date('2026-05-12T07:30:00Z'), 10)).toHaveLength(3);
      expect(await sessions().listByTeam('team-1', after, 0)).toEqual([]);
    });

    it('replaces only the version it read (an agenda edit never overwrites another)', async () => {
      await sessions().insert(aSession('2026-05-12'));
      const next = aSession('2026-05-12', { caseIds: ['a'], version: 2 });
      expect(await sessions().replace(next, 1)).toBe(true);
      expect(await sessions().replace(aSession('2026-05-12', { caseIds: ['b'], version: 2 }), 1)).toBe(false);
      expect((await sessions().get('team-1|2026-05-12'))?.caseIds).toEqual(['a']);
    });
  });
}
