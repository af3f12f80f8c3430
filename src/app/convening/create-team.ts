import { findArea } from '../../domain/areas.js';
import { err, ok, type Result } from '../../domain/result.js';
import { checkTeam, type ConsultationTeam, type TeamProblem } from '../../domain/team/team.js';
import type { Actor, AppDeps } from '../app-deps.js';
import { recordAudit } from '../audit.js';
import type { TeamOverview } from './list-teams.js';
import { placeWaiting } from './place-waiting.js';
import { topUpSessions } from './top-up-sessions.js';

export type NewTeam = Pick<
  ConsultationTeam,
  'areaCode' | 'members' | 'rhythm' | 'minutesPerCase' | 'casesPerSession' | 'conversation'
>;

export type CreateTeamError =
  | { readonly code: 'area-not-offered' }
  | { readonly code: 'area-has-team' }
  | { readonly code: 'invalid'; readonly problems: readonly TeamProblem[] };

/**
 * A convenor creates the consultation team of an area: its sessions for the horizon are generated (each with a
 * Teams meeting), and the area's cases that waited for a team are placed on them, first come first served.
 */
export async function createTeam(
  deps: AppDeps,
  actor: Actor,
  input: NewTeam,
): Promise<Result<TeamOverview, CreateTeamError>> {
  const area = findArea(input.areaCode);
  if (!area || !deps.areas.includes(area)) return err({ code: 'area-not-offered' });
  const problems = checkTeam(input);
  if (problems.length > 0) return err({ code: 'invalid', problems });
  const now = deps.clock.now();
  const team: ConsultationTeam = {
    ...input,
    id: deps.ids.newId(),
    convenor: actor,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  if (!(await deps.stores.teams.insert(team))) {
    // a redelivered turn created this very team: finish its placements below
    const earlier = await deps.stores.teams.get(team.id);
    if (!earlier) return err({ code: 'area-has-team' });
  }
  await recordAudit(deps, {
    actor,
    action: 'team.created',
    result: 'ok',
    subject: team.id,
    detail: team.areaCode,
  });
  await topUpSessions(deps, team);
  await placeWaiting(deps, team, actor.userId);
  return ok({ team, sessions: await topUpSessions(deps, team) });
}
