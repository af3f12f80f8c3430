import { bookableParties } from '../../domain/network/network-plan.js';
import { searchWindow } from '../../domain/network/working-days.js';
import { err, ok, type Result } from '../../domain/result.js';
import { findCommonSlots, type CommonSlot } from '../../domain/scheduling/find-common-slots.js';
import type { AppDeps } from '../app-deps.js';
import type { NetworkError, NetworkView } from './network-case.js';

/** A network consultation's length unless configured otherwise. */
export const NETWORK_MEETING_MINUTES = 45;
/** Working days ahead searched for a common time unless configured otherwise (`NETWORK_SEARCH_DAYS`). */
export const DEFAULT_SEARCH_DAYS = 10;
/** How many times the planner is offered. */
export const OFFERED_SLOTS = 3;

export type SlotError = NetworkError | { readonly code: 'calendar-unavailable' };

/** Who takes part and when they all are free: the consented, named parties and the worker who owns the case. */
export interface SlotSearch {
  readonly people: readonly string[];
  readonly slots: readonly CommonSlot[];
}

/**
 * The earliest common slots within the next working days, from the calendar's free/busy and working hours
 * (Finnish days off skipped); a person whose calendar cannot be read makes the search fail rather than guess.
 */
export async function findNetworkSlots(
  deps: AppDeps,
  view: NetworkView,
  limit = OFFERED_SLOTS,
): Promise<Result<SlotSearch, SlotError>> {
  const bookable = bookableParties(view.plan, view.named);
  if (!bookable.ok) return err(bookable.problem);
  const people = [...new Set([view.c.owner.userId, ...bookable.people])];
  const now = deps.clock.now();
  const window = searchWindow(now, deps.convening.networkSearchDays ?? DEFAULT_SEARCH_DAYS);
  const schedules = await deps.calendar.getSchedule(
    people.map((id) => ({ id })),
    window,
  );
  const attendees = schedules.flatMap((s) =>
    s.ok ? [{ id: s.id, required: true, busy: s.busy, workingHours: s.workingHours }] : [],
  );
  if (attendees.length !== people.length) return err({ code: 'calendar-unavailable' });
  const slots = findCommonSlots({
    attendees,
    durationMinutes: NETWORK_MEETING_MINUTES,
    window,
    stepMinutes: 15,
    now: now.getTime(),
    minimumNoticeMinutes: 60,
    limit,
  });
  return ok({ people: bookable.people, slots });
}
