import type { CaseRecord } from '../../domain/case/case-record.js';
import { err, ok, type Result } from '../../domain/result.js';
import type { TeamSession } from '../../domain/team/session.js';
import type { ConsultationTeam } from '../../domain/team/team.js';
import type { AppDeps } from '../app-deps.js';
import { teamOfConversation } from './list-teams.js';
import { placeWaiting } from './place-waiting.js';
import { rollOverEnded } from './roll-over.js';
import { syncSession } from './sync-session.js';
import { topUpSessions } from './top-up-sessions.js';

export interface Agenda {
  readonly team: ConsultationTeam;
  readonly session: TeamSession;
  /** The cases in agenda order. */
  readonly cases: readonly CaseRecord[];
  /** The team's other coming sessions: where a case or the meeting can be moved. */
  readonly otherSessions: readonly TeamSession[];
}

export type AgendaError = { readonly code: 'not-found' };

/** One session's agenda, brought up to date (unreached cases rolled over, left cases dropped). */
export async function loadAgenda(
  deps: AppDeps,
  sessionId: string,
  by: string,
): Promise<Result<Agenda, AgendaError>> {
  const first = await deps.stores.sessions.get(sessionId);
  const team = first && (await deps.stores.teams.get(first.teamId));
  if (!first || !team) return err({ code: 'not-found' });
  await rollOverEnded(deps, team);
  await placeWaiting(deps, team, by);
  const session = (await syncSession(deps, team, sessionId, by)) ?? first;
  const cases = (await Promise.all(session.caseIds.map((id) => deps.stores.cases.get(id)))).filter(
    (c): c is CaseRecord => c !== undefined,
  );
  const now = deps.clock.now();
  const otherSessions = (await topUpSessions(deps, team)).filter((s) => s.id !== session.id && s.start > now);
  return ok({ team, session, cases, otherSessions });
}

/** The next session's agenda of the team tied to this conversation; not found elsewhere. */
export async function loadNextAgenda(
  deps: AppDeps,
  conversationId: string,
  by: string,
): Promise<Result<Agenda, AgendaError>> {
  const team = await teamOfConversation(deps, conversationId);
  if (!team) return err({ code: 'not-found' });
  const now = deps.clock.now();
  const next = (await topUpSessions(deps, team)).find((s) => s.status === 'planned' && s.end > now);
  return next ? loadAgenda(deps, next.id, by) : err({ code: 'not-found' });
}
