import type { CaseRecord, CaseSlot } from '../../domain/case/case-record.js';
import type { ReturnReason } from '../../domain/case/outcome.js';
import type { TeamSession } from '../../domain/team/session.js';
import type { ConsultationTeam } from '../../domain/team/team.js';
import type { Notice } from '../../ports/notifier.js';
import type { AppDeps } from '../app-deps.js';

/**
 * The convenor flow's notices. Ids are deterministic for what they announce, so a repeated step enqueues once;
 * the data is coded (reference, ISO times, link), never case text.
 */

const HOUR = 3_600_000;
const iso = (d: Date) => d.toISOString();
const slotData = (c: CaseRecord, slot: CaseSlot) => ({
  caseId: c.id,
  reference: c.reference,
  sessionId: slot.sessionId,
  start: iso(slot.start),
  end: iso(slot.end),
  joinUrl: slot.joinUrl,
});

/** The worker hears of a new or changed time box at once, and is reminded the day before. */
export async function announceSlot(deps: AppDeps, c: CaseRecord, slot: CaseSlot, isChange: boolean) {
  const kind = isChange ? 'time-changed' : 'case-scheduled';
  const now = deps.clock.now();
  const data = slotData(c, slot);
  await deps.notifier.enqueue({
    id: `${kind}|${c.id}|${iso(slot.start)}`,
    kind,
    to: c.owner,
    dueAt: now,
    data,
  });
  await deps.notifier.cancel(`slot-reminder|${c.id}|`);
  const dueAt = new Date(Math.max(now.getTime(), slot.start.getTime() - 24 * HOUR));
  await deps.notifier.enqueue({
    id: `slot-reminder|${c.id}|${iso(slot.start)}`,
    kind: 'slot-reminder',
    to: c.owner,
    dueAt,
    data,
  });
}

/** A case leaves the agenda (returned, decided, withdrawn): its reminder goes too. */
export const forgetSlot = (deps: AppDeps, caseId: string) => deps.notifier.cancel(`slot-reminder|${caseId}|`);

export function announceReturn(deps: AppDeps, c: CaseRecord, reason: ReturnReason): Promise<void> {
  const notice: Notice = {
    id: `case-returned|${c.id}|${c.version}`,
    kind: 'case-returned',
    to: c.owner,
    dueAt: deps.clock.now(),
    data: { caseId: c.id, reference: c.reference, reason },
  };
  return deps.notifier.enqueue(notice);
}

export function announceOutcome(deps: AppDeps, c: CaseRecord): Promise<void> {
  return deps.notifier.enqueue({
    id: `outcome-recorded|${c.id}`,
    kind: 'outcome-recorded',
    to: c.owner,
    dueAt: deps.clock.now(),
    data: { caseId: c.id, reference: c.reference, decision: c.outcome?.decision ?? '' },
  });
}

/** The convenor gets the agenda `agendaLeadHours` before the session (again after a move: the id has the start). */
export async function scheduleAgendaNotice(deps: AppDeps, team: ConsultationTeam, s: TeamSession) {
  await deps.notifier.cancel(`agenda-ready|${s.id}|`);
  if (s.status === 'cancelled') return;
  const dueAt = new Date(s.start.getTime() - deps.convening.agendaLeadHours * HOUR);
  await deps.notifier.enqueue({
    id: `agenda-ready|${s.id}|${iso(s.start)}`,
    kind: 'agenda-ready',
    to: team.convenor,
    dueAt,
    data: { sessionId: s.id, teamId: team.id, areaCode: team.areaCode, start: iso(s.start), end: iso(s.end) },
  });
}
