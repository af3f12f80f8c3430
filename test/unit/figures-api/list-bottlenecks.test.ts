import { describe, expect, it } from 'vitest';
import { createMemoryStores } from '../../../src/adapters/memory/memory-stores.js';
import { listBottlenecks } from '../../../src/app/list-bottlenecks.js';
import type { CaseEventType, CaseRecord } from '../../../src/domain/case/case-record.js';
import { SPRING_PILOT_2026, type Period } from '../../../src/domain/figures/period.js';
import { caseRecord } from '../../fixtures/case-records.js';

const NOW = new Date('2026-11-20T10:00:00Z');
const PILOT: Period = { kind: 'pilot' };
const d = (iso: string) => new Date(`${iso}T09:00:00Z`);

function stored(reference: string, events: [CaseEventType, string][], extra: Partial<CaseRecord> = {}) {
  const at = events.map(([type, day]) => ({ type, at: d(day), by: 'w' }));
  const c = caseRecord({ createdAt: at[0]!.at, updatedAt: at.at(-1)!.at });
  const status = (['closed', 'withdrawn'] as const).find((s) => events.some(([t]) => t === s)) ?? 'submitted';
  return { ...c, reference, status, events: at, ...extra } satisfies CaseRecord;
}

const review = (dueDate: string, doneAt: string | null, isCancelled = false): Partial<CaseRecord> => ({
  network: {
    consent: null,
    meeting: {
      eventId: 'e',
      organizer: 'w',
      attendees: ['w'],
      start: d('2026-05-12'),
      end: d('2026-05-12'),
      joinUrl: '',
      bookedAt: d('2026-05-05'),
      isCancelled,
    },
    review: { dueDate, doneAt: doneAt === null ? null : d(doneAt) },
  },
});

describe('the cases behind the bottleneck figures', () => {
  const setUp = async () => {
    const stores = createMemoryStores();
    const cases = [
      stored('KUO-2026-0001', [['submitted', '2026-04-01']]),
      stored('KUO-2026-0002', [['submitted', '2026-06-20']]),
      stored('KUO-2026-0003', [
        ['submitted', '2026-03-01'],
        ['discussed', '2026-03-20'],
        ['closed', '2026-03-20'],
      ]),
      stored('KUO-2026-0004', [
        ['submitted', '2026-05-01'],
        ['returned', '2026-05-10'],
        ['edited', '2026-05-14'],
        ['closed', '2026-05-26'],
      ]),
      stored('KUO-2026-0005', [
        ['submitted', '2026-06-10'],
        ['returned', '2026-06-25'],
      ]),
      stored(
        'KUO-2026-0006',
        [
          ['submitted', '2026-05-05'],
          ['closed', '2026-06-01'],
        ],
        review('2026-05-19', null),
      ),
      stored(
        'KUO-2026-0007',
        [
          ['submitted', '2026-05-05'],
          ['closed', '2026-06-01'],
        ],
        review('2026-05-19', '2026-05-25'),
      ),
      stored(
        'KUO-2026-0008',
        [
          ['submitted', '2026-05-05'],
          ['closed', '2026-06-01'],
        ],
        review('2026-05-19', null, true),
      ),
      {
        ...stored('YLS-2026-0001', [['submitted', '2026-04-01']]),
        details: { ...caseRecord().details, areaCode: 'yla-savo' },
      },
    ];
    for (const c of cases) await stores.cases.insert(c);
    const deps = {
      stores,
      clock: { now: () => NOW },
      figures: { pilot: SPRING_PILOT_2026, waitingThresholdDays: 30 },
    };
    return (period: Period, area = 'kuopio') => listBottlenecks(deps, period, area);
  };

  it("lists an area's waiting, returned and overdue cases as they stood at the period's end, longest first", async () => {
    const list = await setUp();
    expect(await list(PILOT)).toEqual([
      { reference: 'KUO-2026-0001', reason: 'waiting-over-threshold', days: 90 },
      { reference: 'KUO-2026-0006', reason: 'review-overdue', days: 42 },
      { reference: 'KUO-2026-0005', reason: 'returned', days: 5 },
      { reference: 'KUO-2026-0004', reason: 'returned', days: 4 },
    ]);
  });

  it('counts a month up to its own end, and the current month up to now', async () => {
    const list = await setUp();
    expect(await list({ kind: 'month', year: 2026, month: 5 })).toEqual([
      { reference: 'KUO-2026-0001', reason: 'waiting-over-threshold', days: 60 },
      { reference: 'KUO-2026-0006', reason: 'review-overdue', days: 12 },
      { reference: 'KUO-2026-0004', reason: 'returned', days: 4 },
    ]);
    // now: the open cases, waiting or returned so far; the closed ones are history
    const november = await list({ kind: 'month', year: 2026, month: 11 });
    expect(november.map((c) => [c.reference, c.reason, c.days])).toEqual([
      ['KUO-2026-0001', 'waiting-over-threshold', 233],
      ['KUO-2026-0005', 'waiting-over-threshold', 163],
      ['KUO-2026-0002', 'waiting-over-threshold', 153],
    ]);
  });

  it('lists nothing for a period that has not begun, and only the asked area', async () => {
    const list = await setUp();
    expect(await list({ kind: 'month', year: 2027, month: 1 })).toEqual([]);
    expect((await list(PILOT, 'yla-savo')).map((c) => c.reference)).toEqual(['YLS-2026-0001']);
  });
});
