import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStores } from '../../../src/adapters/memory/memory-stores.js';
import { startPurgeJob } from '../../../src/app/purge-job.js';
import type { LogFields } from '../../../src/ports/logger.js';
import type { RetentionStore } from '../../../src/ports/retention-store.js';
import { StoreError } from '../../../src/ports/store-error.js';
import { endedCase } from '../../fixtures/case-records.js';

const NOW = new Date('2026-03-29T01:30:00Z');
const MINUTE = 60_000;
const settings = { holder: 'instance-a', policy: { textDays: 90, recordMonths: 12 } };

function recordingLogger() {
  const events: [string, LogFields | undefined][] = [];
  const log = (event: string, fields?: LogFields) => void events.push([event, fields]);
  return { events, logger: { debug: log, info: log, warn: log, error: log } };
}

describe('startPurgeJob', () => {
  beforeEach(() => vi.useFakeTimers({ now: NOW }));
  afterEach(() => vi.useRealTimers());

  const deps = (stores = createMemoryStores()) => ({
    stores,
    clock: { now: () => new Date() },
    ids: { newId: () => crypto.randomUUID() },
  });

  it('purges at start and then every interval, until stopped', async () => {
    const stores = createMemoryStores();
    const { events, logger } = recordingLogger();
    await stores.cases.insert(endedCase('closed', new Date('2025-01-01T00:00:00Z')));
    const job = startPurgeJob(deps(stores), settings, 10 * MINUTE, logger);

    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual([['retention.purge', { texts: 0, records: 1, dedupeKeys: 0 }]]);
    await vi.advanceTimersByTimeAsync(30 * MINUTE);
    expect(events).toHaveLength(4);
    await job.stop();
    await vi.advanceTimersByTimeAsync(30 * MINUTE);
    expect(events).toHaveLength(4);
  });

  it('skips a tick while the previous run is still going, and stop() waits for it', async () => {
    const stores = createMemoryStores();
    let finish = () => {};
    let runs = 0;
    const slow: RetentionStore = {
      deleteRecords: () => {
        runs += 1;
        return new Promise<number>((r) => (finish = () => r(0)));
      },
      purgeText: async () => 0,
      forgetDedupeKeys: async () => 0,
    };
    const job = startPurgeJob(
      deps({ ...stores, retention: slow }),
      settings,
      MINUTE,
      recordingLogger().logger,
    );
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(runs).toBe(1);
    let isStopped = false;
    const stopping = job.stop().then(() => (isStopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(isStopped).toBe(false);
    finish();
    await stopping;
    expect(isStopped).toBe(true);
  });

  it('logs a failed run by error name and operation only, and tries again on the next tick', async () => {
    const stores = createMemoryStores();
    const { events, logger } = recordingLogger();
    const failing: RetentionStore = {
      deleteRecords: async () => 0,
      purgeText: () => Promise.reject(new StoreError('retention.purgeText')),
      forgetDedupeKeys: async () => 0,
    };
    const job = startPurgeJob(deps({ ...stores, retention: failing }), settings, MINUTE, logger);
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(events).toEqual([
      ['retention.purge-failed', { errorName: 'StoreError', operation: 'retention.purgeText' }],
      ['retention.purge-failed', { errorName: 'StoreError', operation: 'retention.purgeText' }],
    ]);
    await job.stop();
  });

  it('leaves the purge to the instance that holds the lease', async () => {
    const stores = createMemoryStores();
    await stores.leases.acquire('retention', 'instance-b', NOW, new Date(NOW.getTime() + 60 * MINUTE));
    const { events, logger } = recordingLogger();
    const job = startPurgeJob(deps(stores), settings, 10 * MINUTE, logger);
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual([['retention.purge-skipped', { reason: 'lease-held-elsewhere' }]]);
    await job.stop();
  });
});
