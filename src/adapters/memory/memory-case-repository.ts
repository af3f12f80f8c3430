import type { CaseOwner, CaseRecord } from '../../domain/case/case-record.js';
import { isRecordExpired, isTextExpired } from '../../domain/retention/retention-policy.js';
import type { CaseRepository } from '../../ports/case-repository.js';

/** Cases in process memory (the embedded default). Copies in and out, like a real store. */
export class MemoryCaseRepository implements CaseRepository {
  private readonly byId = new Map<string, CaseRecord>();
  /** The unique reference index, so an insert does not scan every case. */
  private readonly references = new Set<string>();
  /** Told of every object this store now holds for a case, as it is stored (the figures map it then). */
  #onStored: (c: CaseRecord) => void = () => undefined;

  /** One listener, told of each case object as it is stored; not of deletions (readers walk `stored()` for those). */
  onStored(listener: (c: CaseRecord) => void): void {
    this.#onStored = listener;
  }

  private store(c: CaseRecord): void {
    this.byId.set(c.id, c);
    this.#onStored(c);
  }

  async insert(c: CaseRecord): Promise<boolean> {
    // a taken id is a redelivered turn's case (ids come from the activity): the caller looks it up
    if (this.byId.has(c.id) || this.references.has(c.reference)) return false;
    this.store(structuredClone(c));
    this.references.add(c.reference);
    return true;
  }

  async get(id: string): Promise<CaseRecord | undefined> {
    const c = this.byId.get(id);
    return c && structuredClone(c);
  }

  async replace(c: CaseRecord, expectedVersion: number): Promise<boolean> {
    const stored = this.byId.get(c.id);
    if (!stored || stored.version !== expectedVersion) return false;
    // a reference never changes; MongoDB's unique index would refuse it, so this store does not allow it either
    if (c.reference !== stored.reference && this.references.has(c.reference)) {
      throw new Error(`reference ${c.reference} taken`);
    }
    this.references.delete(stored.reference);
    this.references.add(c.reference);
    this.store(structuredClone(c));
    return true;
  }

  /** Every stored case, uncopied: for readers in this process that copy what they keep (the figures). */
  stored(): Iterable<CaseRecord> {
    return this.byId.values();
  }

  async listByOwner(owner: CaseOwner, limit: number): Promise<CaseRecord[]> {
    return [...this.byId.values()]
      .filter((c) => c.owner.userId === owner.userId && c.owner.tenantId === owner.tenantId)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.reference.localeCompare(a.reference))
      .slice(0, limit)
      .map((c) => structuredClone(c));
  }

  async listAwaitingTeam(areaCode: string, limit: number): Promise<CaseRecord[]> {
    return [...this.byId.values()]
      .filter((c) => c.status === 'submitted' && c.details.form === 'team' && c.details.areaCode === areaCode)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.reference.localeCompare(b.reference))
      .slice(0, limit)
      .map((c) => structuredClone(c));
  }

  async listNetworkMeetingsAhead(now: Date, limit: number): Promise<CaseRecord[]> {
    const endOf = (c: CaseRecord) => c.network?.meeting?.end.getTime() ?? 0;
    return [...this.byId.values()]
      .filter((c) => c.network?.meeting?.isCancelled === false && endOf(c) > now.getTime())
      .sort((a, b) => endOf(a) - endOf(b) || a.reference.localeCompare(b.reference))
      .slice(0, limit)
      .map((c) => structuredClone(c));
  }

  /** Retention: drops the free text of cases ended before the cutoff; a purge is a write, so it bumps the version. */
  purgeText(endedBefore: Date): number {
    let n = 0;
    for (const c of this.byId.values()) {
      if (!isTextExpired(c, endedBefore)) continue;
      this.store({ ...c, text: null, version: c.version + 1 });
      n += 1;
    }
    return n;
  }

  /** Retention: deletes cases ended before the cutoff. */
  deleteRecords(endedBefore: Date): number {
    let n = 0;
    for (const c of this.byId.values()) {
      if (!isRecordExpired(c, endedBefore)) continue;
      this.byId.delete(c.id);
      this.references.delete(c.reference);
      n += 1;
    }
    return n;
  }
}
