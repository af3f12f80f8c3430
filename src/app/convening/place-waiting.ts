import type { ConsultationTeam } from '../../domain/team/team.js';
import type { AppDeps } from '../app-deps.js';
import { placeInTeam } from './place-case.js';

/** How many waiting cases one call places (oldest first); the rest wait for the next call. */
const MAX_WAITING = 200;

/**
 * Places the area's cases that wait for the team (it had no team, every session was full, or a placement stopped
 * half-way), first come first served. Called when a team is created and whenever its agendas are looked at.
 */
export async function placeWaiting(deps: AppDeps, team: ConsultationTeam, by: string): Promise<void> {
  for (const waiting of await deps.stores.cases.listAwaitingTeam(team.areaCode, MAX_WAITING)) {
    const placed = await placeInTeam(deps, team, waiting, by);
    if (placed.status !== 'scheduled') return;
  }
}
