/**
 * The figures' facts as short text lines, many to a stored bucket (mongo-figures-facts.ts): a server that scans
 * documents field by field reads a few long strings far faster than many small documents. A case's line is its
 * counting row (domain `CaseRow`), so reading needs no dates and no derivation; times are whole seconds in base 36,
 * a case's relative to its creation. Every line starts `key,version,` (merged by key, newest version kept).
 *
 * case:     `key,version,created,retentionEnd,area,codes,challenged,submitted,ended,discussed,decided,meeting,due,done,returned`
 * referral: `key,0,area,organisation,ageGroup,recordedAt`
 * session:  `key,version,area,start,isPlanned,capacity,caseCount`
 */
import type { CaseRecord } from '../domain/case/case-record.js';
import { DECISIONS, SERVICES_NEEDED } from '../domain/case/outcome.js';
import { AGE_GROUPS, ORGANISATIONS, OUTCOMES, SCALE_DOMAINS } from '../domain/case/vocabulary.js';
import {
  caseRowOf,
  newCaseRow,
  ROW_FORMAT,
  type CaseRow,
  type CaseRowDraft,
  type CaseTable,
} from '../domain/figures/case-table.js';
import type { ReferralFacts, SessionFacts } from '../domain/figures/facts.js';
import type { DirectReferral } from '../domain/referral/direct-referral.js';
import { endedAt } from '../domain/retention/retention-policy.js';
import type { TeamSession } from '../domain/team/session.js';
import { toCaseFacts, toSessionFacts, type CaseFactsSource } from './figures-facts-mappers.js';

const LISTS = [ORGANISATIONS, AGE_GROUPS, OUTCOMES, DECISIONS, SERVICES_NEEDED, SCALE_DOMAINS];
/** Changes whenever the lines or what they code do: stored facts of another format are rebuilt from the records. */
export const FACTS_FORMAT = `2.${ROW_FORMAT}.${hash(JSON.stringify(LISTS))}`;

const sec = (d: Date) => Math.floor(d.getTime() / 1000);
const b36 = (n: number) => n.toString(36);
const un36 = (s: string) => parseInt(s, 36);
/** A time relative to `base`, empty when none (NaN or Infinity). */
const rel = (t: number, base: number) => (Number.isFinite(t) ? b36(t - base) : '');
const digit = (i: number) => (i >= 0 ? String(i) : '-');

/** A short, stable key of an id (a 32-bit hash and 20 more bits): lines are found by it, the id is not stored. */
export function factsKey(id: string): string {
  return hash(id) + hash(`${id}#`).slice(0, 4);
}

/** The key and version a line starts with. */
export function keyOf(line: string): { readonly key: string; readonly version: number } {
  const comma = line.indexOf(',');
  return { key: line.slice(0, comma), version: un36(line.slice(comma + 1, line.indexOf(',', comma + 1))) };
}

/** What a case line is made of: the coded fields, and what finds, orders and expires it. */
export type FactsLineSource = CaseFactsSource &
  Pick<CaseRecord, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

export function encodeCaseLine(c: FactsLineSource): string {
  const r = caseRowOf(toCaseFacts(c));
  const created = sec(c.createdAt);
  const t = (x: number) => rel(x, created);
  const ended = endedAt(c);
  return [
    factsKey(c.id),
    b36(c.version),
    b36(created),
    ended ? t(sec(ended)) : '',
    encodeURIComponent(r.area),
    [r.organisation, r.ageGroup, r.hasKela ? 1 : 0, r.decision, r.services, r.agreement].map(digit).join(''),
    b36(r.challenged),
    t(r.submitted),
    t(r.ended),
    r.discussed === r.ended ? '=' : t(r.discussed),
    r.decided === r.discussed ? '=' : t(r.decided),
    t(r.meeting),
    t(r.reviewDue),
    t(r.reviewDone),
    r.returned.map(t).join(';'),
  ].join(',');
}

/** When a case line's case ended (seconds; 0 while it has not): the retention purge drops the line with the case. */
export function retentionEndOf(line: string): number {
  const [, , created, ended] = line.split(',', 4);
  return ended ? un36(created!) + un36(ended) : 0;
}

/** The case's row, when the case was created before `before` (seconds). */
export function decodeCaseLine(line: string, before: number): CaseRow | undefined {
  const row = newCaseRow();
  return decodeCaseAt(line, 0, line.length, before, row, [])
    ? { ...row, returned: [...row.returned] }
    : undefined;
}

/**
 * Every case of a bucket's text created before `before` (seconds), into the table. The text is scanned in place,
 * one reused row: this runs for every case on every read of the figures.
 */
export function decodeCaseLines(text: string, before: number, table: CaseTable): void {
  const row = newCaseRow();
  const areas: [string, string][] = [];
  for (let from = 0; from < text.length;) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    if (to > from && decodeCaseAt(text, from, to, before, row, areas)) table.setRow(table.newRow(), row);
    from = to + 1;
  }
}

const SAME = 61; // '='
const FIELDS = 15;
const starts = new Int32Array(FIELDS + 1);

function decodeCaseAt(
  text: string,
  from: number,
  to: number,
  before: number,
  r: CaseRowDraft,
  areas: [string, string][],
): boolean {
  let n = 1;
  starts[0] = from;
  for (let i = text.indexOf(',', from); i >= 0 && i < to && n < FIELDS; i = text.indexOf(',', i + 1))
    starts[n++] = i + 1;
  starts[n] = to + 1;
  const c = starts;
  const created = parse36(text, c[2]!, c[3]! - 1, NaN);
  if (!(created < before)) return false;
  r.area = areaAt(text, c[4]!, c[5]! - 1, areas);
  const codes = c[5]!;
  r.organisation = codeAt(text, codes);
  r.ageGroup = codeAt(text, codes + 1);
  r.hasKela = codeAt(text, codes + 2) === 1;
  r.decision = codeAt(text, codes + 3);
  r.services = codeAt(text, codes + 4);
  r.agreement = codeAt(text, codes + 5);
  r.challenged = parse36(text, c[6]!, c[7]! - 1, 0);
  r.submitted = timeAt(text, c, 7, created, NaN);
  r.ended = timeAt(text, c, 8, created, Infinity);
  r.discussed = text.charCodeAt(c[9]!) === SAME ? r.ended : timeAt(text, c, 9, created, NaN);
  r.decided = text.charCodeAt(c[10]!) === SAME ? r.discussed : timeAt(text, c, 10, created, NaN);
  r.meeting = timeAt(text, c, 11, created, NaN);
  r.reviewDue = timeAt(text, c, 12, created, NaN);
  r.reviewDone = timeAt(text, c, 13, created, NaN);
  r.returned.length = 0;
  if (c[14]! < to) for (const x of text.slice(c[14], to).split(';')) r.returned.push(created + un36(x));
  return true;
}

/** The area code at [from, to): one of those already read when it is, so no string is made per line. */
function areaAt(text: string, from: number, to: number, areas: [raw: string, area: string][]): string {
  for (let i = 0; i < areas.length; i++) {
    const known = areas[i]!;
    if (known[0].length === to - from && text.startsWith(known[0], from)) return known[1];
  }
  const raw = text.slice(from, to);
  const area = raw.includes('%') ? decodeURIComponent(raw) : raw;
  areas.push([raw, area]);
  return area;
}

/** Field `f`, a time relative to `created`, or `none` when empty. */
function timeAt(text: string, c: Int32Array, f: number, created: number, none: number): number {
  return created + parse36(text, c[f]!, c[f + 1]! - 1, none - created);
}

/** A one-digit code at `i`: '-' is none (-1). */
function codeAt(text: string, i: number): number {
  const ch = text.charCodeAt(i);
  return ch === 45 ? -1 : ch - 48;
}

/** A base-36 integer in text[from, to), `none` when empty. */
function parse36(text: string, from: number, to: number, none: number): number {
  if (from >= to) return none;
  const isNegative = text.charCodeAt(from) === 45;
  let n = 0;
  for (let i = isNegative ? from + 1 : from; i < to; i++) {
    const ch = text.charCodeAt(i);
    n = n * 36 + (ch <= 57 ? ch - 48 : ch - 87);
  }
  return isNegative ? -n : n;
}

export const encodeReferralLine = (r: DirectReferral): string =>
  [
    factsKey(r.id),
    '0',
    encodeURIComponent(r.areaCode),
    ORGANISATIONS.indexOf(r.organisation),
    AGE_GROUPS.indexOf(r.ageGroup),
    b36(sec(r.recordedAt)),
  ].join(',');

export function decodeReferralLine(line: string): ReferralFacts {
  const fields = line.split(',');
  const area = fields[2]!;
  return {
    areaCode: area.includes('%') ? decodeURIComponent(area) : area,
    organisation: ORGANISATIONS[Number(fields[3])]!,
    ageGroup: AGE_GROUPS[Number(fields[4])]!,
    recordedAt: new Date(un36(fields[5]!) * 1000),
  };
}

export function encodeSessionLine(s: TeamSession): string {
  const f = toSessionFacts(s);
  return [
    factsKey(s.id),
    b36(s.version),
    encodeURIComponent(f.areaCode),
    b36(sec(f.start)),
    f.status === 'planned' ? 1 : 0,
    f.capacity,
    f.caseCount,
  ].join(',');
}

export function decodeSessionLine(line: string): SessionFacts {
  const [, , area, start, isPlanned, capacity, caseCount] = line.split(',') as string[];
  return {
    areaCode: decodeURIComponent(area!),
    start: new Date(un36(start!) * 1000),
    status: isPlanned === '1' ? 'planned' : 'cancelled',
    capacity: Number(capacity),
    caseCount: Number(caseCount),
  };
}

/** FNV-1a, 32 bits, base 36. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
