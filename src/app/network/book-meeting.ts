import { meetingTransactionId } from '../../domain/network/network-plan.js';
import { reviewDueDate } from '../../domain/network/working-days.js';
import { err, type Result } from '../../domain/result.js';
import type { Actor, AppDeps } from '../app-deps.js';
import { findNetworkSlots, type SlotError } from './find-slots.js';
import { loadNetworkCase, saveNetworkPlan, type NetworkView } from './network-case.js';
import { enqueueReviewReminder } from './network-notices.js';

/** How many common slots are checked when confirming one: a slot offered earlier may have been taken since. */
const CONFIRM_SEARCH_LIMIT = 400;

export type BookError = SlotError | { readonly code: 'slot-taken' };

/**
 * Books the chosen slot as a Teams meeting in the worker's calendar with only the consented, named parties
 * (idempotent per case and slot), opens the review task and queues its reminder (coded `network-booked`).
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
      transactionId: meetingTransactionId(view.c.id, start),
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
  };
  const review = { dueDate: reviewDueDate(end), doneAt: null };
  const saved = await saveNetworkPlan(deps, view, { ...view.plan, meeting, review }, 'network-booked', actor);
  if (saved.ok) await enqueueReviewReminder(deps, saved.value.c, meeting, review);
  return saved;
}
