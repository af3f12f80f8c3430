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
 * columns: a case is mapped into a row as it is stored (so a first report after a bulk load only counts), and each
 * read walks the stored cases to place those rows, free the rows of cases replaced or deleted, and map any case the
 * store holds that was not seen being stored (a snapshot restored). Private fields (`#`) are not snapshotted.
 */
export class MemoryFiguresSource implements FiguresSource {
  #table = new CaseTable();
  /** The stored objects at the last read, in the store's order, and their rows. */
  #order: CaseRecord[] = [];
  #orderRows: Uint32Array = new Uint32Array(0);
  /** Objects stored since the last read, each already mapped into a row of its own. */
  readonly #mapped = new Map<CaseRecord, number>();
  /** A case failed to map as it was stored: the next read maps every case again (and reports the failure). */
  #isBroken = false;

  constructor(
    private readonly cases: MemoryCaseRepository,
    private readonly referrals: MemoryReferralRepository,
    private readonly sessions: MemorySessionRepository,
  ) {
    cases.onStored((c) => this.map(c));
  }

  async load(range: TimeRange): Promise<FiguresFacts> {
    const [from, to] = [range.start.getTime(), range.end.getTime()];
    const inRange = (at: Date) => at.getTime() >= from && at.getTime() < to;
    return {
      cases: this.syncCases(),
      referrals: this.referrals.referrals.filter((r) => inRange(r.recordedAt)).map(toReferralFacts),
      sessions: [...this.sessions.stored()].filter((s) => inRange(s.start)).map(toSessionFacts),
    };
  }

  private map(c: CaseRecord): void {
    if (this.#isBroken) return;
    try {
      const row = this.#table.newRow();
      this.#mapped.set(c, row);
      this.#table.set(row, toCaseFacts(c));
    } catch {
      this.#isBroken = true;
    }
  }

  /**
   * Every stored case in the table (the counting decides what falls in a period). The store keeps its cases in
   * insertion order and a write replaces the stored object in place, so the last read's objects and the stored
   * ones are walked side by side: the same object keeps its row, another object with the same id takes the row it
   * was mapped into (or is mapped into the row of the one it replaced), a last-read object with another id was
   * deleted (its row is freed), and the cases after the last read's end are new. Rows mapped for objects no longer
   * stored (replaced again before this read) are freed.
   */
  private syncCases(): CaseTable {
    if (this.#isBroken) this.reset();
    try {
      return this.walk();
    } catch (e) {
      // a case that cannot be mapped leaves the table partly written: the next read maps every case again
      this.reset();
      throw e;
    }
  }

  private reset(): void {
    this.#table = new CaseTable();
    this.#order = [];
    this.#orderRows = new Uint32Array(0);
    this.#mapped.clear();
    this.#isBroken = false;
  }

  private walk(): CaseTable {
    // one array of the stored objects (spreading a map's values makes no object per entry)
    const stored = [...this.cases.stored()];
    const order = this.#order;
    const orderRows = this.#orderRows;
    const table = this.#table;
    const mapped = this.#mapped;
    const rows = new Uint32Array(stored.length);
    table.reserve(stored.length);
    /** The row `c` was mapped into as it was stored, if it was. */
    const take = (c: CaseRecord) => {
      const row = mapped.get(c);
      if (row !== undefined) mapped.delete(c);
      return row;
    };
    let j = 0;
    for (let n = 0; n < stored.length; n++) {
      const c = stored[n]!;
      while (j < order.length && order[j] !== c && order[j]!.id !== c.id) table.remove(orderRows[j++]!);
      if (j < order.length && order[j] === c) rows[n] = orderRows[j++]!;
      else {
        const row = take(c);
        const replaced = j < order.length ? orderRows[j++] : undefined;
        if (row !== undefined) {
          rows[n] = row;
          if (replaced !== undefined) table.remove(replaced);
        } else table.set((rows[n] = replaced ?? table.newRow()), toCaseFacts(c));
      }
    }
    while (j < order.length) table.remove(orderRows[j++]!);
    for (const row of mapped.values()) table.remove(row);
    mapped.clear();
    this.#order = stored;
    this.#orderRows = rows;
    return table;
  }
}
