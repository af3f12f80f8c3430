import type { CaseRecord } from '../../domain/case/case-record.js';
import { CaseTable } from '../../domain/figures/case-table.js';
import type { FiguresFacts } from '../../domain/figures/facts.js';
import type { TimeRange } from '../../domain/figures/period.js';
import type { FiguresSource } from '../../ports/figures-source.js';
import { toCaseFacts, toReferralFacts, toSessionFacts } from '../figures-facts-mappers.js';
import type { MemoryCaseRepository } from './memory-case-repository.js';
import type { MemoryReferralRepository } from './memory-referral-repository.js';
import type { MemorySessionRepository } from './memory-session-repository.js';

/**
 * The figures' facts from the memory stores; the mappers copy the coded fields only. The cases' facts are kept as
 * columns between reads: a stored case is replaced, never changed, on every write, so each read maps only the
 * cases written since the last one (by object identity), a replaced case into the row it had, and frees the rows
 * of cases deleted.
 */
export class MemoryFiguresSource implements FiguresSource {
  private table = new CaseTable();
  /** The stored objects at the last read, in the store's order, and their rows. */
  private order: CaseRecord[] = [];
  private orderRows: Uint32Array = new Uint32Array(0);

  constructor(
    private readonly cases: MemoryCaseRepository,
    private readonly referrals: MemoryReferralRepository,
    private readonly sessions: MemorySessionRepository,
  ) {}

  async load(range: TimeRange): Promise<FiguresFacts> {
    const [from, to] = [range.start.getTime(), range.end.getTime()];
    const inRange = (at: Date) => at.getTime() >= from && at.getTime() < to;
    return {
      cases: this.syncCases(),
      referrals: this.referrals.referrals.filter((r) => inRange(r.recordedAt)).map(toReferralFacts),
      sessions: [...this.sessions.stored()].filter((s) => inRange(s.start)).map(toSessionFacts),
    };
  }

  /**
   * Every stored case in the table (the counting decides what falls in a period). The store keeps its cases in
   * insertion order and a write replaces the stored object in place, so the last read's objects and the stored
   * ones are walked side by side: the same object keeps its row, another object with the same id is mapped into
   * the row of the one it replaced, a last-read object with another id was deleted (its row is freed), and the
   * cases after the last read's end are new. Any other order would only map more cases again.
   */
  private syncCases(): CaseTable {
    try {
      return this.walk();
    } catch (e) {
      // a case that cannot be mapped leaves the table partly written: the next read maps every case again
      this.table = new CaseTable();
      this.order = [];
      this.orderRows = new Uint32Array(0);
      throw e;
    }
  }

  private walk(): CaseTable {
    // one array of the stored objects (spreading a map's values makes no object per entry)
    const stored = [...this.cases.stored()];
    const { order, orderRows, table } = this;
    const rows = new Uint32Array(stored.length);
    table.reserve(stored.length);
    let j = 0;
    for (let n = 0; n < stored.length; n++) {
      const c = stored[n]!;
      while (j < order.length && order[j] !== c && order[j]!.id !== c.id) table.remove(orderRows[j++]!);
      if (j < order.length) {
        rows[n] = orderRows[j]!;
        if (order[j++] !== c) table.set(rows[n]!, toCaseFacts(c));
      } else table.set((rows[n] = table.newRow()), toCaseFacts(c));
    }
    while (j < order.length) table.remove(orderRows[j++]!);
    this.order = stored;
    this.orderRows = rows;
    return table;
  }
}
