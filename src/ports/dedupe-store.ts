/** Keys of activities already handled: Teams redelivers an activity when the bot is slow. */
export interface DedupeStore {
  /** Claims the key; `false` when it was claimed before (by this or another instance). */
  claim(key: string, at: Date): Promise<boolean>;
  /** Gives the key back after a failed turn, so a redelivery can try again. */
  release(key: string): Promise<void>;
}
