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
 * cases written since the last one (by object identity) and frees the rows of cases replaced or deleted.
 */
export class MemoryFiguresSource implements FiguresSource {
  private readonly table = new CaseTable();
  private readonly rowOf = new WeakMap<CaseRecord, number>();
  private seen = new Uint32Array(0);
  private read = 0;
  /** The stored objects at the last read, in the store's order, and their rows. */
  private readonly order: CaseRecord[] = [];
  private orderRows = new Uint32Array(0);

  constructor(
    private readonly cases: MemoryCaseRepository,
    private readonly referrals: MemoryReferralRepository,
    private readonly sessions: MemorySessionRepository,
  ) {}

  async load(range: TimeRange): Promise<FiguresFacts> {
    const inRange = (at: Date) => at >= range.start && at < range.end;
    return {
      cases: this.syncCases(),
      referrals: this.referrals.referrals.filter((r) => inRange(r.recordedAt)).map(toReferralFacts),
      sessions: [...this.sessions.stored()].filter((s) => inRange(s.start)).map(toSessionFacts),
    };
  }

  /**
   * Every stored case in the table (the counting decides what falls in a period). A write replaces the stored
   * object in place in the map's order, so comparing with the last read's objects position by position finds the
   * changed ones without reading any case; only those are looked up, and mapped when new.
   */
  private syncCases(): CaseTable {
    const read = ++this.read;
    let i = 0;
    for (const c of this.cases.stored()) {
      let row = this.order[i] === c ? this.orderRows[i] : this.rowOf.get(c);
      if (row === undefined) {
        row = this.table.newRow();
        this.table.set(row, toCaseFacts(c));
        this.rowOf.set(c, row);
      }
      if (i >= this.orderRows.length || row >= this.seen.length) this.grow(Math.max(i, row));
      this.order[i] = c;
      this.orderRows[i++] = row;
      this.seen[row] = read;
    }
    this.order.length = i;
    for (let row = 0; row < this.table.length; row++)
      if (this.seen[row] !== read && this.table.isLive[row]) this.table.remove(row);
    return this.table;
  }

  private grow(atLeast: number): void {
    const size = Math.max(1024, 2 * atLeast);
    const more = (a: Uint32Array) => {
      const b = new Uint32Array(size);
      b.set(a.subarray(0, Math.min(a.length, size)));
      return b;
    };
    this.seen = more(this.seen);
    this.orderRows = more(this.orderRows);
  }
}
