/**
 * Time to propose slots through the Graph adapter: getSchedule for 6 parties over 10 working days, then
 * findCommonSlots (3 earliest 60-min slots), against the loopback Graph endpoint with 150 ms latency per call.
 * Target: one getSchedule round trip for up to 20 people. Run: npm run bench:graph
 */
import { findCommonSlots } from '../src/domain/scheduling/find-common-slots.js';
import type { TimeRange } from '../src/domain/scheduling/time-ranges.js';
import type { ScheduleItemFixture } from '../test/integration/graph/fake-graph-endpoint.js';
import { hel, startGraph } from '../test/integration/graph/graph-test-kit.js';

const PARTIES = 6;
const LATENCY_MS = 150;
const RUNS = 30;
const WARM_UP = 5;
const DAYS = ['16', '17', '18', '19', '20', '23', '24', '25', '26', '27'].map((d) => `2026-03-${d}`);
const window: TimeRange = { start: hel('2026-03-16T00:00'), end: hel('2026-03-28T00:00') };

/** mulberry32: the same calendars every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const random = seeded(20260316);
const STATUSES = ['busy', 'busy', 'busy', 'tentative', 'oof', 'free'] as const;

/** 3–6 meetings of 30–120 min a working day between 7:30 and 17:30 Helsinki time. */
function items(): ScheduleItemFixture[] {
  return DAYS.flatMap((day) =>
    Array.from({ length: 3 + Math.floor(random() * 4) }, () => {
      const start = hel(`${day}T07:30`) + Math.floor(random() * 40) * 15 * 60_000;
      const minutes = [30, 45, 60, 90, 120][Math.floor(random() * 5)] ?? 60;
      const status = STATUSES[Math.floor(random() * STATUSES.length)] ?? 'busy';
      return { status, start, end: start + minutes * 60_000 };
    }),
  );
}

const people = Array.from({ length: PARTIES }, (_, i) => `osapuoli${i + 1}@tym.example`);
const { graph, calendar } = await startGraph(
  Object.fromEntries(people.map((p) => [p, { items: items() }])),
  LATENCY_MS,
);

const fetchMs: number[] = [];
async function proposeSlots() {
  const started = performance.now();
  const schedules = await calendar.getSchedule(
    people.map((id) => ({ id })),
    window,
  );
  fetchMs.push(performance.now() - started);
  const attendees = schedules.flatMap((s) => (s.ok ? [{ ...s, required: true }] : []));
  return findCommonSlots({
    attendees,
    durationMinutes: 60,
    window,
    stepMinutes: 15,
    now: window.start - 3_600_000,
    minimumNoticeMinutes: 24 * 60,
    limit: 3,
  });
}

const timings: number[] = [];
const callsPerRun: number[] = [];
let slots: Awaited<ReturnType<typeof proposeSlots>> = [];
for (let i = 0; i < WARM_UP + RUNS; i += 1) {
  const before = graph.requests.length;
  const started = performance.now();
  slots = await proposeSlots();
  // the first runs warm up the JIT, the client and the token
  if (i >= WARM_UP) timings.push(performance.now() - started);
  callsPerRun.push(graph.requests.length - before);
}
await graph.close();
if (graph.violations.length > 0) throw new Error(`undocumented requests: ${graph.violations.join('; ')}`);

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
timings.sort((a, b) => a - b);
const at = (p: number) =>
  timings[Math.min(timings.length - 1, Math.floor((timings.length * p) / 100))] ?? NaN;
console.log('| propose slots through Graph (loopback, 150 ms a call) | value |');
console.log('|---|---|');
console.log(`| parties / working days | ${PARTIES} / ${DAYS.length} |`);
console.log(`| Graph calls per proposal | ${[...new Set(callsPerRun)].join(', ')} getSchedule |`);
console.log(`| median | ${at(50).toFixed(1)} ms |`);
console.log(`| p90 | ${at(90).toFixed(1)} ms |`);
console.log(`| of which getSchedule, median | ${median(fetchMs.slice(WARM_UP)).toFixed(1)} ms |`);
console.log(`| slots proposed | ${slots.map((s) => new Date(s.start).toISOString()).join(', ')} |`);
console.log(
  `\n${RUNS} runs after ${WARM_UP} warm-up runs. Node ${process.version} (${process.platform}/${process.arch}).`,
);
