import type { FiguresFacts } from '../../domain/figures/facts.js';
import type { TimeRange } from '../../domain/figures/period.js';
import type { FiguresSource } from '../../ports/figures-source.js';
import { OPEN_STATUSES, toCaseFacts, toReferralFacts, toSessionFacts } from '../figures-facts-mappers.js';
import type { MemoryCaseRepository } from './memory-case-repository.js';
import type { MemoryReferralRepository } from './memory-referral-repository.js';
import type { MemorySessionRepository } from './memory-session-repository.js';

/** The figures' facts from the memory stores; the mappers copy the coded fields only. */
export class MemoryFiguresSource implements FiguresSource {
  constructor(
    private readonly cases: MemoryCaseRepository,
    private readonly referrals: MemoryReferralRepository,
    private readonly sessions: MemorySessionRepository,
  ) {}

  async load(range: TimeRange): Promise<FiguresFacts> {
    const open: readonly string[] = OPEN_STATUSES;
    const cases = [...this.cases.stored()]
      .filter((c) => c.createdAt < range.end && (c.updatedAt >= range.start || open.includes(c.status)))
      .map(toCaseFacts);
    const inRange = (at: Date) => at >= range.start && at < range.end;
    return {
      cases,
      referrals: this.referrals.referrals.filter((r) => inRange(r.recordedAt)).map(toReferralFacts),
      sessions: [...this.sessions.stored()].filter((s) => inRange(s.start)).map(toSessionFacts),
    };
  }
}
