import type * as Graph from '@microsoft/microsoft-graph-types';
import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';
import { WEEKDAYS, type Weekday } from '../../domain/scheduling/calendar-date.js';
import type { AttendeeResponse } from '../../domain/scheduling/event-state.js';
import { HELSINKI } from '../../domain/scheduling/local-days.js';
import type { TimeRange } from '../../domain/scheduling/time-ranges.js';
import { OFFICE_HOURS, type WorkingHours } from '../../domain/scheduling/working-hours.js';
import type {
  CalendarEventInput,
  EventChanges,
  PersonSchedule,
  WeeklyRecurrence,
} from '../../ports/calendar-provider.js';

/** Helsinki's Windows zone name: Graph does not accept `Europe/Helsinki` in `dateTimeTimeZone` or `Prefer`. */
export const GRAPH_TIME_ZONE = 'FLE Standard Time';
export const PREFER_TIME_ZONE = `outlook.timezone="${GRAPH_TIME_ZONE}"`;

// The Windows names (CLDR windowsZones, territory 001) a Finnish deployment's mailboxes plausibly report.
const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  'FLE Standard Time': HELSINKI,
  UTC: 'UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'GTB Standard Time': 'Europe/Bucharest',
  'Russian Standard Time': 'Europe/Moscow',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Pacific Standard Time': 'America/Los_Angeles',
};

/** The IANA zone of a Windows (or IANA) zone name; `undefined` for names we cannot place, e.g. a custom zone. */
export const ianaZoneOf = (name: string | undefined): string | undefined =>
  name === undefined ? undefined : (WINDOWS_ZONES[name] ?? (IANAZone.isValidZone(name) ? name : undefined));

/** An instant as Helsinki wall time, the way every request of this adapter states times. */
export const toGraphDateTime = (ms: number): Graph.DateTimeTimeZone => ({
  dateTime: DateTime.fromMillis(ms, { zone: HELSINKI }).toFormat("yyyy-MM-dd'T'HH:mm:ss"),
  timeZone: GRAPH_TIME_ZONE,
});

const DateTimeTimeZoneWire = z.object({ dateTime: z.string(), timeZone: z.string() });

/** The instant of a Graph `dateTimeTimeZone` (wall time in the named zone); `undefined` when it cannot be placed. */
export function fromGraphDateTime(value: z.infer<typeof DateTimeTimeZoneWire>): number | undefined {
  const zone = ianaZoneOf(value.timeZone);
  const parsed = zone === undefined ? undefined : DateTime.fromISO(value.dateTime, { zone });
  return parsed?.isValid ? parsed.toMillis() : undefined;
}

const ScheduleItemWire = z.object({
  status: z.string(),
  start: DateTimeTimeZoneWire,
  end: DateTimeTimeZoneWire,
});
const ScheduleInformationWire = z.object({
  scheduleId: z.string().nullish(),
  scheduleItems: z.array(ScheduleItemWire).nullish(),
  workingHours: z
    .object({
      daysOfWeek: z.array(z.string()).nullish(),
      startTime: z.string().nullish(),
      endTime: z.string().nullish(),
      timeZone: z.object({ name: z.string().nullish() }).nullish(),
    })
    .nullish(),
  error: z.object({ message: z.string().nullish(), responseCode: z.string().nullish() }).nullish(),
});
/** `POST /users/{id}/calendar/getSchedule` answers a collection of `scheduleInformation`, one per schedule asked. */
export const GetScheduleResponse = z.object({ value: z.array(ScheduleInformationWire) });
type ScheduleInformation = z.infer<typeof ScheduleInformationWire>;

/** The parts of an `event` the adapter reads back. */
export const EventResponse = z.object({
  id: z.string().min(1),
  isOnlineMeeting: z.boolean().nullish(),
  onlineMeeting: z.object({ joinUrl: z.string().nullish() }).nullish(),
  start: DateTimeTimeZoneWire.nullish(),
});
export const InstancesResponse = z.object({ value: z.array(EventResponse) });

/** The properties read to see what became of an event: its cancellation and the attendees' answers. */
export const EVENT_STATE_SELECT = 'isCancelled,attendees';
/** An `event` with `$select=isCancelled,attendees` (Graph adds the id): `attendee.status` is a `responseStatus`. */
export const EventStateResponse = z.object({
  isCancelled: z.boolean().nullish(),
  attendees: z
    .array(
      z.object({
        emailAddress: z.object({ address: z.string().nullish() }).nullish(),
        status: z.object({ response: z.string().nullish() }).nullish(),
      }),
    )
    .nullish(),
});

/**
 * Graph's `responseType` (documented as None, Organizer, TentativelyAccepted, Accepted, Declined, NotResponded; the
 * JSON spells them in lower camel case) as the port's answer: no answer yet, or the organizer's own, is `none`.
 */
export function responseOf(wire: string | null | undefined): AttendeeResponse {
  switch ((wire ?? '').toLowerCase()) {
    case 'accepted':
      return 'accepted';
    case 'tentativelyaccepted':
      return 'tentative';
    case 'declined':
      return 'declined';
    default:
      return 'none';
  }
}

/** Each attendee's answer by lower-cased address. */
export const answersByAddress = (event: z.infer<typeof EventStateResponse>): Map<string, AttendeeResponse> =>
  new Map(
    (event.attendees ?? []).flatMap((a) =>
      a.emailAddress?.address ? [[a.emailAddress.address.toLowerCase(), responseOf(a.status?.response)]] : [],
    ),
  );

/** `getSchedule`'s body for one batch (<= 20 schedules) and one window (< 62 days). */
export const scheduleRequest = (
  schedules: readonly string[],
  window: TimeRange,
  intervalMinutes: number,
) => ({
  schedules: [...schedules],
  startTime: toGraphDateTime(window.start),
  endTime: toGraphDateTime(window.end),
  availabilityViewInterval: intervalMinutes,
});

/**
 * Statuses that make a person unavailable. `tentative` counts: a tentatively accepted meeting usually happens, and
 * a proposal on top of it would be declined. `workingElsewhere` counts: it is a block the person put in their
 * calendar (a client visit, say), though Graph's `availabilityView` reports it as free. `free`/`unknown` do not.
 */
const BUSY_STATUSES = new Set(['busy', 'oof', 'tentative', 'workingelsewhere']);

function busyRanges(items: ScheduleInformation['scheduleItems']): TimeRange[] | undefined {
  const ranges: TimeRange[] = [];
  for (const item of items ?? []) {
    if (!BUSY_STATUSES.has(item.status.toLowerCase())) continue;
    const start = fromGraphDateTime(item.start);
    const end = fromGraphDateTime(item.end);
    if (start === undefined || end === undefined) return undefined;
    ranges.push({ start, end });
  }
  return ranges;
}

/** Graph's `workingHours`; a mailbox without them (or with a zone we cannot place) works office hours in Helsinki. */
function workingHoursOf(wire: ScheduleInformation['workingHours']): WorkingHours {
  const days = (wire?.daysOfWeek ?? []).map((d) => d.toLowerCase());
  if (!wire?.startTime || !wire.endTime || days.length === 0) return OFFICE_HOURS;
  return {
    daysOfWeek: WEEKDAYS.filter((d) => days.includes(d)),
    startTime: wire.startTime,
    endTime: wire.endTime,
    timeZone: ianaZoneOf(wire.timeZone?.name ?? undefined) ?? HELSINKI,
  };
}

/** A per-schedule `freeBusyError` as the port's reason. */
function errorOf(responseCode: string | null | undefined): 'not-found' | 'no-access' | 'unavailable' {
  const code = (responseCode ?? '').toLowerCase();
  if (/notfound|invalidsmtp|invalidrecipient|unresolved/.test(code)) return 'not-found';
  if (/accessdenied|nofreebusyaccess|permission|forbidden/.test(code)) return 'no-access';
  return 'unavailable';
}

/** One person's answer from one `getSchedule` window. */
export function personScheduleOf(id: string, info: ScheduleInformation | undefined): PersonSchedule {
  if (!info) return { id, ok: false, error: 'unavailable' };
  if (info.error) return { id, ok: false, error: errorOf(info.error.responseCode) };
  const busy = busyRanges(info.scheduleItems);
  if (!busy) return { id, ok: false, error: 'unavailable' };
  return { id, ok: true, busy, workingHours: workingHoursOf(info.workingHours) };
}

const weekdayIn = (ms: number): Weekday =>
  WEEKDAYS[DateTime.fromMillis(ms, { zone: HELSINKI }).weekday - 1] ?? 'monday';

/** A weekly series anchored in Helsinki time, so 9:00 stays 9:00 across DST changes. */
export const recurrenceOf = (start: number, r: WeeklyRecurrence): Graph.PatternedRecurrence => ({
  pattern: {
    type: 'weekly',
    interval: r.intervalWeeks,
    daysOfWeek: [weekdayIn(start)],
    firstDayOfWeek: 'monday',
  },
  range: {
    type: 'endDate',
    startDate: DateTime.fromMillis(start, { zone: HELSINKI }).toISODate() ?? '',
    endDate: r.until,
    recurrenceTimeZone: GRAPH_TIME_ZONE,
  },
});

const attendeesOf = (people: CalendarEventInput['attendees']): Graph.Attendee[] =>
  people.map((p) => ({ emailAddress: { address: p.id }, type: 'required' }));

/** The body of `POST /users/{organizer}/events`: a Teams meeting when asked, always with `transactionId`. */
export function eventRequest(e: CalendarEventInput): Graph.Event {
  return {
    subject: e.subject,
    start: toGraphDateTime(e.start.getTime()),
    end: toGraphDateTime(e.end.getTime()),
    attendees: attendeesOf(e.attendees),
    isOnlineMeeting: e.isOnlineMeeting,
    ...(e.isOnlineMeeting && { onlineMeetingProvider: 'teamsForBusiness' as const }),
    transactionId: e.transactionId,
    ...(e.recurrence && { recurrence: recurrenceOf(e.start.getTime(), e.recurrence) }),
  };
}

/** The body of `PATCH /users/{organizer}/events/{id}`: only what changes. */
export const eventPatch = (c: EventChanges): Graph.Event => ({
  ...(c.subject !== undefined && { subject: c.subject }),
  ...(c.start && { start: toGraphDateTime(c.start.getTime()) }),
  ...(c.end && { end: toGraphDateTime(c.end.getTime()) }),
  ...(c.attendees && { attendees: attendeesOf(c.attendees) }),
});
