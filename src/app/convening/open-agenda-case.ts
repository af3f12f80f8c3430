import type { CaseRecord } from '../../domain/case/case-record.js';
import type { Result } from '../../domain/result.js';
import type { TeamSession } from '../../domain/team/session.js';
import type { Actor, AppDeps } from '../app-deps.js';
import { recordAudit } from '../audit.js';
import { loadAgendaCase, type AgendaCaseError } from './agenda-case.js';

export interface OpenedAgendaCase {
  readonly case: CaseRecord;
  readonly sessionId: string;
  /** The team's other coming planned sessions, where the case could move. */
  readonly targets: readonly TeamSession[];
}

/**
 * One case of an agenda for the convenor. Asking for its free text is audited as a view of the case (the card
 * shows it only in the convenor's personal chat).
 */
export async function openAgendaCase(
  deps: AppDeps,
  actor: Actor,
  at: { readonly sessionId: string; readonly caseId: string },
  withText: boolean,
): Promise<Result<OpenedAgendaCase, AgendaCaseError>> {
  const r = await loadAgendaCase(deps, at.sessionId, at.caseId);
  if (!r.ok) return r;
  if (withText)
    await recordAudit(deps, {
      actor,
      action: 'case.viewed',
      result: 'ok',
      subject: at.caseId,
      detail: 'convenor',
    });
  const now = deps.clock.now();
  const sessions = await deps.stores.sessions.listByTeam(r.value.team.id, now, 12);
  const targets = sessions.filter((s) => s.id !== at.sessionId && s.status === 'planned' && s.start > now);
  return { ok: true, value: { case: r.value.case, sessionId: at.sessionId, targets } };
}
