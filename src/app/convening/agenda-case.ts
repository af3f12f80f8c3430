import type { CaseRecord } from '../../domain/case/case-record.js';
import { err, ok, type Result } from '../../domain/result.js';
import type { ConsultationTeam } from '../../domain/team/team.js';
import type { AppDeps } from '../app-deps.js';

export interface AgendaCase {
  readonly team: ConsultationTeam;
  readonly case: CaseRecord;
  readonly sessionId: string;
}

export type AgendaCaseError = { readonly code: 'not-found' } | { readonly code: 'stale' };

/**
 * A case on a session's agenda, as the convenor's card names it: only a case that is on that agenda is found
 * (a card cannot reach any other case), and a card made from an older version of the case is stale.
 */
export async function loadAgendaCase(
  deps: AppDeps,
  sessionId: string,
  caseId: string,
  version?: number,
): Promise<Result<AgendaCase, AgendaCaseError>> {
  const session = await deps.stores.sessions.get(sessionId);
  if (!session?.caseIds.includes(caseId)) return err({ code: 'not-found' });
  const [c, team] = await Promise.all([deps.stores.cases.get(caseId), deps.stores.teams.get(session.teamId)]);
  if (!c || !team || c.slot?.sessionId !== sessionId) return err({ code: 'not-found' });
  if (version !== undefined && c.version !== version) return err({ code: 'stale' });
  return ok({ team, case: c, sessionId });
}
