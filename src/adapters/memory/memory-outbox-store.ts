import type { Notice } from '../../ports/notifier.js';
import type {
  ClaimOutcome,
  OutboxClaim,
  OutboxEntry,
  OutboxState,
  OutboxStore,
} from '../../ports/outbox-store.js';

interface Row {
  notice: Notice;
  state: OutboxState;
  attempts: number;
  nextAt: Date;
  unclearSends: number;
  failure?: string;
  leaseUntil?: Date;
  /** Set when the latest claim began its send. */
  sendingAt?: Date;
}

/** The outbox in process memory: one process, so a claim is a plain state change. */
export class MemoryOutboxStore implements OutboxStore {
  private readonly rows = new Map<string, Row>();

  async enqueue(notice: Notice): Promise<void> {
    if (this.rows.has(notice.id)) return;
    const copy = structuredClone(notice);
    this.rows.set(notice.id, {
      notice: copy,
      state: 'queued',
      attempts: 0,
      nextAt: copy.dueAt,
      unclearSends: 0,
    });
  }

  async cancel(idPrefix: string): Promise<number> {
    let n = 0;
    for (const [id, row] of this.rows) {
      if (!id.startsWith(idPrefix) || (row.state !== 'queued' && row.state !== 'no-reference')) continue;
      Object.assign(row, { state: 'cancelled', attempts: row.attempts + 1 });
      n += 1;
    }
    return n;
  }

  async claimDue(_holder: string, now: Date, leaseUntil: Date, limit: number): Promise<OutboxClaim[]> {
    const isDue = (r: Row) =>
      (r.state === 'queued' && r.nextAt <= now) ||
      (r.state === 'claimed' && r.leaseUntil !== undefined && r.leaseUntil < now);
    const due = [...this.rows.values()]
      .filter(isDue)
      .sort((a, b) => a.nextAt.getTime() - b.nextAt.getTime())
      .slice(0, limit);
    return due.map((r) => {
      // a claim that ended after its send began may have sent the notice
      if (r.state === 'claimed' && r.sendingAt) r.unclearSends += 1;
      delete r.sendingAt;
      Object.assign(r, { state: 'claimed', attempts: r.attempts + 1, leaseUntil });
      const { unclearSends, attempts } = r;
      return { notice: structuredClone(r.notice), attempt: attempts, leaseUntil, unclearSends };
    });
  }

  async markSending(claim: OutboxClaim, at: Date): Promise<void> {
    const row = this.rows.get(claim.notice.id);
    if (row?.state === 'claimed' && row.attempts === claim.attempt) row.sendingAt = at;
  }

  async complete(claim: OutboxClaim, outcome: ClaimOutcome): Promise<void> {
    const row = this.rows.get(claim.notice.id);
    if (row?.state !== 'claimed' || row.attempts !== claim.attempt) return;
    delete row.sendingAt;
    delete row.leaseUntil;
    row.state = outcome.state;
    if (outcome.state === 'queued')
      Object.assign(row, { nextAt: outcome.nextAt, unclearSends: outcome.unclearSends });
    if (outcome.state === 'failed') row.failure = outcome.failure;
  }

  async wake(user: { userId: string; tenantId: string }, now: Date): Promise<number> {
    let n = 0;
    for (const row of this.rows.values()) {
      const to = row.notice.to;
      if (row.state !== 'no-reference' || to.userId !== user.userId || to.tenantId !== user.tenantId)
        continue;
      Object.assign(row, { state: 'queued', nextAt: now });
      n += 1;
    }
    return n;
  }

  async entryOf(id: string): Promise<OutboxEntry | undefined> {
    const row = this.rows.get(id);
    if (!row) return undefined;
    const { notice, state, attempts, nextAt, unclearSends, failure } = structuredClone(row);
    return { notice, state, attempts, nextAt, unclearSends, ...(failure === undefined ? {} : { failure }) };
  }
}
