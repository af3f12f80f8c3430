import type { Collection } from 'mongodb';
import type { Notice } from '../../ports/notifier.js';
import type { ClaimOutcome, OutboxClaim, OutboxEntry, OutboxStore } from '../../ports/outbox-store.js';
import {
  fromOutboxDocument,
  noticeOf,
  toOutboxDocument,
  type OutboxClaimDocument,
  type OutboxDocument,
} from './mongo-mappers.js';
import { requireDate, requireInteger, requireString } from './safe-filter.js';
import { insertOnce, isDuplicateKey, storeCall } from './store-call.js';

const claimId = (noticeId: string, attempt: number) => `${noticeId}|${attempt}`;

/**
 * Notices are documents with a state; every change of hands is decided by inserting a claim document whose `_id`
 * is `noticeId|attempt`, so of two instances exactly one wins, also on FerretDB v1, which loses concurrent
 * updates of one document (a conditional findOneAndUpdate race would let both win there). Only the winner of
 * attempt `n` then updates the notice (attempts below `n` and still open; to complete: attempts `n`, claimed).
 */
export class MongoOutboxStore implements OutboxStore {
  constructor(
    private readonly notices: Collection<OutboxDocument>,
    private readonly claims: Collection<OutboxClaimDocument>,
  ) {}

  async enqueue(notice: Notice): Promise<void> {
    const op = 'outbox.enqueue';
    requireString(notice.id, 'id', op);
    requireDate(notice.dueAt, 'dueAt', op);
    await storeCall(op, () => insertOnce(this.notices, toOutboxDocument(notice)));
  }

  async cancel(idPrefix: string): Promise<number> {
    const op = 'outbox.cancel';
    const prefix = requireString(idPrefix, 'idPrefix', op);
    const now = new Date();
    return storeCall(op, async () => {
      const waiting = await this.notices
        .find({ _id: { $gte: prefix, $lt: `${prefix}\uffff` }, state: { $in: ['queued', 'no-reference'] } })
        .toArray();
      let n = 0;
      for (const d of waiting) {
        const attempt = await this.take(d, 'cancel', now, now);
        if (attempt === undefined) continue;
        const r = await this.notices.updateOne(
          { _id: d._id, attempts: { $lt: attempt }, state: { $in: ['queued', 'no-reference'] } },
          { $set: { state: 'cancelled', attempts: attempt } },
        );
        await this.claims.updateOne({ _id: claimId(d._id, attempt) }, { $set: { outcome: 'cancelled' } });
        n += r.modifiedCount;
      }
      return n;
    });
  }

  async claimDue(holder: string, now: Date, leaseUntil: Date, limit: number): Promise<OutboxClaim[]> {
    const op = 'outbox.claimDue';
    const who = requireString(holder, 'holder', op);
    const at = requireDate(now, 'now', op);
    const until = requireDate(leaseUntil, 'leaseUntil', op);
    const n = requireInteger(limit, 'limit', op, 1, 1_000);
    return storeCall(op, async () => {
      const queued = await this.notices
        .find({ state: 'queued', nextAt: { $lte: at } })
        .sort({ nextAt: 1 })
        .limit(n)
        .toArray();
      const lapsed = await this.notices
        .find({ state: 'claimed', leaseUntil: { $lt: at } })
        .sort({ leaseUntil: 1 })
        .limit(n)
        .toArray();
      const claimed: OutboxClaim[] = [];
      for (const d of [...lapsed, ...queued]) {
        if (claimed.length >= n) break;
        const attempt = await this.take(d, who, at, until);
        if (attempt === undefined) continue;
        const unclearSends = d.unclearSends + ((await this.wasSendBegun(d._id, attempt - 1)) ? 1 : 0);
        const r = await this.notices.updateOne(
          { _id: d._id, attempts: { $lt: attempt }, state: { $in: ['queued', 'claimed'] } },
          { $set: { state: 'claimed', attempts: attempt, leaseUntil: until, holder: who, unclearSends } },
        );
        // read while another instance finished it: the claim stays unused and lapses
        if (r.modifiedCount !== 1) continue;
        claimed.push({ notice: noticeOf(d), attempt, leaseUntil: until, unclearSends });
      }
      return claimed;
    });
  }

  async markSending(claim: OutboxClaim, at: Date): Promise<void> {
    const sendingAt = requireDate(at, 'at', 'outbox.markSending');
    await storeCall('outbox.markSending', () =>
      this.claims.updateOne({ _id: claimId(claim.notice.id, claim.attempt) }, { $set: { sendingAt } }),
    );
  }

  async complete(claim: OutboxClaim, outcome: ClaimOutcome): Promise<void> {
    const op = 'outbox.complete';
    const _id = requireString(claim.notice.id, 'id', op);
    const attempts = requireInteger(claim.attempt, 'attempt', op, 1, 1_000_000);
    const set =
      outcome.state === 'sent'
        ? { state: outcome.state, sentAt: outcome.at }
        : outcome.state === 'queued'
          ? { state: outcome.state, nextAt: outcome.nextAt, unclearSends: outcome.unclearSends }
          : outcome.state === 'failed'
            ? { state: outcome.state, failure: outcome.failure }
            : { state: outcome.state };
    await storeCall(op, async () => {
      // the notice first: a claim without an outcome is what marks a send that may have happened
      await this.notices.updateOne(
        { _id, attempts, state: 'claimed' },
        { $set: set, $unset: { leaseUntil: '', holder: '' } },
      );
      await this.claims.updateOne({ _id: claimId(_id, attempts) }, { $set: { outcome: outcome.state } });
    });
  }

  async wake(user: { userId: string; tenantId: string }, now: Date): Promise<number> {
    const op = 'outbox.wake';
    const userId = requireString(user.userId, 'userId', op);
    const tenantId = requireString(user.tenantId, 'tenantId', op);
    const nextAt = requireDate(now, 'now', op);
    const r = await storeCall(op, () =>
      this.notices.updateMany(
        { 'to.userId': userId, 'to.tenantId': tenantId, state: 'no-reference' },
        { $set: { state: 'queued', nextAt } },
      ),
    );
    return r.modifiedCount;
  }

  async entryOf(id: string): Promise<OutboxEntry | undefined> {
    const _id = requireString(id, 'id', 'outbox.entryOf');
    const d = await storeCall('outbox.entryOf', () => this.notices.findOne({ _id }));
    return d ? fromOutboxDocument(d) : undefined;
  }

  /**
   * Inserts the notice's next claim; the attempt number, or undefined when another caller holds it. A claim whose
   * winner stopped before recording it on the notice (lease over, no outcome) is stepped over.
   */
  private async take(
    d: OutboxDocument,
    holder: string,
    now: Date,
    leaseUntil: Date,
  ): Promise<number | undefined> {
    for (let attempt = d.attempts + 1; attempt <= d.attempts + 3; attempt++) {
      try {
        await this.claims.insertOne({
          _id: claimId(d._id, attempt),
          noticeId: d._id,
          attempt,
          holder,
          claimedAt: now,
          leaseUntil,
        });
        return attempt;
      } catch (e) {
        if (!isDuplicateKey(e)) throw e;
      }
      const other = await this.claims.findOne({ _id: claimId(d._id, attempt) });
      if (!other || other.outcome !== undefined || other.leaseUntil >= now) return undefined;
    }
    return undefined;
  }

  private async wasSendBegun(noticeId: string, attempt: number): Promise<boolean> {
    if (attempt < 1) return false;
    const previous = await this.claims.findOne({ _id: claimId(noticeId, attempt) });
    return previous?.sendingAt !== undefined && previous.outcome === undefined;
  }
}
