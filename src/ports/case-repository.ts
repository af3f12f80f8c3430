import type { CaseOwner, CaseRecord } from '../domain/case/case-record.js';

/** Stored cases. Adapters throw StoreError on infrastructure failures; expected outcomes are return values. */
export interface CaseRepository {
  /**
   * Stores a new case. Resolves `false` when its reference is taken (the caller picks the next one) or its id is
   * (a redelivered turn wrote it already: the caller finds it with `get`).
   */
  insert(c: CaseRecord): Promise<boolean>;
  get(id: string): Promise<CaseRecord | undefined>;
  /** Replaces the case if the stored version is `expectedVersion`; `false` when another write came first. */
  replace(c: CaseRecord, expectedVersion: number): Promise<boolean>;
  /** The owner's cases, newest first. */
  listByOwner(owner: CaseOwner, limit: number): Promise<CaseRecord[]>;
  /** Submitted consultation-team cases of an area that wait for a session, oldest first (first come, first served). */
  listAwaitingTeam(areaCode: string, limit: number): Promise<CaseRecord[]>;
  /** Cases with a booked network meeting, not cancelled, that ends after `now`: soonest first. */
  listNetworkMeetingsAhead(now: Date, limit: number): Promise<CaseRecord[]>;
}
