import type { CaseRecord } from '../../domain/case/case-record.js';
import type { NetworkParty } from '../../domain/case/vocabulary.js';
import type { MeetingChange } from '../../domain/network/meeting-changes.js';
import type { NetworkMeeting, NetworkReview } from '../../domain/network/network-plan.js';
import { HELSINKI, toInstant } from '../../domain/scheduling/local-days.js';
import type { TimeRange } from '../../domain/scheduling/time-ranges.js';
import type { AppDeps } from '../app-deps.js';

/** Queued notices of a case's network consultation share this prefix, so withdrawing consent cancels them all. */
export const networkNoticePrefix = (caseId: string) => `review-due|${caseId}|`;

/** The review reminder reaches the case's owner at 8:00 Helsinki time on the due date; coded data only. */
export function enqueueReviewReminder(
  deps: AppDeps,
  c: CaseRecord,
  meeting: NetworkMeeting,
  review: NetworkReview,
): Promise<void> {
  return deps.notifier.enqueue({
    id: `${networkNoticePrefix(c.id)}${meeting.eventId}`,
    kind: 'review-due',
    to: c.owner,
    dueAt: new Date(toInstant(review.dueDate, '08:00', HELSINKI)),
    data: { caseId: c.id, reference: c.reference, dueDate: review.dueDate },
  });
}

/** Queued notices of a booked meeting's changes share this prefix. */
const changeNoticePrefix = (caseId: string) => `meeting-changed|${caseId}|`;

/** One notice per change of one event: a poll that sees the same change again enqueues the same id, sent once. */
export const meetingChangeNoticeId = (caseId: string, eventId: string, change: MeetingChange): string =>
  `${changeNoticePrefix(caseId)}${eventId}|${change.kind === 'cancelled' ? 'cancelled' : `declined|${change.person}`}`;

/**
 * Tells the case's owner (who booked the meeting) at once what happened to it, with the next common slot of the
 * same parties to book with one click, if there is one; coded data only (the party, never the person).
 */
export function enqueueMeetingChange(
  deps: AppDeps,
  c: CaseRecord,
  meeting: NetworkMeeting,
  change: MeetingChange,
  details: { readonly party: NetworkParty | undefined; readonly slot: TimeRange | undefined },
): Promise<void> {
  return deps.notifier.enqueue({
    id: meetingChangeNoticeId(c.id, meeting.eventId, change),
    kind: 'meeting-changed',
    to: c.owner,
    dueAt: deps.clock.now(),
    data: {
      caseId: c.id,
      reference: c.reference,
      change: change.kind,
      startsAt: meeting.start.toISOString(),
      endsAt: meeting.end.toISOString(),
      ...(details.party && { party: details.party }),
      ...(details.slot && {
        slotStart: new Date(details.slot.start).toISOString(),
        slotEnd: new Date(details.slot.end).toISOString(),
      }),
    },
  });
}

/** Withdraws the case's queued notices of meeting changes (their slots were for a meeting now replaced). */
export const cancelMeetingChangeNotices = (deps: AppDeps, caseId: string): Promise<number> =>
  deps.notifier.cancel(changeNoticePrefix(caseId));
