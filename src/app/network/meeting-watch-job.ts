import { describeError, type Logger } from '../../ports/logger.js';
import type { AppDeps } from '../app-deps.js';
import { startPeriodicJob, type PeriodicJob } from '../periodic-job.js';
import { watchMeetings, type MeetingWatchOutcome, type MeetingWatchSettings } from './watch-meetings.js';

/** `runNow` serves the development "check the calendars now". */
export type MeetingWatchJob = PeriodicJob<MeetingWatchOutcome>;

/**
 * Looks for declines and cancellations of booked network meetings every `intervalMs`, in the server process; a
 * failed run is logged (codes only) and the next tick tries again.
 */
export function startMeetingWatchJob(
  deps: AppDeps,
  settings: MeetingWatchSettings,
  intervalMs: number,
  logger: Logger,
): MeetingWatchJob {
  return startPeriodicJob(() => watchMeetings(deps, settings), { ran: false }, intervalMs, {
    ran: (o) => (o.ran ? logger.debug('meeting-watch.ran', { ...o }) : undefined),
    failed: (e) => logger.error('meeting-watch.run-failed', describeError(e)),
  });
}
