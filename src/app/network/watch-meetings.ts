import type { CaseRecord } from '../../domain/case/case-record.js';
import { applyEventState, changeEvents, type MeetingChange } from '../../domain/network/meeting-changes.js';
import { activeMeeting, type NetworkMeeting } from '../../domain/network/network-plan.js';
import type { EventState } from '../../domain/scheduling/event-state.js';
import { describeError } from '../../ports/logger.js';
import type { AppDeps } from '../app-deps.js';
import { findNetworkSlots } from './find-slots.js';
import { networkViewOf, type NetworkView } from './network-case.js';
import { enqueueMeetingChange, networkNoticePrefix } from './network-notices.js';

/** The lease that keeps the meeting watch to one instance at a time. */
export const MEETING_WATCH_LEASE = 'meeting-watch';
/** Booked meetings looked at per run, the soonest first (a pilot has tens). */
const MAX_MEETINGS = 500;

export interface MeetingWatchSettings {
  /** This instance's name on the lease. */
  readonly holder: string;
  /** How long a run holds the lease: the interval, so a dead holder is replaced at the next run. */
  readonly leaseMs: number;
}

export type MeetingWatchOutcome =
  | { readonly ran: false }
  | { readonly ran: true; readonly checked: number; readonly changed: number; readonly unreadable: number };

/** The states of the meetings, asked per organizer (whose calendar holds them); an unreadable calendar is skipped. */
async function readStates(deps: AppDeps, cases: readonly CaseRecord[]): Promise<Map<string, EventState>> {
  const byOrganizer = new Map<string, { caseId: string; meeting: NetworkMeeting }[]>();
  for (const c of cases) {
    const meeting = c.network && activeMeeting(c.network);
    if (meeting)
      byOrganizer.set(meeting.organizer, [
        ...(byOrganizer.get(meeting.organizer) ?? []),
        { caseId: c.id, meeting },
      ]);
  }
  const states = new Map<string, EventState>();
  await Promise.all(
    [...byOrganizer].map(async ([organizer, booked]) => {
      const queries = booked.map(({ meeting }) => ({
        eventId: meeting.eventId,
        attendees: meeting.attendees.filter((p) => p !== organizer).map((id) => ({ id })),
      }));
      try {
        const answers = await deps.calendar.getEventStates({ id: organizer }, queries);
        booked.forEach(({ caseId }, i) => answers[i] && states.set(caseId, answers[i]));
      } catch (e) {
        deps.logger.warn('meeting-watch.unreadable', describeError(e));
      }
    }),
  );
  return states;
}

/** The earliest common slot of the same parties now, if any (the search's own problems mean none to offer). */
async function nextSlot(deps: AppDeps, view: NetworkView) {
  const search = await findNetworkSlots(deps, view, 1);
  return search.ok ? search.value.slots[0] : undefined;
}

const partyOf = (view: NetworkView, change: MeetingChange) =>
  change.kind === 'declined' ? view.named.find((n) => n.person === change.person)?.party : undefined;

/**
 * Records the calendar's state of one case's meeting. Notices go out first, with ids that name the change, then
 * the case is written with its version check: a run that dies between the two, or a second run that sees the same
 * change, enqueues the same ids again, and a notice already queued or sent is left as it is, so each change is
 * told once. `true` when the case changed.
 */
async function recordState(deps: AppDeps, caseId: string, state: EventState): Promise<boolean> {
  const now = deps.clock.now();
  // read again: the worker may have rebooked or withdrawn consent while the calendars were read
  const c = await deps.stores.cases.get(caseId);
  const before = c?.network && activeMeeting(c.network);
  if (!c?.network || !before) return false;
  const update = applyEventState(c.network, state, now);
  if (!update.isChanged) return false;
  if (update.changes.length > 0) {
    const view = await networkViewOf(deps, { ...c, network: update.plan });
    const slot = await nextSlot(deps, view);
    for (const change of update.changes) {
      await enqueueMeetingChange(deps, c, before, change, { party: partyOf(view, change), slot });
      deps.logger.info('meeting-watch.changed', { change: change.kind, hasSlot: slot !== undefined });
    }
  }
  const next: CaseRecord = {
    ...c,
    network: update.plan,
    events: [...c.events, ...changeEvents(update.changes, now)],
    updatedAt: now,
    version: c.version + 1,
  };
  // another write came first: the next run looks again (and finds the notices queued already)
  if (!(await deps.stores.cases.replace(next, c.version))) return false;
  if (c.network.review && !update.plan.review) await deps.notifier.cancel(networkNoticePrefix(c.id));
  return true;
}

/**
 * Looks at every booked network meeting still ahead in its organizer's calendar and tells the organizer of each
 * decline and cancellation, once, with the next common slot. Runs only while this instance holds the lease.
 */
export async function watchMeetings(
  deps: AppDeps,
  settings: MeetingWatchSettings,
): Promise<MeetingWatchOutcome> {
  const now = deps.clock.now();
  const until = new Date(now.getTime() + settings.leaseMs);
  if (!(await deps.stores.leases.acquire(MEETING_WATCH_LEASE, settings.holder, now, until)))
    return { ran: false };
  const cases = await deps.stores.cases.listNetworkMeetingsAhead(now, MAX_MEETINGS);
  const states = await readStates(deps, cases);
  let changed = 0;
  for (const [caseId, state] of states) if (await recordState(deps, caseId, state)) changed += 1;
  const unreadable = cases.length - [...states.values()].filter((s) => s.status !== 'unavailable').length;
  return { ran: true, checked: cases.length, changed, unreadable };
}
