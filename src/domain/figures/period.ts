import { DateTime } from 'luxon';

const ZONE = 'Europe/Helsinki';

/** The fixed periods the figures are published for; nothing free-form (a chosen range could single a client out). */
export type Period =
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'quarter'; readonly year: number; readonly quarter: number }
  | { readonly kind: 'pilot' };

/** The pilot period as calendar months (first and last, inclusive), e.g. the spring pilot 2026-01 … 2026-06. */
export interface PilotWindow {
  readonly first: { readonly year: number; readonly month: number };
  readonly last: { readonly year: number; readonly month: number };
}

export const SPRING_PILOT_2026: PilotWindow = {
  first: { year: 2026, month: 1 },
  last: { year: 2026, month: 6 },
};

/** A half-open UTC instant range [start, end). */
export interface TimeRange {
  readonly start: Date;
  readonly end: Date;
}

type Month = { readonly kind: 'month'; readonly year: number; readonly month: number };

const monthStart = (year: number, month: number) =>
  DateTime.fromObject({ year, month, day: 1 }, { zone: ZONE });

const monthStarts = new Map<number, number>();

/** When a month starts (ms): each month's local midnight is looked up in the zone once. */
function monthStartMs(year: number, month: number): number {
  const key = year * 12 + month - 1;
  let ms = monthStarts.get(key);
  if (ms === undefined) monthStarts.set(key, (ms = monthStart(year, month).toMillis()));
  return ms;
}

const DAY_MS = 86_400_000;

/**
 * When a Helsinki calendar date starts (ms). The zone changes its offset at most once a month, so in a month as
 * long as its days (no change) a day starts whole days after the month; in March and October the zone is asked.
 */
export function dayStartMs(year: number, month: number, day: number): number {
  const start = monthStartMs(year, month);
  const after = monthOfIndex(monthIndex({ year, month }) + 1);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return monthStartMs(after.year, after.month) - start === days * DAY_MS
    ? start + (day - 1) * DAY_MS
    : DateTime.fromObject({ year, month, day }, { zone: ZONE }).toMillis();
}

/** Period boundaries fall at local midnight in Helsinki (a month is a Finnish month, DST included). */
export function periodRange(p: Period, pilot: PilotWindow): TimeRange {
  const [first, last] = monthsSpan(p, pilot);
  const after = monthOfIndex(monthIndex(last) + 1);
  return {
    start: new Date(monthStartMs(first.year, first.month)),
    end: new Date(monthStartMs(after.year, after.month)),
  };
}

function monthsSpan(p: Period, pilot: PilotWindow): readonly [Month, Month] {
  if (p.kind === 'month') return [p, p];
  if (p.kind === 'quarter') {
    const m = (p.quarter - 1) * 3 + 1;
    return [
      { kind: 'month', year: p.year, month: m },
      { kind: 'month', year: p.year, month: m + 2 },
    ];
  }
  return [
    { kind: 'month', ...pilot.first },
    { kind: 'month', ...pilot.last },
  ];
}

/** Months counted from year 0: calendar arithmetic needs no zone. */
const monthIndex = (m: { year: number; month: number }) => m.year * 12 + m.month - 1;
const monthOfIndex = (i: number): Month => ({ kind: 'month', year: Math.floor(i / 12), month: (i % 12) + 1 });

/** The calendar months a period consists of, in order. */
export function monthsOf(p: Period, pilot: PilotWindow): Month[] {
  const [first, last] = monthsSpan(p, pilot);
  const out: Month[] = [];
  for (let i = monthIndex(first); i <= monthIndex(last); i++) out.push(monthOfIndex(i));
  return out;
}

const quarterOf = (m: Month): Period => ({ kind: 'quarter', year: m.year, quarter: Math.ceil(m.month / 3) });

const key = (m: { year: number; month: number }) => m.year * 12 + m.month;
const isInPilot = (m: Month, pilot: PilotWindow) => key(m) >= key(pilot.first) && key(m) <= key(pilot.last);

/**
 * The periods published together with `p`, whose figures are suppressed jointly so that no published period can be
 * subtracted from another. Frames partition the periods: a quarter that touches the pilot, its months and the pilot
 * form one frame (months first, then quarters, then the pilot); any other quarter forms one with its months.
 */
export function frameOf(p: Period, pilot: PilotWindow): Period[] {
  const touchesPilot = (q: Period) => monthsOf(q, pilot).some((m) => isInPilot(m, pilot));
  const quarter =
    p.kind === 'pilot' ? undefined : p.kind === 'quarter' ? p : quarterOf(monthsOf(p, pilot)[0]!);
  if (quarter && !touchesPilot(quarter)) return [...monthsOf(quarter, pilot), quarter];
  const quarters = uniqueQuarters(monthsOf({ kind: 'pilot' }, pilot));
  return [...quarters.flatMap((q) => monthsOf(q, pilot)), ...quarters, { kind: 'pilot' }];
}

function uniqueQuarters(months: readonly Month[]): Period[] {
  const seen = new Map<string, Period>();
  for (const m of months) seen.set(formatPeriod(quarterOf(m)), quarterOf(m));
  return [...seen.values()];
}

/** `2026-05`, `2026-Q2`, `pilot`: the query and card form of a period. */
export function formatPeriod(p: Period): string {
  if (p.kind === 'month') return `${p.year}-${String(p.month).padStart(2, '0')}`;
  if (p.kind === 'quarter') return `${p.year}-Q${p.quarter}`;
  return 'pilot';
}

export function parsePeriod(s: string): Period | undefined {
  if (s === 'pilot') return { kind: 'pilot' };
  const m = /^(20\d\d)-(0[1-9]|1[0-2])$/.exec(s);
  if (m) return { kind: 'month', year: Number(m[1]), month: Number(m[2]) };
  const q = /^(20\d\d)-Q([1-4])$/.exec(s);
  if (q) return { kind: 'quarter', year: Number(q[1]), quarter: Number(q[2]) };
  return undefined;
}

/** The month in Helsinki that `now` falls in. */
export function monthAt(now: Date): Period {
  const d = DateTime.fromJSDate(now, { zone: ZONE });
  return { kind: 'month', year: d.year, month: d.month };
}

/** The neighbouring period of the same kind (the pilot has none). */
export function shiftPeriod(p: Period, by: -1 | 1): Period | undefined {
  if (p.kind === 'pilot') return undefined;
  if (p.kind === 'month') {
    const d = monthStart(p.year, p.month).plus({ months: by });
    return { kind: 'month', year: d.year, month: d.month };
  }
  const n = p.year * 4 + (p.quarter - 1) + by;
  return { kind: 'quarter', year: Math.floor(n / 4), quarter: (n % 4) + 1 };
}
