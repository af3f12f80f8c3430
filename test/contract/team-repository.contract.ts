import { describe, expect, it } from 'vitest';
import type { ConsultationTeam } from '../../src/domain/team/team.js';
import { useFreshStores, type MakeStores } from './stores-harness.js';

const AT = new Date('2026-05-12T06:00:00Z');

export const aTeam = (over: Partial<ConsultationTeam> = {}): ConsultationTeam => ({
  id: 'team-1',
  areaCode: 'kuopio',
  convenor: { userId: 'convenor-1', tenantId: 'tenant-a' },
  members: [{ role: 'kela', ref: 'kela@example.fi' }],
  rhythm: {
    weekday: 'tuesday',
    intervalWeeks: 2,
    startTime: '09:00',
    durationMinutes: 90,
    firstDate: '2026-05-12',
  },
  minutesPerCase: 15,
  casesPerSession: 6,
  conversation: { id: '19:x@thread.tacv2', scope: 'channel' },
  createdAt: AT,
  updatedAt: AT,
  version: 1,
  ...over,
});

/** What every TeamRepository adapter must do. */
export function describeTeamRepositoryContract(name: string, make: MakeStores): void {
  describe(`TeamRepository contract: ${name}`, () => {
    const h = useFreshStores(make);
    const teams = () => h().stores.teams;

    it('stores a team and reads it back by id and by area, equal to what was stored', async () => {
      expect(await teams().insert(aTeam())).toBe(true);
      expect(await teams().get('team-1')).toEqual(aTeam());
      expect(await teams().findByArea('kuopio')).toEqual(aTeam());
      expect(await teams().findByArea('pori')).toBeUndefined();
    });

    it('keeps one team per area and refuses a taken id', async () => {
      await teams().insert(aTeam());
      expect(await teams().insert(aTeam({ id: 'team-2' }))).toBe(false);
      expect(await teams().insert(aTeam({ areaCode: 'pori' }))).toBe(false);
      expect(await teams().insert(aTeam({ id: 'team-3', areaCode: 'pori', conversation: null }))).toBe(true);
      expect((await teams().list()).map((t) => t.areaCode)).toEqual(['kuopio', 'pori']);
    });

    it('replaces only the version it read', async () => {
      await teams().insert(aTeam());
      expect(await teams().replace(aTeam({ minutesPerCase: 20, version: 2 }), 1)).toBe(true);
      expect(await teams().replace(aTeam({ minutesPerCase: 30, version: 2 }), 1)).toBe(false);
      expect((await teams().get('team-1'))?.minutesPerCase).toBe(20);
    });
  });
}
