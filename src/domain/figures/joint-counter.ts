/**
 * The frame's counts by month and by combination of area, organisation and age group (the three groupings are read
 * off the combinations afterwards): each event of a case is one increment, whatever the groupings.
 */
import { AGE_GROUPS, ORGANISATIONS } from '../case/vocabulary.js';
import type { CaseTable } from './case-table.js';
import type { FrameSpec, WaitList } from './count.js';
import type { FrameIndex } from './frame-layout.js';
import { TABLE_IDS, TABLES, type TableId } from './tables.js';

const DAY = 86_400;

/** Every category column of every table in one row of the joint counts, table after table. */
const OFFSET = TABLE_IDS.map((_, t) =>
  TABLE_IDS.slice(0, t).reduce((a, id) => a + TABLES[id].columns.length, 0),
);
const COLUMNS = TABLE_IDS.map((id) => TABLES[id].columns.length);
const WIDTH = OFFSET.at(-1)! + COLUMNS.at(-1)!;
const at = (table: TableId, column: string) =>
  OFFSET[TABLE_IDS.indexOf(table)]! + TABLES[table].columns.indexOf(column);
const BROUGHT = at('flow', 'brought');
const HELD = at('flow', 'network-held');
const ON_TIME = at('flow', 'reviews-on-time');
const LATE = at('flow', 'reviews-late');
const OUTCOME_0 = at('outcomes', 'tym-client');
const SERVICES_0 = OFFSET[TABLE_IDS.indexOf('services')]!;
const VIA_TEAM = at('referral-route', 'via-team');
export const DIRECT = at('referral-route', 'direct');
const CLEAR_NEED = at('multidisciplinary', 'clear-need');
const AGREEMENT_0 = OFFSET[TABLE_IDS.indexOf('agreement')]!;
const DIFFERED = TABLES.agreement.columns.indexOf('differed');
const DIFFERED_0 = OFFSET[TABLE_IDS.indexOf('differed-towards')]!;
const WAITING = at('bottlenecks', 'waiting-over-threshold');
const RETURNED = at('bottlenecks', 'returned');
const OVERDUE = at('bottlenecks', 'reviews-overdue');
const PROFILE_0 = OFFSET[TABLE_IDS.indexOf('profile')]!;
const THREE_PLUS = at('profile', 'three-plus-domains');
const KELA = at('profile', 'kela');
const TYM_CLIENT = 0;

export class JointCounter {
  readonly areas: number;
  /** `joint[(month · combos + combo) · WIDTH + column]`. */
  readonly joint: Int32Array;
  /** Sessions over capacity by month and area (they belong to no organisation or age group). */
  readonly sessions: Int32Array;
  readonly comboRows: Int32Array[];
  readonly waits: Record<'discussed' | 'network', WaitList>;
  private readonly combos: number;
  /** Per grouping, each group key's row. */
  private readonly groupIndex: readonly ReadonlyMap<string, number>[];
  private readonly months: number;
  private readonly starts: Float64Array;
  /** The month each day of the frame (counted in whole days from its start) begins in. */
  private readonly dayMonth: Int8Array;
  private readonly asOf: Float64Array;
  private readonly threshold: number;
  private readonly now: number;

  constructor(
    private readonly spec: FrameSpec,
    capacity: number,
  ) {
    const [a, o, g] = spec.groups.map((x) => x.length) as [number, number, number];
    this.areas = a;
    this.groupIndex = spec.groups.map(indexOfKeys);
    this.combos = a * o * g;
    this.months = spec.starts.length - 1;
    this.joint = new Int32Array(this.months * this.combos * WIDTH);
    this.sessions = new Int32Array(this.months * a);
    this.comboRows = [
      Int32Array.from({ length: this.combos }, (_, c) => Math.floor(c / (o * g))),
      Int32Array.from({ length: this.combos }, (_, c) => Math.floor(c / g) % o),
      Int32Array.from({ length: this.combos }, (_, c) => c % g),
    ];
    this.starts = Float64Array.from(spec.starts);
    this.dayMonth = dayMonths(this.starts);
    this.now = spec.now;
    this.asOf = Float64Array.from({ length: this.months }, (_, m) =>
      spec.now > spec.starts[m]! ? Math.min(spec.starts[m + 1]!, spec.now) : -Infinity,
    );
    this.threshold = spec.waitingThresholdDays * DAY;
    const list = (): WaitList => ({
      length: 0,
      combo: new Int32Array(capacity),
      month: new Int8Array(capacity),
      days: new Float64Array(capacity),
    });
    this.waits = { discussed: list(), network: list() };
  }

  /** The combination of a fact's groups, or -1 when one of them is not published (then it counts nowhere). */
  comboOf(area: string, organisation: string, ageGroup: string): number {
    const a = this.groupIndex[0]!.get(area);
    const o = this.groupIndex[1]!.get(organisation);
    const g = this.groupIndex[2]!.get(ageGroup);
    return a === undefined || o === undefined || g === undefined
      ? -1
      : (a * this.spec.groups[1]!.length + o) * this.spec.groups[2]!.length + g;
  }

  /** The month `t` falls in, -1 outside the frame (or NaN): its day's month, moved on past a boundary that day. */
  monthOf(t: number): number {
    const { starts, months } = this;
    const day = (t - starts[0]!) / DAY;
    if (!(day >= 0 && t < starts[months]!)) return -1;
    let m = this.dayMonth[Math.floor(day)]!;
    while (t >= starts[m + 1]!) m++;
    return m;
  }

  add(combo: number, column: number, m: number): void {
    if (m >= 0) this.joint[(m * this.combos + combo) * WIDTH + column]!++;
  }

  private wait(list: WaitList, combo: number, m: number, days: number): void {
    list.combo[list.length] = combo;
    list.month[list.length] = m;
    list.days[list.length++] = days;
  }

  /** Every live row of the table whose groups are all published (a code not published counts nowhere). */
  countCases(table: CaseTable): void {
    const [o, g] = [this.spec.groups[1]!.length, this.spec.groups[2]!.length];
    const areaOf = Int32Array.from(table.areas, (x) => this.groupIndex[0]!.get(x) ?? -1);
    // codes shifted by one: a code of -1 (none) is at 0
    const orgOf = Int32Array.from([-1, ...ORGANISATIONS.map((x) => this.groupIndex[1]!.get(x) ?? -1)]);
    const ageOf = Int32Array.from([-1, ...AGE_GROUPS.map((x) => this.groupIndex[2]!.get(x) ?? -1)]);
    const { isLive, area, organisation, ageGroup } = table;
    for (let i = 0; i < table.length; i++) {
      if (!isLive[i]) continue;
      const a = areaOf[area[i]!]!;
      const b = orgOf[organisation[i]! + 1] ?? -1;
      const c = ageOf[ageGroup[i]! + 1] ?? -1;
      if (a >= 0 && b >= 0 && c >= 0) this.countCase(table, i, (a * o + b) * g + c);
    }
  }

  private countCase(table: CaseTable, i: number, combo: number): void {
    const joint = this.joint;
    const since = table.submitted[i]!;
    const bits = table.challenged[i]!;
    const m = this.monthOf(since);
    if (m >= 0) {
      const row = (m * this.combos + combo) * WIDTH;
      joint[row + BROUGHT]!++;
      for (let b = bits; b !== 0; b &= b - 1) joint[row + PROFILE_0 + LOWEST_BIT[b]!]!++;
      joint[row + THREE_PLUS]! += THREE_PLUS_DOMAINS[bits]!;
      joint[row + KELA]! += table.hasKela[i]!;
    }
    const discussed = table.discussed[i]!;
    const md = this.monthOf(discussed);
    if (md >= 0) this.wait(this.waits.discussed, combo, md, (discussed - since) / DAY);
    this.countWaiting(combo, since, table.ended[i]!);
    const decision = table.decision[i]!;
    const mo = decision >= 0 ? this.monthOf(table.decided[i]!) : -1;
    if (mo >= 0) this.countOutcome(table, i, (mo * this.combos + combo) * WIDTH, decision, bits);
    const meeting = table.meeting[i]!;
    if (meeting === meeting) this.countNetwork(table, i, combo, meeting, since);
    const returned = table.returned[i];
    if (returned)
      for (let k = 0; k < returned.length; k++) this.add(combo, RETURNED, this.monthOf(returned[k]!));
  }

  /**
   * The stock of cases waiting over the threshold, as of each month's end (or now). `asOf` grows month by month
   * until the months not yet begun (-Infinity), so once a month is past the case's end (or not begun), so are all
   * after it.
   */
  private countWaiting(combo: number, since: number, end: number): void {
    const { asOf, threshold } = this;
    for (let k = 0; k < this.months; k++) {
      const at = asOf[k]!;
      if (end < at || at === -Infinity) break;
      if (at - since > threshold) this.joint[(k * this.combos + combo) * WIDTH + WAITING]!++;
    }
  }

  /** A decision, at `row` of the joint counts (its month and combination). */
  private countOutcome(table: CaseTable, i: number, row: number, decision: number, bits: number): void {
    const joint = this.joint;
    const agreement = table.agreement[i]!;
    joint[row + OUTCOME_0 + decision]!++;
    joint[row + SERVICES_0 + table.services[i]!]!++;
    if (decision === TYM_CLIENT) joint[row + VIA_TEAM]!++;
    if (decision === TYM_CLIENT || THREE_PLUS_DOMAINS[bits] === 1) joint[row + CLEAR_NEED]!++;
    joint[row + AGREEMENT_0 + agreement]!++;
    if (agreement === DIFFERED) joint[row + DIFFERED_0 + decision]!++;
  }

  /** A network meeting held and its waiting time, the review done (on time or late) or overdue. */
  private countNetwork(table: CaseTable, i: number, combo: number, start: number, since: number): void {
    const m = start < this.now ? this.monthOf(start) : -1;
    if (m >= 0) {
      this.add(combo, HELD, m);
      if (start >= since) this.wait(this.waits.network, combo, m, (start - since) / DAY);
    }
    const due = table.reviewDue[i]!;
    if (due !== due) return;
    const done = table.reviewDone[i]!;
    if (done === done) this.add(combo, done < due ? ON_TIME : LATE, this.monthOf(done));
    // as in countWaiting: past the review's doing (or not begun), so are the months after
    const asOf = this.asOf;
    for (let k = 0; k < this.months && !(done < asOf[k]!) && asOf[k] !== -Infinity; k++)
      if (due <= asOf[k]!) this.add(combo, OVERDUE, k);
  }

  /** The months of every grouping: each combination's counts added to its row in each grouping. */
  spread(index: FrameIndex, values: Int32Array): void {
    const { joint, months, combos } = this;
    for (let g = 0; g < 3; g++) {
      const rowOf = this.comboRows[g]!;
      const R = index.rows(g);
      for (let t = 0; t < TABLE_IDS.length; t++) {
        const from = OFFSET[t]!;
        const n = COLUMNS[t]!;
        const cols = index.cols(t);
        const base = index.offset(g, t);
        for (let m = 0; m < months; m++)
          for (let combo = 0; combo < combos; combo++) {
            const src = (m * combos + combo) * WIDTH + from;
            const dst = base + (m * R + rowOf[combo]!) * cols;
            for (let c = 0; c < n; c++) values[dst + c]! += joint[src + c]!;
          }
      }
    }
    const t = TABLE_IDS.indexOf('bottlenecks');
    const c = TABLES.bottlenecks.columns.indexOf('sessions-over-capacity');
    // sessions: the area's row only; the other groupings take the area total (frame-sums.ts)
    for (let m = 0; m < this.months; m++)
      for (let a = 0; a < this.areas; a++)
        values[index.at(0, t, m, a, c)]! += this.sessions[m * this.areas + a]!;
  }
}

/** Per day from the first month's start, the month the day begins in (a month is a day or longer). */
function dayMonths(starts: Float64Array): Int8Array {
  const months = starts.length - 1;
  const days = Math.max(0, Math.ceil((starts[months]! - starts[0]!) / DAY));
  const out = new Int8Array(days);
  let m = 0;
  for (let d = 0; d < days; d++) {
    while (m < months - 1 && starts[0]! + d * DAY >= starts[m + 1]!) m++;
    out[d] = m;
  }
  return out;
}

/** 1 for a set of challenged domains (a byte of bits) with three or more. */
const THREE_PLUS_DOMAINS = Uint8Array.from({ length: 256 }, (_, bits) => {
  let n = 0;
  for (let b = bits; b; b &= b - 1) n++;
  return n >= 3 ? 1 : 0;
});

/** The lowest set bit's index of a set of challenged domains (a byte of bits). */
const LOWEST_BIT = Uint8Array.from({ length: 256 }, (_, bits) => (bits === 0 ? 0 : Math.log2(bits & -bits)));

/** Each key's first position, as `indexOf` finds it. */
function indexOfKeys(keys: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  keys.forEach((k, i) => index.has(k) || index.set(k, i));
  return index;
}
