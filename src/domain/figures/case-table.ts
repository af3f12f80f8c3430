/**
 * The cases' figures facts column by column (typed arrays, times in whole seconds): everything the counting needs,
 * derived once per case (`set`), so that counting 100,000 cases reads memory in order instead of chasing objects.
 * A store keeps one up to date row by row, or keeps the rows themselves (`ROW_FORMAT`, `caseRowOf`).
 */
import { agreementOf, DECISIONS, SERVICES_NEEDED } from '../case/outcome.js';
import { AGE_GROUPS, ORGANISATIONS } from '../case/vocabulary.js';
import { addDays } from '../scheduling/calendar-date.js';
import { HELSINKI, toInstant } from '../scheduling/local-days.js';
import type { CaseFacts } from './facts.js';
import { dayStartMs } from './period.js';
import { challengedDomains } from './tables.js';

/** Changes whenever what a row holds, or how it is derived: a store keeping rows rebuilds them from the cases. */
export const ROW_FORMAT = 1;

/** One case as the counting reads it: codes are indices into the domain's lists, times whole seconds. */
export interface CaseRow {
  readonly area: string;
  /** Indices into ORGANISATIONS and AGE_GROUPS. */
  readonly organisation: number;
  readonly ageGroup: number;
  /** Scale domains with challenges (≥ 3), a bit each in SCALE_DOMAINS order. */
  readonly challenged: number;
  /** Kela criteria at intake, or Kela cooperation decided. */
  readonly hasKela: boolean;
  /** First submission; NaN when never submitted. */
  readonly submitted: number;
  /** First of discussed, closed or withdrawn; Infinity while none. */
  readonly ended: number;
  /** First discussion after the submission; NaN when none. */
  readonly discussed: number;
  /** When the case was returned for more information. */
  readonly returned: readonly number[];
  /** The outcome recorded (NaN when none), and indices of its decision, service need and agreement (-1 when none). */
  readonly decided: number;
  readonly decision: number;
  readonly services: number;
  readonly agreement: number;
  /** Network consultation: meeting start, end of the review's due date (Helsinki), review done; NaN when none. */
  readonly meeting: number;
  readonly reviewDue: number;
  readonly reviewDone: number;
}

const AGREEMENTS = ['agreed', 'differed', 'no-recommendation'] as const;
const TIMES = ['submitted', 'ended', 'discussed', 'decided', 'meeting', 'reviewDue', 'reviewDone'] as const;
const CODES = ['organisation', 'ageGroup', 'decision', 'services', 'agreement'] as const;
const sec = (d: Date) => Math.floor(d.getTime() / 1000);

export class CaseTable {
  /** Rows in use or freed; a freed row is not live. */
  length = 0;
  isLive = new Uint8Array(0);
  /** Index into `areas` (area codes are the deployment's, so the table names its own). */
  area = new Int32Array(0);
  readonly areas: string[] = [];
  organisation = new Int8Array(0);
  ageGroup = new Int8Array(0);
  decision = new Int8Array(0);
  services = new Int8Array(0);
  agreement = new Int8Array(0);
  challenged = new Uint8Array(0);
  hasKela = new Uint8Array(0);
  submitted = new Float64Array(0);
  ended = new Float64Array(0);
  discussed = new Float64Array(0);
  decided = new Float64Array(0);
  meeting = new Float64Array(0);
  reviewDue = new Float64Array(0);
  reviewDone = new Float64Array(0);
  returned: (Float64Array | null)[] = [];
  private readonly areaIndex = new Map<string, number>();
  private readonly free: number[] = [];

  static of(facts: readonly CaseFacts[]): CaseTable {
    const table = new CaseTable();
    for (const f of facts) table.set(table.newRow(), f);
    return table;
  }

  /** Room for `rows` rows in all, made at once. */
  reserve(rows: number): void {
    if (rows > this.isLive.length) this.grow(rows);
  }

  /** A row to set: a freed one, or a new one at the end. */
  newRow(): number {
    const reused = this.free.pop();
    if (reused !== undefined) return reused;
    if (this.length === this.isLive.length) this.grow(Math.max(1024, this.length * 2));
    return this.length++;
  }

  remove(row: number): void {
    if (!this.isLive[row]) return;
    this.isLive[row] = 0;
    this.returned[row] = null;
    this.free.push(row);
  }

  /**
   * One case's row, derived from its facts straight into the columns: a first read runs this for every case, so
   * nothing is made per case but the returns (when there are any).
   */
  set(row: number, f: CaseFacts): void {
    const o = f.outcome;
    const n = f.network;
    this.isLive[row] = 1;
    this.area[row] = this.areaOf(f.areaCode);
    this.organisation[row] = ORGANISATIONS.indexOf(f.organisation);
    this.ageGroup[row] = AGE_GROUPS.indexOf(f.ageGroup);
    this.challenged[row] = challengedDomains(f.scale);
    this.hasKela[row] = f.hasKelaCriteria || o?.kelaCooperation === true ? 1 : 0;
    this.setTimes(row, f.events);
    this.decided[row] = o ? sec(o.recordedAt) : NaN;
    this.decision[row] = o ? DECISIONS.indexOf(o.decision) : -1;
    this.services[row] = o ? SERVICES_NEEDED.indexOf(o.servicesNeeded) : -1;
    this.agreement[row] = o ? AGREEMENTS.indexOf(agreementOf(f.recommended, o.decision)) : -1;
    this.meeting[row] = n?.meetingStart ? sec(n.meetingStart) : NaN;
    this.reviewDue[row] = n?.meetingStart && n.review ? dueEnd(n.review.dueDate) : NaN;
    this.reviewDone[row] = n?.review?.doneAt ? sec(n.review.doneAt) : NaN;
  }

  /** Submission, end, first discussion after the submission, and returns, from the events. */
  private setTimes(row: number, events: CaseFacts['events']): void {
    let submitted = NaN;
    let ended = Infinity;
    let returns = 0;
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      const t = sec(e.at);
      if (e.type === 'submitted') submitted = submitted <= t ? submitted : t;
      else if (e.type === 'returned') returns++;
      else if ((e.type === 'discussed' || e.type === 'closed' || e.type === 'withdrawn') && t < ended)
        ended = t;
    }
    let discussed = NaN;
    const returned = returns > 0 ? new Float64Array(returns) : null;
    for (let i = 0, k = 0; i < events.length; i++) {
      const e = events[i]!;
      if (e.type === 'returned') returned![k++] = sec(e.at);
      const t = e.type === 'discussed' ? sec(e.at) : NaN;
      if (t >= submitted && !(t >= discussed)) discussed = t;
    }
    this.submitted[row] = submitted;
    this.ended[row] = ended;
    this.discussed[row] = discussed;
    this.returned[row] = returned;
  }

  /** A row as decoded elsewhere (a store keeping rows). */
  setRow(row: number, r: CaseRow): void {
    this.isLive[row] = 1;
    this.area[row] = this.areaOf(r.area);
    this.challenged[row] = r.challenged;
    this.hasKela[row] = r.hasKela ? 1 : 0;
    this.organisation[row] = r.organisation;
    this.ageGroup[row] = r.ageGroup;
    this.decision[row] = r.decision;
    this.services[row] = r.services;
    this.agreement[row] = r.agreement;
    this.submitted[row] = r.submitted;
    this.ended[row] = r.ended;
    this.discussed[row] = r.discussed;
    this.decided[row] = r.decided;
    this.meeting[row] = r.meeting;
    this.reviewDue[row] = r.reviewDue;
    this.reviewDone[row] = r.reviewDone;
    this.returned[row] = r.returned.length > 0 ? Float64Array.from(r.returned) : null;
  }

  /** One row as the counting reads it. */
  rowAt(row: number): CaseRow {
    const returned = this.returned[row];
    return {
      area: this.areas[this.area[row]!]!,
      organisation: this.organisation[row]!,
      ageGroup: this.ageGroup[row]!,
      challenged: this.challenged[row]!,
      hasKela: this.hasKela[row] === 1,
      submitted: this.submitted[row]!,
      ended: this.ended[row]!,
      discussed: this.discussed[row]!,
      returned: returned ? [...returned] : [],
      decided: this.decided[row]!,
      decision: this.decision[row]!,
      services: this.services[row]!,
      agreement: this.agreement[row]!,
      meeting: this.meeting[row]!,
      reviewDue: this.reviewDue[row]!,
      reviewDone: this.reviewDone[row]!,
    };
  }

  private areaOf(code: string): number {
    let area = this.areaIndex.get(code);
    if (area === undefined) this.areaIndex.set(code, (area = this.areas.push(code) - 1));
    return area;
  }

  private grow(capacity: number): void {
    const more = <T extends Float64Array | Int32Array | Int8Array | Uint8Array>(
      a: T,
      make: (n: number) => T,
    ): T => {
      const b = make(capacity);
      b.set(a);
      return b;
    };
    this.isLive = more(this.isLive, (n) => new Uint8Array(n));
    this.area = more(this.area, (n) => new Int32Array(n));
    this.challenged = more(this.challenged, (n) => new Uint8Array(n));
    this.hasKela = more(this.hasKela, (n) => new Uint8Array(n));
    for (const k of CODES) this[k] = more(this[k], (n) => new Int8Array(n));
    for (const k of TIMES) this[k] = more(this[k], (n) => new Float64Array(n));
  }
}

/** A row being derived or decoded: every field writable, one object reused for case after case. */
export type CaseRowDraft = { -readonly [K in keyof CaseRow]: K extends 'returned' ? number[] : CaseRow[K] };

export const newCaseRow = (): CaseRowDraft => ({
  area: '',
  organisation: -1,
  ageGroup: -1,
  challenged: 0,
  hasKela: false,
  submitted: NaN,
  ended: Infinity,
  discussed: NaN,
  returned: [],
  decided: NaN,
  decision: -1,
  services: -1,
  agreement: -1,
  meeting: NaN,
  reviewDue: NaN,
  reviewDone: NaN,
});

/** One case's row, derived from its facts as the table derives it. */
export function caseRowOf(f: CaseFacts): CaseRow {
  ONE_ROW.set(0, f);
  return ONE_ROW.rowAt(0);
}

const ONE_ROW = new CaseTable();
ONE_ROW.newRow();

const dueEnds = new Map<string, number>();

/** The first instant after a Helsinki date, in seconds; few dates recur, so each is kept. */
function dueEnd(date: string): number {
  let end = dueEnds.get(date);
  if (end === undefined) dueEnds.set(date, (end = dayAfterStart(date) / 1000));
  return end;
}

const DAY_MS = 86_400_000;
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `toInstant(addDays(date, 1), '00:00', HELSINKI)` (ms): for a plain date, by calendar arithmetic and the month's
 * start (period.ts), without Luxon per date.
 */
function dayAfterStart(date: string): number {
  const at = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  const next = new Date(at + DAY_MS);
  const isPlain =
    PLAIN_DATE.test(date) &&
    new Date(at).toISOString().slice(0, 10) === date &&
    next.getUTCFullYear() <= 9999;
  return isPlain
    ? dayStartMs(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate())
    : toInstant(addDays(date, 1), '00:00', HELSINKI);
}
