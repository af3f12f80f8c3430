import { postponeCase } from '../../domain/case/agenda-lifecycle.js';
import type { ConsultationTeam } from '../../domain/team/team.js';
import type { AppDeps } from '../app-deps.js';
import { placeInTeam } from './place-case.js';

const LOOKBACK_MS = 8 * 7 * 24 * 3_600_000;

/**
 * Cases still `scheduled` in a session that has ended were not reached: they roll over to the next session with
 * room (the worker is told the new time). Runs lazily, whenever the convenor looks at the team's agendas.
 */
export async function rollOverEnded(deps: AppDeps, team: ConsultationTeam): Promise<number> {
  const now = deps.clock.now();
  const recent = await deps.stores.sessions.listByTeam(team.id, new Date(now.getTime() - LOOKBACK_MS), 100);
  let moved = 0;
  for (const s of recent.filter((x) => x.end <= now)) {
    for (const caseId of s.caseIds) {
      const c = await deps.stores.cases.get(caseId);
      if (c?.status !== 'scheduled' || c.slot?.sessionId !== s.id) continue;
      const waiting = postponeCase(c, now, 'system');
      if (!(await deps.stores.cases.replace(waiting, c.version))) continue;
      await placeInTeam(deps, team, waiting, 'system', s.id);
      moved += 1;
    }
  }
  return moved;
}
