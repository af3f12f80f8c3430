import type { Logger } from '../ports/logger.js';
import { StoreError } from '../ports/store-error.js';
import { purgeExpired, type PurgeDeps, type PurgeSettings } from './purge-expired.js';

export interface PurgeJob {
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs the retention purge at start and then every `intervalMs`, in the server process. Timers are unref'd so the
 * job never keeps the process alive; a slow run is not overlapped by the next tick; a failed run is logged and
 * retried on the next tick.
 */
export function startPurgeJob(
  deps: PurgeDeps,
  settings: Omit<PurgeSettings, 'leaseMs'>,
  intervalMs: number,
  logger: Logger,
): PurgeJob {
  let running: Promise<void> | undefined;
  let isStopped = false;
  const tick = (): void => {
    if (running || isStopped) return;
    running = purgeExpired(deps, { ...settings, leaseMs: intervalMs })
      .then(
        (o) =>
          o.ran
            ? logger.info('retention.purge', { texts: o.texts, records: o.records, dedupeKeys: o.dedupeKeys })
            : logger.debug('retention.purge-skipped', { reason: 'lease-held-elsewhere' }),
        (e: unknown) => logger.error('retention.purge-failed', describeFailure(e)),
      )
      .finally(() => {
        running = undefined;
      });
  };
  const first = setTimeout(tick, 0).unref();
  const timer = setInterval(tick, intervalMs).unref();
  return {
    stop: async () => {
      isStopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}

// Names and codes only: a message may quote data.
const describeFailure = (e: unknown) => ({
  errorName: e instanceof Error ? e.name : typeof e,
  operation: e instanceof StoreError ? e.operation : undefined,
});
