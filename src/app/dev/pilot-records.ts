/**
 * The synthetic pilot's timelines as the stores hold them at `asOf`: steps after it have not happened yet, so a
 * case is exactly what the use cases would have written by then (status, slot, outcome, network plan, events).
 */
import type { CaseEvent, CaseRecord, CaseSlot } from '../../domain/case/case-record.js';
import type { CaseOutcome, ReturnReason } from '../../domain/case/outcome.js';
import { EMPTY_PLAN, withdrawPlan, type NetworkPlan } from '../../domain/network/network-plan.js';
import { reviewDueDate } from '../../domain/network/working-days.js';
import { timeBoxOf, type TeamSession } from '../../domain/team/session.js';
import type { PilotCase, PilotStep } from './pilot-cases.js';
import { MINUTES_PER_CASE, type PilotSession } from './pilot-sessions.js';

/** Who the records name: the case's worker, its area's convenor, and the area's team. */
export interface PilotIdentities {
  readonly owner: CaseRecord['owner'];
  readonly convenorId: string;
  readonly teamId: string;
}

export const sessionIdOf = (teamId: string, s: PilotSession): string => `${teamId}|${s.date}`;

function boxOf(s: PilotSession, caseId: string) {
  const position = s.placed.indexOf(caseId);
  return timeBoxOf(s, position >= 0 ? position : s.placed.length, MINUTES_PER_CASE);
}

/** When a step happened: an outcome is recorded at the end of the case's time box. */
export const stepTime = (id: string, step: PilotStep): Date =>
  step.type === 'discussed' ? boxOf(step.session, id).end : step.at;

interface CaseState {
  status: CaseRecord['status'];
  slot?: CaseSlot;
  returnReason?: ReturnReason;
  outcome?: CaseOutcome;
  plan?: NetworkPlan;
}

function apply(state: CaseState, step: PilotStep, at: Date, c: PilotCase, who: PilotIdentities): CaseState {
  const { slot: _slot, returnReason: _reason, ...rest } = state;
  const plan = state.plan ?? EMPTY_PLAN;
  switch (step.type) {
    case 'submitted':
    case 'edited':
    case 'postponed':
      return { ...rest, status: 'submitted' };
    case 'scheduled':
      return {
        ...rest,
        status: 'scheduled',
        slot: {
          sessionId: sessionIdOf(who.teamId, step.session),
          teamId: who.teamId,
          ...boxOf(step.session, c.id),
          joinUrl: '',
        },
      };
    case 'returned':
      return { ...rest, status: 'returned', returnReason: step.reason };
    case 'discussed':
      return {
        ...state,
        status: 'closed',
        outcome: { ...step.outcome, recordedAt: at, recordedBy: who.convenorId },
      };
    case 'closed':
      return { ...state, status: 'closed' };
    case 'withdrawn':
      return { ...rest, status: 'withdrawn' };
    case 'network-consent':
      return { ...state, plan: { ...plan, consent: { by: who.owner.userId, at, parties: step.parties } } };
    case 'network-consent-withdrawn':
      return { ...state, plan: withdrawPlan(plan, at).plan };
    case 'network-booked': {
      const meeting = {
        eventId: `pilot-${c.id}`,
        organizer: who.owner.userId,
        attendees: [who.owner.userId],
        start: step.start,
        end: step.end,
        joinUrl: '',
        bookedAt: at,
        isCancelled: false,
      };
      return {
        ...state,
        plan: { ...plan, meeting, review: { dueDate: reviewDueDate(step.end), doneAt: null } },
      };
    }
    case 'network-reviewed':
      return { ...state, plan: { ...plan, review: plan.review && { ...plan.review, doneAt: at } } };
  }
}

const CONVENOR_STEPS: readonly PilotStep['type'][] = ['returned', 'postponed', 'discussed'];

/** The case as stored at `asOf` (its reference is drawn when it is written), or undefined before its submission. */
export function caseRecordAt(
  c: PilotCase,
  asOf: Date,
  who: PilotIdentities,
): Omit<CaseRecord, 'reference'> | undefined {
  const happened = c.steps.map((step) => ({ step, at: stepTime(c.id, step) })).filter(({ at }) => at <= asOf);
  if (happened.length === 0) return undefined;
  let state: CaseState = { status: 'submitted' };
  const events: CaseEvent[] = [];
  for (const { step, at } of happened) {
    state = apply(state, step, at, c, who);
    const by = CONVENOR_STEPS.includes(step.type) ? who.convenorId : who.owner.userId;
    events.push({ type: step.type, at, by });
    if (step.type === 'discussed') events.push({ type: 'closed', at, by });
  }
  const { text, ...coded } = c.details;
  const { plan, ...fields } = state;
  return {
    id: c.id,
    owner: who.owner,
    details: coded,
    text,
    recommendation: c.recommendation,
    events,
    ...fields,
    ...(plan && { network: plan }),
    createdAt: c.submittedAt,
    updatedAt: happened[happened.length - 1]!.at,
    version: happened.length,
  };
}

/** A session as stored at `asOf`: its agenda is the cases scheduled in it or decided in it by then. */
export function sessionAt(
  s: PilotSession,
  teamId: string,
  records: ReadonlyMap<string, Omit<CaseRecord, 'reference'>>,
): TeamSession {
  const id = sessionIdOf(teamId, s);
  const caseIds = s.placed.filter((caseId) => {
    const c = records.get(caseId);
    return c?.slot?.sessionId === id && (c.status === 'scheduled' || c.outcome !== undefined);
  });
  return {
    id,
    teamId,
    areaCode: s.areaCode,
    date: s.date,
    start: s.start,
    end: s.end,
    status: 'planned',
    capacity: s.capacity,
    caseIds,
    meeting: null,
    version: 1,
  };
}
