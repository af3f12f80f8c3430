/**
 * The shape of everything published for one frame (DOMAIN.md §2 "Follow-up"): every table × grouping × period as
 * one set of cells, the cells that are equal by definition, and the sums a reader can check. Disclosure control
 * works on this whole set at once, so that a number hidden in one place is never shown, or derivable, in another.
 */

/** A column of a table; `column === columns` is the table's total column. */
export interface ColumnRef {
  readonly table: number;
  readonly column: number;
}

export interface TableShape {
  /** Category columns, without the total column. */
  readonly columns: number;
  /** The categories partition a whole, so a total column is published. */
  readonly hasColumnTotal: boolean;
  /** Per category: a stock (counted as of the period's end, so a quarter repeats a month), not a flow. */
  readonly isStock: readonly boolean[];
}

export interface FrameLayout {
  /** Calendar months, the first periods of the frame. */
  readonly months: number;
  /** The periods after the months (quarters, the pilot), each as the months whose flows it sums. */
  readonly aggregates: readonly (readonly number[])[];
  /** Per aggregate: the month whose stocks it repeats (the one its end, or now, falls in). */
  readonly stockMonth: readonly number[];
  /** Group rows per grouping; each grouping's total row follows them and is the same in every grouping. */
  readonly groupRows: readonly number[];
  readonly tables: readonly TableShape[];
  /** Columns equal by definition in every grouping, row and period. */
  readonly sameColumns: readonly (readonly [ColumnRef, ColumnRef])[];
  /** First ≤ second by definition in every grouping, row and period. */
  readonly atMost: readonly (readonly [ColumnRef, ColumnRef])[];
  /** Counted by group only in the first grouping; the others publish only their total. */
  readonly firstGroupingOnly: readonly ColumnRef[];
  /**
   * Months are published by group too. When false a month is published in its all-groups row only: its group rows
   * are counted (the periods that sum months are published by group) but never shown.
   */
  readonly monthsByGroup: boolean;
}

/** Cell positions of a frame: grouping-major, then table, period, row, column. */
export class FrameIndex {
  readonly periods: number;
  readonly size: number;
  /** `offsets[g · tables + t]`: where grouping g's table t starts. */
  private readonly offsets: Int32Array;
  private readonly rowCounts: Int32Array;
  private readonly colCounts: Int32Array;
  private readonly tableCount: number;
  private readonly stock: boolean[][];
  private readonly firstOnly: boolean[][];

  constructor(readonly layout: FrameLayout) {
    this.periods = layout.months + layout.aggregates.length;
    this.tableCount = layout.tables.length;
    this.rowCounts = Int32Array.from(layout.groupRows, (n) => n + 1);
    this.colCounts = Int32Array.from(layout.tables, (t) => t.columns + (t.hasColumnTotal ? 1 : 0));
    this.stock = layout.tables.map((t) => [...t.isStock]);
    this.firstOnly = layout.tables.map((_, t) =>
      Array.from({ length: this.cols(t) }, (_, c) =>
        layout.firstGroupingOnly.some((x) => x.table === t && x.column === c),
      ),
    );
    this.offsets = new Int32Array(layout.groupRows.length * this.tableCount);
    let n = 0;
    for (let g = 0; g < layout.groupRows.length; g++)
      for (let t = 0; t < this.tableCount; t++) {
        this.offsets[g * this.tableCount + t] = n;
        n += this.periods * this.rows(g) * this.cols(t);
      }
    this.size = n;
  }

  /** Rows of a grouping, the total row included (it is the last). */
  rows(g: number): number {
    return this.rowCounts[g]!;
  }

  /** Columns of a table, the total column included when it has one (it is the last). */
  cols(t: number): number {
    return this.colCounts[t]!;
  }

  offset(g: number, t: number): number {
    return this.offsets[g * this.tableCount + t]!;
  }

  at(g: number, t: number, p: number, r: number, c: number): number {
    return this.offsets[g * this.tableCount + t]! + (p * this.rowCounts[g]! + r) * this.colCounts[t]! + c;
  }

  isStock(t: number, c: number): boolean {
    return this.stock[t]![c] === true;
  }

  /** Whether the cells of grouping g's row r in period p are published (a month's group rows may not be). */
  isPublishedRow(g: number, p: number, r: number): boolean {
    return this.layout.monthsByGroup || p >= this.layout.months || r === this.rows(g) - 1;
  }

  isFirstGroupingOnly(t: number, c: number): boolean {
    return this.firstOnly[t]![c] === true;
  }

  /** Where a position is, as [grouping, table, period, row, column]. */
  coordinates(pos: number): [number, number, number, number, number] {
    for (let g = this.layout.groupRows.length - 1; g >= 0; g--)
      for (let t = this.layout.tables.length - 1; t >= 0; t--) {
        const base = this.offset(g, t);
        if (pos < base) continue;
        const cols = this.cols(t);
        const cell = pos - base;
        const c = cell % cols;
        const r = Math.floor(cell / cols) % this.rows(g);
        return [g, t, Math.floor(cell / (cols * this.rows(g))), r, c];
      }
    throw new RangeError(`no cell ${pos}`);
  }
}
