/**
 * How much the disclosure control hides, by how widely a cell is read: the pilot's, a quarter's and a month's cells,
 * each in the all-groups row and in the group rows, over the pilot frame of several synthetic pilots (the dev seed's
 * generator, `src/app/dev/pilot-plan.ts`, with other seeds and sizes). Hidden means ".." (complementary), not "<5".
 * The all-groups row is counted once per grouping (it is the same cell in each); cells never published (a month's
 * group rows) are left out. Run: `npm run bench:suppression`.
 */
import { createMemoryStores } from '../src/adapters/memory/memory-stores.js';
import { DEFAULT_PILOT } from '../src/app/dev/pilot-plan.js';
import { seedPilot } from '../src/app/dev/seed-pilot.js';
import { areasFor } from '../src/domain/areas.js';
import { SPRING_PILOT_2026 } from '../src/domain/figures/period.js';
import { computeFrame } from '../src/domain/figures/report.js';

const AS_OF = new Date('2026-11-20T10:00:00Z');
/** [seed, cases]: the dev seed's pilot first, then others; referrals are a third of the cases, as in the seed. */
const PILOTS: readonly (readonly [number, number])[] = [
  [DEFAULT_PILOT.seed, DEFAULT_PILOT.caseCount],
  [7, 420],
  [99, 300],
  [1234, 800],
  [55, 200],
];
const LEVELS = ['pilot', 'quarter', 'month'] as const;
const areaCodes = areasFor('pohjois-savo').map((a) => a.code);

const hidden = new Map<string, { hidden: number; cells: number; unpublished: number }>();
let suppressMs = 0;
for (const [seed, caseCount] of PILOTS) {
  const stores = createMemoryStores();
  const pilot = { ...DEFAULT_PILOT, seed, caseCount, referralCount: Math.round(caseCount / 3) };
  await seedPilot(stores, { asOf: AS_OF, pilot });
  const facts = await stores.figures.load({ start: new Date('2025-12-01'), end: new Date('2026-12-01') });
  const started = performance.now();
  const f = computeFrame(
    facts,
    { kind: 'pilot' },
    { pilot: SPRING_PILOT_2026, areaCodes, waitingThresholdDays: 30, now: AS_OF },
  );
  suppressMs += performance.now() - started;
  const { index } = f.counts;
  for (let pos = 0; pos < index.size; pos++) {
    const [g, , p, r] = index.coordinates(pos);
    const level = p < index.layout.months ? 'month' : p === index.periods - 1 ? 'pilot' : 'quarter';
    const key = `${level} ${r === index.rows(g) - 1 ? 'all groups' : 'by group'}`;
    const n = hidden.get(key) ?? { hidden: 0, cells: 0, unpublished: 0 };
    n.cells += 1;
    if (f.status[pos] === 'complementary' && index.isPublishedRow(g, p, r)) n.hidden += 1;
    if (!index.isPublishedRow(g, p, r)) n.unpublished += 1;
    hidden.set(key, n);
  }
}

console.log(`Hidden (..) cells of the pilot frame over ${PILOTS.length} synthetic pilots, by level:`);
for (const level of LEVELS)
  for (const rows of ['all groups', 'by group']) {
    const n = hidden.get(`${level} ${rows}`)!;
    const published = n.cells - n.unpublished;
    const label = `  ${`${level}, ${rows}`.padEnd(22)}`;
    if (published === 0) console.log(`${label} not published`);
    else {
      const share = ((100 * n.hidden) / published).toFixed(1);
      console.log(`${label} ${`${n.hidden} / ${published}`.padStart(13)}  ${share} %`);
    }
  }
console.log(`count + suppression: ${(suppressMs / PILOTS.length).toFixed(0)} ms per pilot frame`);
