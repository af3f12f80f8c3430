/**
 * Times findCommonSlots for 12 people over 6 weeks at 15-minute steps with seeded synthetic calendars:
 * 3–6 meetings a working day of 30–120 min, some all-day out-of-office, a holiday week. The window crosses
 * the DST change of 2026-03-29 and Easter. Target: median under 5 ms. Run: npm run bench:slots
 */
import { addDays, weekdayOf } from '../src/domain/scheduling/calendar-date.js';
import { findCommonSlots, type FindCommonSlotsInput } from '../src/domain/scheduling/find-common-slots.js';
import type { Attendee } from '../src/domain/scheduling/free-time.js';
import { HELSINKI, toInstant } from '../src/domain/scheduling/local-days.js';
import type { TimeRange } from '../src/domain/scheduling/time-ranges.js';
import { OFFICE_HOURS, type WorkingHours } from '../src/domain/scheduling/working-hours.js';

const PEOPLE = 12;
const REQUIRED = 6;
const FIRST_DAY = '2026-03-16'; // a Monday; six weeks to 2026-04-27
const DAYS = 42;
const WARM_UP = 50;
/** Meeting lengths drawn uniformly from this list: short ones are the commonest. */
const MEETING_MINUTES = [30, 30, 30, 45, 45, 60, 60, 90, 120];
const RUNS = 500;

/** mulberry32: a small seeded PRNG, so every run times the same calendars. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const HOURS: readonly WorkingHours[] = [
  OFFICE_HOURS,
  { ...OFFICE_HOURS, startTime: '08:30', endTime: '16:30' },
  { ...OFFICE_HOURS, startTime: '07:30', endTime: '15:30' },
  {
    ...OFFICE_HOURS,
    daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday'],
    startTime: '09:00',
    endTime: '15:00',
  },
];

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function busyDay(date: string, random: () => number): TimeRange[] {
  if (random() < 0.04)
    return [
      { start: toInstant(date, '00:00', HELSINKI), end: toInstant(addDays(date, 1), '00:00', HELSINKI) },
    ];
  const meetings = 3 + Math.floor(random() * 4);
  return Array.from({ length: meetings }, () => {
    const start = toInstant(date, hhmm(7 * 60 + 15 * Math.floor(random() * 40)), HELSINKI);
    return {
      start,
      end: start + (MEETING_MINUTES[Math.floor(random() * MEETING_MINUTES.length)] ?? 60) * 60_000,
    };
  });
}

function attendee(index: number, random: () => number): Attendee {
  const busy: TimeRange[] = [];
  const vacationWeek = index % 6 === 5 ? Math.floor(random() * 6) : -1;
  for (let day = 0; day < DAYS; day += 1) {
    const date = addDays(FIRST_DAY, day);
    if (weekdayOf(date) === 'saturday' || weekdayOf(date) === 'sunday') continue;
    busy.push(...(Math.floor(day / 7) === vacationWeek ? busyDay(date, () => 0) : busyDay(date, random)));
  }
  return {
    id: `person-${index}`,
    required: index < REQUIRED,
    busy,
    workingHours: HOURS[index % HOURS.length] ?? OFFICE_HOURS,
  };
}

const random = seeded(20260316);
const attendees = Array.from({ length: PEOPLE }, (_, i) => attendee(i, random));
const window = {
  start: toInstant(FIRST_DAY, '00:00', HELSINKI),
  end: toInstant(addDays(FIRST_DAY, DAYS), '00:00', HELSINKI),
};
const base: FindCommonSlotsInput = {
  attendees,
  durationMinutes: 45,
  window,
  stepMinutes: 15,
  now: window.start - 3_600_000,
  minimumNoticeMinutes: 24 * 60,
  limit: 10,
};

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;

function time(input: FindCommonSlotsInput) {
  const cold = performance.now();
  const slots = findCommonSlots(input);
  const coldMs = performance.now() - cold;
  for (let i = 0; i < WARM_UP; i += 1) findCommonSlots(input);
  const timings: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    findCommonSlots(input);
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  return { slots, coldMs, median: percentile(timings, 50), p99: percentile(timings, 99) };
}

const ms = (n: number) => `${n.toFixed(3)} ms`;
const busyBlocks = attendees.reduce((sum, a) => sum + a.busy.length, 0);
console.log('| findCommonSlots | earliest | most optional free |');
console.log('|---|---|---|');
const earliest = time(base);
const mostOptional = time({ ...base, ranking: 'most-optional-free' });
console.log(
  `| slots found (limit ${base.limit}) | ${earliest.slots.length} | ${mostOptional.slots.length} |`,
);
console.log(
  `| first slot | ${new Date(earliest.slots[0]?.start ?? 0).toISOString()} | ${new Date(mostOptional.slots[0]?.start ?? 0).toISOString()} (${mostOptional.slots[0]?.optionalFree.length ?? 0} optional free) |`,
);
console.log(`| first call (cold) | ${ms(earliest.coldMs)} | ${ms(mostOptional.coldMs)} |`);
console.log(`| median | ${ms(earliest.median)} | ${ms(mostOptional.median)} |`);
console.log(`| p99 | ${ms(earliest.p99)} | ${ms(mostOptional.p99)} |`);
console.log(
  `\n${PEOPLE} people (${REQUIRED} required), ${DAYS} days, ${busyBlocks} busy blocks, 45-min slots on a 15-min grid;`,
);
console.log(
  `${RUNS} runs after ${WARM_UP} warm-up. Node ${process.version} (${process.platform}/${process.arch}).`,
);
