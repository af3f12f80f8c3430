/**
 * Keys of activities already handled: Teams redelivers an activity when the bot is slow. A turn that changed
 * something keeps its key with the answer it gave, so a redelivery gets the same answer instead of a second change.
 */
export interface DedupeStore {
  /** Claims the key; `false` when it was claimed before (by this or another instance). */
  claim(key: string, at: Date): Promise<boolean>;
  /** Gives the key back after a turn that changed nothing and failed, so a redelivery can try again. */
  release(key: string): Promise<void>;
  /** Keeps the answer (serialised) of a claimed key's turn for redeliveries. */
  saveAnswer(key: string, answer: string): Promise<void>;
  /** The answer kept for a key, or undefined while its turn runs (or when it changed nothing). */
  answerOf(key: string): Promise<string | undefined>;
}
