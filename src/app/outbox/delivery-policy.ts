import type { NoticeKind } from '../../ports/notifier.js';

/**
 * How often a notice whose send may or may not have gone out (a 5xx, or a restart after the send began) is sent
 * again. Teams advises retrying an unclear 5xx at most once, since a send is not idempotent.
 * - at-least-once (1): the recipient must act on it and would otherwise miss a meeting, a question or a declined
 *   or cancelled consultation; a duplicate line is the lesser harm.
 * - at-most-once (0): the same information is in My cases or on the agenda card anyway; a duplicate of an
 *   outcome or a schedule would confuse more than a missing line, so an unclear send counts as done (`failed`
 *   with `unclear`, logged).
 */
export const UNCLEAR_RETRIES = {
  'slot-reminder': 1,
  'time-changed': 1,
  'case-returned': 1,
  'meeting-changed': 1,
  'case-scheduled': 0,
  'agenda-ready': 0,
  'outcome-recorded': 0,
  'review-due': 0,
} as const satisfies Record<NoticeKind, 0 | 1>;

/** Claims per notice before it is given up (throttling and unclear sends together). */
export const MAX_ATTEMPTS = 8;
