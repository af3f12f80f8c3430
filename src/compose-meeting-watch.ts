import { randomUUID } from 'node:crypto';
import type { AppDeps } from './app/app-deps.js';
import { startMeetingWatchJob, type MeetingWatchJob } from './app/network/meeting-watch-job.js';
import { LocalCalendarProvider } from './adapters/local-calendar/local-calendar-provider.js';
import type { Config } from './config.js';
import type { DevCalendar } from './http/dev-calendar-routes.js';

/**
 * The meeting watch (declines and cancellations of booked network meetings, every `CALENDAR_WATCH_INTERVAL_MINUTES`)
 * and, in development on the local calendar, its controls for the dev routes.
 */
export function composeMeetingWatch(
  config: Config,
  deps: AppDeps,
): { readonly job: MeetingWatchJob; readonly devCalendar: DevCalendar | undefined } {
  const intervalMs = config.calendarWatch.intervalMinutes * 60_000;
  const job = startMeetingWatchJob(
    deps,
    { holder: randomUUID(), leaseMs: intervalMs },
    intervalMs,
    deps.logger,
  );
  const calendar = deps.calendar;
  if (config.mode !== 'development' || !(calendar instanceof LocalCalendarProvider))
    return { job, devCalendar: undefined };
  const devCalendar: DevCalendar = {
    invitationsOf: (attendee) => calendar.invitationsOf(attendee, deps.clock.now()),
    respond: (eventId, attendee, response) => calendar.respond(eventId, attendee, response),
    checkNow: () => job.runNow(),
  };
  return { job, devCalendar };
}
