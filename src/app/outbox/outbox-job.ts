import { describeError, type Logger } from '../../ports/logger.js';
import {
  deliverDueNotices,
  type DeliveryTally,
  type OutboxDeps,
  type OutboxSettings,
} from './deliver-due-notices.js';
import { startPeriodicJob, type PeriodicJob } from '../periodic-job.js';

/** `runNow` serves the development "send due reminders now". */
export type OutboxJob = PeriodicJob<DeliveryTally>;

/**
 * Sends due notices every `intervalMs`, in the server process; a failed run is logged (codes only) and the next
 * tick tries again (claims of a failed run lapse and are retaken).
 */
export function startOutboxJob(
  deps: OutboxDeps,
  settings: OutboxSettings,
  intervalMs: number,
  logger: Logger,
): OutboxJob {
  return startPeriodicJob(
    () => deliverDueNotices(deps, settings),
    { sent: 0, retried: 0, failed: 0, waiting: 0 },
    intervalMs,
    {
      ran: () => undefined,
      failed: (e) => logger.error('outbox.run-failed', describeError(e)),
    },
  );
}
