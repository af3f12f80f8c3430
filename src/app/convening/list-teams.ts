import type { TeamSession } from '../../domain/team/session.js';
import type { ConsultationTeam } from '../../domain/team/team.js';
import type { AppDeps } from '../app-deps.js';
import { placeWaiting } from './place-waiting.js';
import { rollOverEnded } from './roll-over.js';
import { topUpSessions } from './top-up-sessions.js';

export interface TeamOverview {
  readonly team: ConsultationTeam;
  /** The sessions that have not ended, planned and cancelled, in start order. */
  readonly sessions: readonly TeamSession[];
}

/** Every consultation team with its coming sessions (generated up to the horizon, unreached cases rolled over). */
export async function listTeams(deps: AppDeps): Promise<TeamOverview[]> {
  const teams = await deps.stores.teams.list();
  const overviews: TeamOverview[] = [];
  for (const team of teams) {
    await rollOverEnded(deps, team);
    await placeWaiting(deps, team, 'system');
    overviews.push({ team, sessions: await topUpSessions(deps, team) });
  }
  return overviews;
}

/** The team tied to a Teams conversation (its channel or group chat), if any. */
export async function teamOfConversation(
  deps: AppDeps,
  conversationId: string,
): Promise<ConsultationTeam | undefined> {
  return (await deps.stores.teams.list()).find((t) => t.conversation?.id === conversationId);
}
