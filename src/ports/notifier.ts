/**
 * Proactive messages to a user's personal chat (reminders and notices), sent later by the outbox. A notice holds
 * coded data only — a case reference, times, a session id — never case text; it is rendered in the recipient's
 * language when it is sent.
 */
export type NoticeKind =
  | 'case-scheduled'
  | 'slot-reminder'
  | 'agenda-ready'
  | 'case-returned'
  | 'time-changed'
  | 'outcome-recorded'
  | 'review-due'
  /** A booked network meeting was declined or cancelled in the calendar; offers the next common slot. */
  | 'meeting-changed';

export interface Notice {
  /** Unique and deterministic for what it announces (e.g. `slot-reminder|<caseId>|<sessionId>`): enqueueing the same notice twice sends it once. */
  readonly id: string;
  readonly kind: NoticeKind;
  /** The recipient: Entra object id + tenant. */
  readonly to: { readonly userId: string; readonly tenantId: string };
  /** Not sent before this time. */
  readonly dueAt: Date;
  /** Coded values the message needs (reference, ISO times, ids). */
  readonly data: Readonly<Record<string, string | number | boolean>>;
}

export interface Notifier {
  /** Queues a notice; a notice with the same id already queued or sent is left as it is. */
  enqueue(notice: Notice): Promise<void>;
  /** Withdraws queued notices whose id starts with `idPrefix` (e.g. when a session moves); sent ones stay sent. */
  cancel(idPrefix: string): Promise<number>;
}
