import { describeError, type Logger } from '../../ports/logger.js';
import type { AppDeps } from '../app-deps.js';
import { watchMeetings, type MeetingWatchOutcome, type MeetingWatchSettings } from './watch-meetings.js';

export interface MeetingWatchJob {
  /** Runs once now (after a run in progress), e.g. for the development "check the calendars now". */
  runNow(): Promise<MeetingWatchOutcome>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Looks for declines and cancellations of booked network meetings every `intervalMs`, in the server process. Runs
 * never overlap; the timer is unref'd; a failed run is logged (codes only) and the next tick tries again.
 */
export function startMeetingWatchJob(
  deps: AppDeps,
  settings: MeetingWatchSettings,
  intervalMs: number,
  logger: Logger,
): MeetingWatchJob {
  let running: Promise<MeetingWatchOutcome> = Promise.resolve({ ran: false });
  let isStopped = false;
  const run = (): Promise<MeetingWatchOutcome> => {
    running = running.catch(() => undefined).then(() => watchMeetings(deps, settings));
    return running;
  };
  const tick = (): void => {
    if (isStopped) return;
    run().then(
      (o) => (o.ran ? logger.debug('meeting-watch.ran', { ...o }) : undefined),
      (e: unknown) => logger.error('meeting-watch.run-failed', describeError(e)),
    );
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
