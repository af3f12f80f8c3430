import { activeMeeting, meetingTransactionId } from '../../domain/network/network-plan.js';
import { reviewDueDate } from '../../domain/network/working-days.js';
import { err, type Result } from '../../domain/result.js';
import type { Actor, AppDeps } from '../app-deps.js';
import { findNetworkSlots, type SlotError } from './find-slots.js';
import { loadNetworkCase, saveNetworkPlan, type NetworkView } from './network-case.js';
import { cancelMeetingChangeNotices, enqueueReviewReminder, networkNoticePrefix } from './network-notices.js';

/** How many common slots are checked when confirming one: a slot offered earlier may have been taken since. */
const CONFIRM_SEARCH_LIMIT = 400;

export type BookError = SlotError | { readonly code: 'slot-taken' };

/**
 * Books the chosen slot as a Teams meeting in the worker's calendar with only the consented, named parties
 * (idempotent per case and slot), opens the review task and queues its reminder (coded `network-booked`). A
 * meeting someone declined is replaced: the new one is booked first, then the old one is cancelled for everyone.
 */
export async function bookMeeting(
  deps: AppDeps,
  actor: Actor,
  input: { readonly caseId: string; readonly start: Date },
): Promise<Result<NetworkView, BookError>> {
  const r = await loadNetworkCase(deps, actor, input.caseId);
  if (!r.ok) return r;
  const view = r.value;
  const search = await findNetworkSlots(deps, view, CONFIRM_SEARCH_LIMIT);
  if (!search.ok) return search;
  const slot = search.value.slots.find((s) => s.start === input.start.getTime());
  if (!slot) return err({ code: 'slot-taken' });
  const organizer = view.c.owner.userId;
  // bookableParties let a booked meeting through only when someone declined it
  const replaced = activeMeeting(view.plan);
  const attempt = view.c.events.filter((e) => e.type === 'network-booked').length;
  const start = new Date(slot.start);
  const end = new Date(slot.end);
  const created = await deps.calendar.createEvent(
    { id: organizer },
    {
      subject: `Rukkanen ${view.c.reference}`,
      attendees: search.value.people.filter((p) => p !== organizer).map((id) => ({ id })),
      start,
      end,
      isOnlineMeeting: true,
      transactionId: meetingTransactionId(view.c.id, start, attempt),
    },
  );
  const meeting = {
    eventId: created.eventId,
    organizer,
    attendees: search.value.people,
    start,
    end,
    joinUrl: created.joinUrl,
    bookedAt: deps.clock.now(),
    isCancelled: false,
    declinedBy: [],
  };
  const review = { dueDate: reviewDueDate(end), doneAt: null };
  const saved = await saveNetworkPlan(deps, view, { ...view.plan, meeting, review }, 'network-booked', actor);
  if (!saved.ok) return saved;
  if (replaced) {
    await deps.calendar.cancelEvent({ id: replaced.organizer }, replaced.eventId);
    await deps.notifier.cancel(`${networkNoticePrefix(view.c.id)}${replaced.eventId}`);
  }
  // a change notice still queued offers a time for the meeting now replaced or rebooked
  await cancelMeetingChangeNotices(deps, view.c.id);
  await enqueueReviewReminder(deps, saved.value.c, meeting, review);
  return saved;
}
