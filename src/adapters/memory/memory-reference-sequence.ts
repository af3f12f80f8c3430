import type { ReferenceSequence } from '../../ports/reference-sequence.js';

export class MemoryReferenceSequence implements ReferenceSequence {
  private readonly counters = new Map<string, number>();

  async next(prefix: string, year: number): Promise<number> {
    const key = `${prefix}-${year}`;
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    return n;
  }
}
