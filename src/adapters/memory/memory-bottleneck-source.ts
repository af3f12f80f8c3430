import type { TimeRange } from '../../domain/figures/period.js';
import type { BottleneckFacts, BottleneckSource } from '../../ports/bottleneck-source.js';
import { toBottleneckFacts } from '../bottleneck-facts-mappers.js';
import { OPEN_STATUSES } from '../figures-facts-mappers.js';
import type { MemoryCaseRepository } from './memory-case-repository.js';

/** The bottleneck list's cases from the memory store; the mapper copies reference and coded fields only. */
export class MemoryBottleneckSource implements BottleneckSource {
  constructor(private readonly cases: MemoryCaseRepository) {}

  async load(areaCode: string, range: TimeRange): Promise<BottleneckFacts[]> {
    const open: readonly string[] = OPEN_STATUSES;
    return [...this.cases.stored()]
      .filter(
        (c) =>
          c.details.areaCode === areaCode &&
          c.createdAt < range.end &&
          (c.updatedAt >= range.start || open.includes(c.status)),
      )
      .map(toBottleneckFacts);
  }
}
