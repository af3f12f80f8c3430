/** Removal of data past its retention period: the store side of the purge job. Each call is idempotent. */
export interface RetentionStore {
  /** Sets `text` to null on closed/withdrawn cases that ended before `endedBefore`; resolves how many changed. */
  purgeText(endedBefore: Date): Promise<number>;
  /** Deletes closed/withdrawn cases that ended before `endedBefore`; resolves how many. */
  deleteRecords(endedBefore: Date): Promise<number>;
  /** Forgets dedupe keys claimed before `claimedBefore`; resolves how many. */
  forgetDedupeKeys(claimedBefore: Date): Promise<number>;
}
