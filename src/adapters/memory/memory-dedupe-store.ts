import { DEDUPE_KEEP_MS } from '../../domain/retention/retention-policy.js';
import type { DedupeStore } from '../../ports/dedupe-store.js';

/** Claimed activity keys, forgotten after `ttlMs` (Teams redelivers within minutes, not days). */
export class MemoryDedupeStore implements DedupeStore {
  private readonly claimed = new Map<string, number>();
  private readonly answers = new Map<string, string>();

  constructor(private readonly ttlMs = DEDUPE_KEEP_MS) {}

  async claim(key: string, at: Date): Promise<boolean> {
    this.forget(new Date(at.getTime() - this.ttlMs));
    if (this.claimed.has(key)) return false;
    this.claimed.set(key, at.getTime());
    this.answers.delete(key);
    return true;
  }

  async release(key: string): Promise<void> {
    this.claimed.delete(key);
    this.answers.delete(key);
  }

  async saveAnswer(key: string, answer: string): Promise<void> {
    if (this.claimed.has(key)) this.answers.set(key, answer);
  }

  async answerOf(key: string): Promise<string | undefined> {
    return this.claimed.has(key) ? this.answers.get(key) : undefined;
  }

  /** Forgets keys claimed before `claimedBefore`; returns how many (the retention job calls it too). */
  forget(claimedBefore: Date): number {
    const limit = claimedBefore.getTime();
    let n = 0;
    for (const [key, at] of this.claimed) {
      if (at >= limit) continue;
      this.claimed.delete(key);
      this.answers.delete(key);
      n += 1;
    }
    return n;
  }
}
