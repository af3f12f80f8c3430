import { describeError, type Logger } from '../../ports/logger.js';
import {
  deliverDueNotices,
  type DeliveryTally,
  type OutboxDeps,
  type OutboxSettings,
} from './deliver-due-notices.js';

export interface OutboxJob {
  /** Runs once now (after a run in progress), e.g. for the development "send due reminders now". */
  runNow(): Promise<DeliveryTally>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Sends due notices every `intervalMs`, in the server process. Runs never overlap; the timer is unref'd; a failed
 * run is logged (codes only) and the next tick tries again (claims of a failed run lapse and are retaken).
 */
export function startOutboxJob(
  deps: OutboxDeps,
  settings: OutboxSettings,
  intervalMs: number,
  logger: Logger,
): OutboxJob {
  let running: Promise<DeliveryTally> = Promise.resolve({ sent: 0, retried: 0, failed: 0, waiting: 0 });
  let isStopped = false;
  const run = (): Promise<DeliveryTally> => {
    running = running.catch(() => undefined).then(() => deliverDueNotices(deps, settings));
    return running;
  };
  const tick = (): void => {
    if (isStopped) return;
    run().catch((e: unknown) => logger.error('outbox.run-failed', describeError(e)));
  };
  const timer = setInterval(tick, intervalMs).unref();
  return {
    runNow: run,
    stop: async () => {
      isStopped = true;
      clearInterval(timer);
      await running.catch(() => undefined);
    },
  };
}
