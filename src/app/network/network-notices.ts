import type { CaseRecord } from '../../domain/case/case-record.js';
import type { NetworkMeeting, NetworkReview } from '../../domain/network/network-plan.js';
import { HELSINKI, toInstant } from '../../domain/scheduling/local-days.js';
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
