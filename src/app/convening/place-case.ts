import { isPlaceable } from '../../domain/case/agenda-lifecycle.js';
import type { CaseRecord } from '../../domain/case/case-record.js';
import { appendCase } from '../../domain/team/agenda.js';
import { firstWithRoom, hasRoom } from '../../domain/team/session.js';
import type { ConsultationTeam } from '../../domain/team/team.js';
import type { AppDeps } from '../app-deps.js';
import { updateSession } from './save-session.js';
import { syncSession } from './sync-session.js';
import { topUpSessions } from './top-up-sessions.js';

/**
 * Puts a waiting consultation-team case on the next session of its area's team that has room (first come, first
 * served). Without a team, or with every session full, the case waits in the queue and is placed later. Resolves
 * the case as it is now. `exceptSessionId`: a session the case must not go to (the one it was postponed from).
 */
export async function placeCase(
  deps: AppDeps,
  c: CaseRecord,
  by: string,
  exceptSessionId?: string,
): Promise<CaseRecord> {
  if (!isPlaceable(c) || c.status === 'scheduled') return c;
  const team = await deps.stores.teams.findByArea(c.details.areaCode);
  if (!team) return c;
  return placeInTeam(deps, team, c, by, exceptSessionId);
}

/** `placeCase` for a known team. */
export async function placeInTeam(
  deps: AppDeps,
  team: ConsultationTeam,
  c: CaseRecord,
  by: string,
  exceptSessionId?: string,
): Promise<CaseRecord> {
  const sessions = await topUpSessions(deps, team);
  const now = deps.clock.now();
  // a first attempt that stopped half-way left the case on an agenda already: finish that placement
  let target = sessions.find((s) => s.caseIds.includes(c.id) && s.status === 'planned');
  for (let tries = 0; !target && tries < sessions.length; tries++) {
    const candidate = firstWithRoom(
      sessions.filter((s) => s.id !== exceptSessionId),
      now,
    );
    if (!candidate) break;
    const stored = await updateSession(deps, candidate.id, (s) =>
      hasRoom(s, now) ? appendCase(s, c.id) : s,
    );
    if (stored?.caseIds.includes(c.id)) target = stored;
    else sessions.splice(sessions.indexOf(candidate), 1);
  }
  if (!target) return c;
  await syncSession(deps, team, target.id, by);
  return (await deps.stores.cases.get(c.id)) ?? c;
}
