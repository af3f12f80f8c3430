/**
 * Times building and rendering the convenor's agenda card for a 20-case session: loading the agenda from the
 * embedded store (session, team, 20 cases, rollover and placement checks) plus rendering, and rendering alone;
 * reports the card's size (must stay under 28 KB, Teams' card limit). Run: npm run bench:agenda
 */
import { createMemoryStores } from '../src/adapters/memory/memory-stores.js';
import type { AppDeps } from '../src/app/app-deps.js';
import { loadAgenda } from '../src/app/convening/load-agenda.js';
import { renderAgendaCard } from '../src/cards/agenda.js';
import type { CaseRecord } from '../src/domain/case/case-record.js';
import { SCALE_DOMAINS, type ScaleLevel } from '../src/domain/case/vocabulary.js';
import { recommendPath } from '../src/domain/triage/recommend-path.js';
import type { TeamSession } from '../src/domain/team/session.js';
import type { ConsultationTeam } from '../src/domain/team/team.js';
import { en } from '../src/i18n/en.js';
import { fi } from '../src/i18n/fi.js';

const CASES = 20;
const RUNS = 2000;
const WARM_UP = 200;
const NOW = new Date('2026-05-04T08:00:00Z');
const START = new Date('2026-05-12T06:00:00Z');
const ORGS = ['employment-authority', 'wellbeing-social', 'wellbeing-health', 'kela'] as const;

const team: ConsultationTeam = {
  id: 'team-1',
  areaCode: 'kuopio',
  convenor: { userId: 'convenor', tenantId: 'tenant' },
  members: [{ role: 'kela', ref: 'kela@example.fi' }],
  rhythm: {
    weekday: 'tuesday',
    intervalWeeks: 1,
    startTime: '09:00',
    durationMinutes: 300,
    firstDate: '2026-05-12',
  },
  minutesPerCase: 15,
  casesPerSession: CASES,
  conversation: null,
  createdAt: NOW,
  updatedAt: NOW,
  version: 1,
};

function caseNumber(i: number): CaseRecord {
  const scale = Object.fromEntries(SCALE_DOMAINS.map((d, k) => [d, (((i + k) % 5) + 1) as ScaleLevel]));
  const details = {
    organisation: ORGS[i % ORGS.length] ?? 'kela',
    areaCode: 'kuopio',
    ageGroup: i % 2 ? ('30-plus' as const) : ('under-23' as const),
    unemployment: 'over-24m' as const,
    scale: scale as CaseRecord['details']['scale'],
    answers: {
      'bilateral-enough': 'no',
      'other-services-first': i % 3 ? 'no' : 'unsure',
      'needs-multidisciplinary': 'yes',
      'benefits-from-coordination': 'yes',
      'eases-with-joint-planning': i % 2 ? 'yes' : 'unsure',
    } as const,
    kelaCriteria: ['fresh-b-statement' as const],
    socialWelfareConsent: 'yes' as const,
    form: 'team' as const,
    hasNetworkConsent: false,
    networkParties: [],
  };
  const text = { description: 'x'.repeat(2000), question: 'y'.repeat(300) };
  const start = new Date(START.getTime() + i * 15 * 60_000);
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    reference: `KUO-2026-${String(i + 1).padStart(4, '0')}`,
    status: 'scheduled',
    owner: { userId: `worker-${i}`, tenantId: 'tenant' },
    details,
    text,
    recommendation: recommendPath(details),
    events: [{ type: 'scheduled', at: NOW, by: 'system' }],
    slot: {
      sessionId: 'team-1|2026-05-12',
      teamId: 'team-1',
      start,
      end: new Date(start.getTime() + 15 * 60_000),
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/local-0123456789abcdef0123456789abcdef',
    },
    createdAt: NOW,
    updatedAt: NOW,
    version: 2,
  };
}

async function setUp(): Promise<AppDeps> {
  const stores = createMemoryStores();
  const cases = Array.from({ length: CASES }, (_, i) => caseNumber(i));
  for (const c of cases) await stores.cases.insert(c);
  await stores.teams.insert(team);
  const session: TeamSession = {
    id: 'team-1|2026-05-12',
    teamId: 'team-1',
    areaCode: 'kuopio',
    date: '2026-05-12',
    start: START,
    end: new Date(START.getTime() + 300 * 60_000),
    status: 'planned',
    capacity: CASES,
    caseIds: cases.map((c) => c.id),
    meeting: { eventId: 'local-0123', joinUrl: 'https://teams.microsoft.com/l/meetup-join/local-0123' },
    version: 1,
  };
  await stores.sessions.insert(session);
  const silent = { debug() {}, info() {}, warn() {}, error() {} };
  const notices = { enqueue: async () => {}, cancel: async () => 0 };
  return {
    stores,
    clock: { now: () => NOW },
    ids: { newId: () => 'id' },
    areas: [],
    logger: silent,
    morphology: { analyse: () => [] },
    notifier: notices,
    calendar: stores.calendar,
    convening: { adminIds: [], agendaLeadHours: 24, horizonWeeks: 1 },
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

async function time(name: string, run: () => Promise<unknown> | unknown): Promise<void> {
  for (let i = 0; i < WARM_UP; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(46)} runs ${RUNS}  median ${percentile(samples, 0.5).toFixed(3)} ms  p99 ${percentile(samples, 0.99).toFixed(3)} ms`,
  );
}

const deps = await setUp();
const loaded = await loadAgenda(deps, 'team-1|2026-05-12', 'convenor');
if (!loaded.ok || loaded.value.cases.length !== CASES) throw new Error('the bench agenda did not load');
const agenda = loaded.value;
const sizes = [renderAgendaCard(fi, 'fi', agenda), renderAgendaCard(en, 'en', agenda)].map(
  (c) => JSON.stringify(c).length,
);
await time('render agenda card, 20 cases', () => renderAgendaCard(fi, 'fi', agenda));
await time('load + render agenda card, 20 cases (memory)', async () => {
  const r = await loadAgenda(deps, 'team-1|2026-05-12', 'convenor');
  if (r.ok) renderAgendaCard(fi, 'fi', r.value);
});
const kb = (n = 0) => (n / 1024).toFixed(1);
console.log(`card size, 20 cases: fi ${kb(sizes[0])} KB, en ${kb(sizes[1])} KB (limit 28 KB)`);
if (sizes.some((s) => s >= 28 * 1024)) process.exitCode = 1;
