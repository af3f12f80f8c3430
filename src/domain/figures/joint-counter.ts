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
const WIDTH = OFFSET.at(-1)! + TABLES[TABLE_IDS.at(-1)!].columns.length;
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
  private readonly months: number;
  private readonly starts: Float64Array;
  private readonly asOf: Float64Array;
  private readonly threshold: number;
  private readonly now: number;

  constructor(
    private readonly spec: FrameSpec,
    capacity: number,
  ) {
    const [a, o, g] = spec.groups.map((x) => x.length) as [number, number, number];
    this.areas = a;
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
    const [a, o, g] = [0, 1, 2].map((i) => this.spec.groups[i]!.indexOf([area, organisation, ageGroup][i]!));
    return a! < 0 || o! < 0 || g! < 0
      ? -1
      : (a! * this.spec.groups[1]!.length + o!) * this.spec.groups[2]!.length + g!;
  }

  monthOf(t: number): number {
    if (!(t >= this.starts[0]! && t < this.starts[this.months]!)) return -1;
    let m = 0;
    while (t >= this.starts[m + 1]!) m++;
    return m;
  }

  add(combo: number, column: number, m: number): void {
    if (m >= 0) this.joint[(m * this.combos + combo) * WIDTH + column]!++;
  }

  private wait(list: WaitList, combo: number, at: number, days: number): void {
    const m = this.monthOf(at);
    if (m < 0) return;
    list.combo[list.length] = combo;
    list.month[list.length] = m;
    list.days[list.length++] = days;
  }

  countCases(table: CaseTable): void {
    // the table's codes to this frame's groups (a code not published counts nowhere)
    const [o, g] = [this.spec.groups[1]!.length, this.spec.groups[2]!.length];
    const areaOf = table.areas.map((x) => this.spec.groups[0]!.indexOf(x));
    const orgOf = ORGANISATIONS.map((x) => this.spec.groups[1]!.indexOf(x));
    const ageOf = AGE_GROUPS.map((x) => this.spec.groups[2]!.indexOf(x));
    for (let i = 0; i < table.length; i++) {
      if (!table.isLive[i]) continue;
      const [a, b, c] = [
        areaOf[table.area[i]!] ?? -1,
        orgOf[table.organisation[i]!] ?? -1,
        ageOf[table.ageGroup[i]!] ?? -1,
      ];
      if (a >= 0 && b >= 0 && c >= 0) this.countCase(table, i, (a * o + b) * g + c);
    }
  }

  private countCase(table: CaseTable, i: number, combo: number): void {
    const submitted = table.submitted[i]!;
    const returned = table.returned[i];
    if (returned) for (const t of returned) this.add(combo, RETURNED, this.monthOf(t));
    const challenged = table.challenged[i]!;
    const mb = this.monthOf(submitted);
    if (mb >= 0) {
      const row = (mb * this.combos + combo) * WIDTH;
      this.joint[row + BROUGHT]!++;
      for (let d = 0; d < 7; d++) if (challenged & (1 << d)) this.joint[row + PROFILE_0 + d]!++;
      if (THREE_PLUS_DOMAINS[challenged]) this.joint[row + THREE_PLUS]!++;
      if (table.hasKela[i]) this.joint[row + KELA]!++;
    }
    const discussed = table.discussed[i]!;
    if (discussed === discussed)
      this.wait(this.waits.discussed, combo, discussed, (discussed - submitted) / DAY);
    const ended = table.ended[i]!;
    for (let m = 0; m < this.months; m++)
      if (this.asOf[m]! - submitted > this.threshold && !(ended < this.asOf[m]!)) this.add(combo, WAITING, m);
    const decision = table.decision[i]!;
    if (decision >= 0) {
      const m = this.monthOf(table.decided[i]!);
      if (m >= 0) this.countOutcome(table, i, combo, m, decision, THREE_PLUS_DOMAINS[challenged] === 1);
    }
    const meeting = table.meeting[i]!;
    if (meeting === meeting) this.countNetwork(table, i, combo, meeting, submitted);
  }

  private countOutcome(
    table: CaseTable,
    i: number,
    combo: number,
    m: number,
    decision: number,
    isChallenged: boolean,
  ) {
    const row = (m * this.combos + combo) * WIDTH;
    this.joint[row + OUTCOME_0 + decision]!++;
    this.joint[row + SERVICES_0 + table.services[i]!]!++;
    if (decision === TYM_CLIENT) this.joint[row + VIA_TEAM]!++;
    if (decision === TYM_CLIENT || isChallenged) this.joint[row + CLEAR_NEED]!++;
    const agreement = table.agreement[i]!;
    this.joint[row + AGREEMENT_0 + agreement]!++;
    if (agreement === DIFFERED) this.joint[row + DIFFERED_0 + decision]!++;
  }

  private countNetwork(table: CaseTable, i: number, combo: number, start: number, submitted: number): void {
    if (start < this.now) {
      this.add(combo, HELD, this.monthOf(start));
      if (start >= submitted) this.wait(this.waits.network, combo, start, (start - submitted) / DAY);
    }
    const due = table.reviewDue[i]!;
    if (due !== due) return;
    const done = table.reviewDone[i]!;
    if (done === done) this.add(combo, done < due ? ON_TIME : LATE, this.monthOf(done));
    for (let m = 0; m < this.months; m++)
      if (due <= this.asOf[m]! && !(done < this.asOf[m]!)) this.add(combo, OVERDUE, m);
  }

  /** The months of every grouping: each combination's counts added to its row in each grouping. */
  spread(index: FrameIndex, values: Int32Array): void {
    const tables = TABLE_IDS.map((id, t) => ({ t, from: OFFSET[t]!, n: TABLES[id].columns.length }));
    for (let m = 0; m < this.months; m++)
      for (let combo = 0; combo < this.combos; combo++) {
        const row = (m * this.combos + combo) * WIDTH;
        for (let g = 0; g < 3; g++) {
          const r = this.comboRows[g]![combo]!;
          for (const { t, from, n } of tables) {
            const base = index.at(g, t, m, r, 0);
            for (let c = 0; c < n; c++) values[base + c]! += this.joint[row + from + c]!;
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

/** 1 for a set of challenged domains (a byte of bits) with three or more. */
const THREE_PLUS_DOMAINS = Uint8Array.from({ length: 256 }, (_, bits) => {
  let n = 0;
  for (let b = bits; b; b &= b - 1) n++;
  return n >= 3 ? 1 : 0;
});
