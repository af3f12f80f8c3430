import type { CaseEvent } from '../case/case-record.js';
import type { EventState } from '../scheduling/event-state.js';
import { activeMeeting, declinesOf, type NetworkPlan } from './network-plan.js';

/** Who a cancellation found in the calendar is recorded as: the calendar does not say who cancelled. */
export const CALENDAR_ACTOR = 'calendar';

/** A change to a booked network meeting that its organizer is told about, once. */
export type MeetingChange =
  { readonly kind: 'cancelled' } | { readonly kind: 'declined'; readonly person: string };

export interface MeetingUpdate {
  /** The plan with the calendar's state recorded. */
  readonly plan: NetworkPlan;
  /** What is new since the plan was last written: each to be told once. */
  readonly changes: readonly MeetingChange[];
  /** Whether the plan differs (a decline taken back changes it without a change to tell). */
  readonly isChanged: boolean;
}

const UNCHANGED = (plan: NetworkPlan): MeetingUpdate => ({ plan, changes: [], isChanged: false });

/**
 * Records what the calendar says about the plan's booked meeting while it is still ahead: a cancelled (or deleted)
 * event cancels the meeting and drops its review task; each invited person who declined since the last look is a
 * change; a decline taken back is recorded silently. A held meeting, another event or an unreadable state change
 * nothing. The organizer's own answer never counts.
 */
export function applyEventState(plan: NetworkPlan, state: EventState, now: Date): MeetingUpdate {
  const meeting = activeMeeting(plan);
  if (!meeting || meeting.eventId !== state.eventId || meeting.end <= now) return UNCHANGED(plan);
  if (state.status === 'unavailable') return UNCHANGED(plan);
  if (state.status === 'cancelled') {
    return {
      plan: { ...plan, meeting: { ...meeting, isCancelled: true }, review: null },
      changes: [{ kind: 'cancelled' }],
      isChanged: true,
    };
  }
  const invited = new Set(meeting.attendees.filter((p) => p !== meeting.organizer));
  const declined = [
    ...new Set(
      state.responses.filter((r) => r.response === 'declined' && invited.has(r.id)).map((r) => r.id),
    ),
  ];
  const before = declinesOf(meeting);
  const added = declined.filter((p) => !before.includes(p));
  if (added.length === 0 && declined.length === before.length) return UNCHANGED(plan);
  return {
    plan: { ...plan, meeting: { ...meeting, declinedBy: declined } },
    changes: added.map((person): MeetingChange => ({ kind: 'declined', person })),
    isChanged: true,
  };
}

/** The coded case events of the changes (the figures may count them; no names, only ids). */
export const changeEvents = (changes: readonly MeetingChange[], at: Date): CaseEvent[] =>
  changes.map((c): CaseEvent =>
    c.kind === 'cancelled'
      ? { type: 'network-cancelled', at, by: CALENDAR_ACTOR }
      : { type: 'network-declined', at, by: c.person },
  );
