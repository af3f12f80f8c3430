import { describe, expect, it } from 'vitest';
import { appendCase, keepCases, moveEarlier, removeCase } from '../../../src/domain/team/agenda.js';
import {
  firstWithRoom,
  plannedSessions,
  timeBoxOf,
  type TeamSession,
} from '../../../src/domain/team/session.js';
import { checkTeam, defaultCasesPerSession, type ConsultationTeam } from '../../../src/domain/team/team.js';
import { aTeam } from '../../contract/team-repository.contract.js';
import { aSession } from '../../contract/session-repository.contract.js';

const team = (over: Partial<ConsultationTeam['rhythm']> = {}): ConsultationTeam =>
  aTeam({ rhythm: { ...aTeam().rhythm, ...over } });
const iso = (s: TeamSession) => `${s.date} ${s.start.toISOString().slice(11, 16)}Z`;

describe('session planning', () => {
  it('keeps 9:00 Helsinki time across the spring DST change and skips Easter Monday', () => {
    const t = team({ weekday: 'monday', intervalWeeks: 1, firstDate: '2026-03-23' });
    const planned = plannedSessions(t, new Set(), new Date('2026-03-22T00:00:00Z'), 4);
    expect(planned.map(iso)).toEqual(['2026-03-23 07:00Z', '2026-03-30 06:00Z', '2026-04-13 06:00Z']);
  });

  it.each([
    [
      'Christmas Eve',
      { weekday: 'thursday' as const, firstDate: '2026-12-17', intervalWeeks: 1 },
      '2026-12-16',
      '2026-12-24',
    ],
    [
      'Midsummer Eve',
      { weekday: 'friday' as const, firstDate: '2026-06-12', intervalWeeks: 1 },
      '2026-06-11',
      '2026-06-19',
    ],
    [
      'Independence Day',
      { weekday: 'friday' as const, firstDate: '2024-11-29', intervalWeeks: 1 },
      '2024-11-28',
      '2024-12-06',
    ],
  ])('skips %s', (_, rhythm, from, dayOff) => {
    const planned = plannedSessions(team(rhythm), new Set(), new Date(`${from}T00:00:00Z`), 3);
    expect(planned.map((s) => s.date)).not.toContain(dayOff);
    expect(planned.length).toBeGreaterThan(0);
  });

  it('never brings back an occurrence that exists (cancelled or moved), by its id', () => {
    const now = new Date('2026-05-11T00:00:00Z');
    const all = plannedSessions(team(), new Set(), now, 8);
    const again = plannedSessions(team(), new Set([all[0]?.id ?? '']), now, 8);
    expect(again.map((s) => s.id)).toEqual(all.slice(1).map((s) => s.id));
    expect(all.every((s) => s.capacity === 6 && s.caseIds.length === 0)).toBe(true);
  });

  it('gives the case at position n the box start + n × time per case', () => {
    const box = timeBoxOf(aSession('2026-05-12'), 2, 15);
    expect([box.start.toISOString(), box.end.toISOString()]).toEqual([
      '2026-05-12T06:30:00.000Z',
      '2026-05-12T06:45:00.000Z',
    ]);
  });

  it.each([
    [90, 15, 6],
    [60, 20, 3],
    [10, 15, 1],
  ])('fits %i min / %i min per case = %i cases by default', (duration, perCase, cases) => {
    expect(defaultCasesPerSession(duration, perCase)).toBe(cases);
  });

  it('refuses a team whose cases do not fit, without members or with an odd interval', () => {
    const bad = {
      ...aTeam({ members: [], casesPerSession: 7 }),
      rhythm: { ...aTeam().rhythm, intervalWeeks: 3 },
    };
    expect(checkTeam(bad).map((p) => p.code)).toEqual(['cases-do-not-fit', 'no-members', 'bad-interval']);
    expect(checkTeam(aTeam())).toEqual([]);
  });
});

describe('agenda', () => {
  const now = new Date('2026-05-11T00:00:00Z');
  const full = aSession('2026-05-12', { caseIds: ['a', 'b', 'c', 'd', 'e', 'f'] });
  const cancelled = aSession('2026-05-19', { status: 'cancelled' });
  const open = aSession('2026-05-26');
  const past = aSession('2026-05-05');

  it('places a case in the first session that is planned, not started and has room', () => {
    expect(firstWithRoom([open, cancelled, full, past], now)?.id).toBe(open.id);
    expect(firstWithRoom([open], now, open.id)).toBeUndefined();
  });

  it('appends once, removes, moves earlier and drops cases that left, bumping the version on a change', () => {
    const s = aSession('2026-05-12', { caseIds: ['a', 'b', 'c'] });
    expect(appendCase(s, 'd').caseIds).toEqual(['a', 'b', 'c', 'd']);
    expect(appendCase(s, 'a')).toBe(s);
    expect(removeCase(s, 'b')).toMatchObject({ caseIds: ['a', 'c'], version: 2 });
    expect(moveEarlier(s, 'c').caseIds).toEqual(['a', 'c', 'b']);
    expect(moveEarlier(s, 'a')).toBe(s);
    expect(keepCases(s, (id) => id !== 'a').caseIds).toEqual(['b', 'c']);
    expect(keepCases(s, () => true)).toBe(s);
  });
});
