import type { RetentionStore } from '../../ports/retention-store.js';
import type { MemoryCaseRepository } from './memory-case-repository.js';
import type { MemoryDedupeStore } from './memory-dedupe-store.js';

export class MemoryRetentionStore implements RetentionStore {
  constructor(
    private readonly cases: MemoryCaseRepository,
    private readonly dedupe: MemoryDedupeStore,
  ) {}

  async purgeText(endedBefore: Date): Promise<number> {
    return this.cases.purgeText(endedBefore);
  }

  async deleteRecords(endedBefore: Date): Promise<number> {
    return this.cases.deleteRecords(endedBefore);
  }

  async forgetDedupeKeys(claimedBefore: Date): Promise<number> {
    return this.dedupe.forget(claimedBefore);
  }
}
