import type { Notice, Notifier } from './notifier.js';

/**
 * `queued` (waiting for `nextAt`) → `claimed` (by one instance until its lease ends) → `sent`, `failed`, back to
 * `queued` (retry later) or `no-reference` (waits until the user next talks to the bot); `cancelled` from
 * `queued`/`no-reference`.
 */
export type OutboxState = 'queued' | 'claimed' | 'sent' | 'failed' | 'cancelled' | 'no-reference';

export interface OutboxEntry {
  readonly notice: Notice;
  readonly state: OutboxState;
  /** Claims made so far (sending, cancelling); the next claim is number `attempts + 1`. */
  readonly attempts: number;
  /** Not claimed again before this time (the due time, then a retry time). */
  readonly nextAt: Date;
  /** Sends whose outcome is unknown (a 5xx, or a restart after the send began). */
  readonly unclearSends: number;
  /** Why it failed, as a code (`unclear`, `throttled`, `http-403`, …). */
  readonly failure?: string;
}

/** One instance's exclusive right to send a notice once, until `leaseUntil`. */
export interface OutboxClaim {
  readonly notice: Notice;
  /** The claim's number: unique per notice, decided by the store's unique key. */
  readonly attempt: number;
  readonly leaseUntil: Date;
  /** Sends of this notice whose outcome is unknown, including one a previous claim began and never finished. */
  readonly unclearSends: number;
}

export type ClaimOutcome =
  | { readonly state: 'sent'; readonly at: Date }
  | { readonly state: 'queued'; readonly nextAt: Date; readonly unclearSends: number }
  | { readonly state: 'failed'; readonly failure: string }
  | { readonly state: 'no-reference' };

/**
 * The outbox: notices kept in the store until sent, so that they survive a restart and several instances send
 * each one once. Enqueue and cancel are the Notifier port the use cases see. Adapters throw StoreError.
 */
export interface OutboxStore extends Notifier {
  /**
   * Claims up to `limit` notices due at `now` (queued with `nextAt <= now`, or claimed by someone whose lease
   * ended) for `holder` until `leaseUntil`. Of racing callers exactly one gets each notice.
   */
  claimDue(holder: string, now: Date, leaseUntil: Date, limit: number): Promise<OutboxClaim[]>;
  /** Records that the claim's send begins now: after a restart the send counts as possibly made. */
  markSending(claim: OutboxClaim, at: Date): Promise<void>;
  /** Ends the claim; ignored when the claim is no longer the notice's latest (its lease ended and it was taken). */
  complete(claim: OutboxClaim, outcome: ClaimOutcome): Promise<void>;
  /** Queues the user's `no-reference` notices again, due at `now`; returns how many. */
  wake(user: { readonly userId: string; readonly tenantId: string }, now: Date): Promise<number>;
  /** One notice's state (development and tests). */
  entryOf(id: string): Promise<OutboxEntry | undefined>;
}
