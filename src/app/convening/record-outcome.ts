import { postponeCase, recordCaseOutcome } from '../../domain/case/agenda-lifecycle.js';
import type { CaseRecord } from '../../domain/case/case-record.js';
import type { CaseOutcome } from '../../domain/case/outcome.js';
import { removeCase } from '../../domain/team/agenda.js';
import { err, ok, type Result } from '../../domain/result.js';
import type { Actor, AppDeps } from '../app-deps.js';
import { recordAudit } from '../audit.js';
import { loadAgendaCase, type AgendaCaseError } from './agenda-case.js';
import { announceOutcome, forgetSlot } from './notices.js';
import { placeInTeam } from './place-case.js';
import { updateSession } from './save-session.js';
import { syncSession } from './sync-session.js';

export type MeetingResult =
  | { readonly kind: 'discussed'; readonly outcome: Omit<CaseOutcome, 'recordedAt' | 'recordedBy'> }
  | { readonly kind: 'postponed' };

/**
 * In the meeting: the team's decision on a case (closed with its outcome, the worker told at once), or
 * "postponed" (to the next session with room, the worker told the new time).
 */
export async function recordOutcome(
  deps: AppDeps,
  actor: Actor,
  at: { readonly sessionId: string; readonly caseId: string; readonly version: number },
  result: MeetingResult,
): Promise<Result<CaseRecord, AgendaCaseError>> {
  const r = await loadAgendaCase(deps, at.sessionId, at.caseId, at.version);
  if (!r.ok) return r;
  const { team, case: c } = r.value;
  if (c.status !== 'scheduled') return err({ code: 'stale' });
  const now = deps.clock.now();
  const next =
    result.kind === 'discussed'
      ? recordCaseOutcome(c, { ...result.outcome, recordedAt: now, recordedBy: actor.userId })
      : postponeCase(c, now, actor.userId);
  if (!(await deps.stores.cases.replace(next, c.version))) return err({ code: 'stale' });
  const detail = result.kind === 'discussed' ? result.outcome.decision : 'postponed';
  await recordAudit(deps, { actor, action: 'outcome.recorded', result: 'ok', subject: c.id, detail });
  if (result.kind === 'postponed') {
    await updateSession(deps, at.sessionId, (s) => removeCase(s, c.id));
    const placed = await placeInTeam(deps, team, next, actor.userId, at.sessionId);
    await syncSession(deps, team, at.sessionId, actor.userId);
    return ok(placed);
  }
  await forgetSlot(deps, c.id);
  await announceOutcome(deps, next);
  return ok(next);
}
