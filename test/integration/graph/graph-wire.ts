/**
 * Request shapes of the Graph calendar API as documented (learn.microsoft.com/graph/api/...: calendar-getschedule,
 * user-post-events, event-update, event-cancel, event-list-instances; resources dateTimeTimeZone, attendee,
 * patternedRecurrence, recurrencePattern, recurrenceRange). Strict: a field the documentation does not list fails.
 */
import { z } from 'zod';

/** `dateTimeTimeZone` as this app must send it: Helsinki wall time, Windows zone name. */
export const DateTimeTimeZone = z.strictObject({
  dateTime: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?$/, 'wall time without offset'),
  timeZone: z.literal('FLE Standard Time'),
});

/** Every request: `Authorization: Bearer {token}` and `Prefer: outlook.timezone="FLE Standard Time"`. */
export const CommonHeaders = z.looseObject({
  authorization: z.string().regex(/^Bearer \S+$/),
  prefer: z.literal('outlook.timezone="FLE Standard Time"'),
});
export const JsonHeaders = CommonHeaders.extend({
  'content-type': z.string().startsWith('application/json'),
});

export const GetScheduleBody = z.strictObject({
  schedules: z.array(z.email()).min(1).max(20),
  startTime: DateTimeTimeZone,
  endTime: DateTimeTimeZone,
  availabilityViewInterval: z.number().int().min(5).max(1440),
});

const DayOfWeek = z.enum(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const PatternedRecurrence = z.strictObject({
  pattern: z.strictObject({
    type: z.enum([
      'daily',
      'weekly',
      'absoluteMonthly',
      'relativeMonthly',
      'absoluteYearly',
      'relativeYearly',
    ]),
    interval: z.number().int().min(1),
    daysOfWeek: z.array(DayOfWeek).min(1).optional(),
    firstDayOfWeek: DayOfWeek.optional(),
    index: z.enum(['first', 'second', 'third', 'fourth', 'last']).optional(),
    month: z.number().int().optional(),
    dayOfMonth: z.number().int().optional(),
  }),
  range: z.strictObject({
    type: z.enum(['endDate', 'noEnd', 'numbered']),
    startDate: IsoDate,
    endDate: IsoDate.optional(),
    numberOfOccurrences: z.number().int().optional(),
    recurrenceTimeZone: z.string().optional(),
  }),
});

const Attendee = z.strictObject({
  emailAddress: z.strictObject({ address: z.email(), name: z.string().optional() }),
  type: z.enum(['required', 'optional', 'resource']),
});

/** `POST /users/{id}/events`: a Teams meeting always names its provider; every create carries `transactionId`. */
export const CreateEventBody = z
  .strictObject({
    subject: z.string().min(1),
    start: DateTimeTimeZone,
    end: DateTimeTimeZone,
    attendees: z.array(Attendee),
    isOnlineMeeting: z.boolean(),
    onlineMeetingProvider: z.literal('teamsForBusiness').optional(),
    transactionId: z.string().min(1),
    recurrence: PatternedRecurrence.optional(),
  })
  .refine((e) => !e.isOnlineMeeting || e.onlineMeetingProvider === 'teamsForBusiness', {
    message: 'a Teams meeting must set onlineMeetingProvider: teamsForBusiness',
  });

export const UpdateEventBody = z.strictObject({
  subject: z.string().min(1).optional(),
  start: DateTimeTimeZone.optional(),
  end: DateTimeTimeZone.optional(),
  attendees: z.array(Attendee).optional(),
});

export const CancelEventBody = z.strictObject({ comment: z.string().optional() });

/** Properties of the `event` resource (learn.microsoft.com/graph/api/resources/event), as `$select` may name them. */
const EVENT_PROPERTIES = new Set([
  'id',
  'subject',
  'body',
  'bodyPreview',
  'start',
  'end',
  'attendees',
  'organizer',
  'isCancelled',
  'isOrganizer',
  'isOnlineMeeting',
  'onlineMeeting',
  'onlineMeetingProvider',
  'recurrence',
  'type',
  'seriesMasterId',
  'transactionId',
  'responseStatus',
  'showAs',
  'location',
  'locations',
  'iCalUId',
  'lastModifiedDateTime',
]);
const EventSelect = z
  .string()
  .refine((s) => s.split(',').every((p) => EVENT_PROPERTIES.has(p)), 'an unknown event property in $select');

/** `GET .../events/{id}/instances`: both bounds required, ISO 8601. */
export const InstancesQuery = z.strictObject({
  startDateTime: z.iso.datetime(),
  endDateTime: z.iso.datetime(),
  $select: EventSelect.optional(),
});
/** `GET .../events/{id}`: only properties the event resource has. */
export const EventQuery = z.strictObject({ $select: EventSelect.optional() });
export const SelectQuery = z.strictObject({ $select: z.string().optional() });
export const NoQuery = z.strictObject({});

/** Graph's error body (learn.microsoft.com/graph/errors). */
export const errorBody = (code: string, message: string) => ({
  error: {
    code,
    message,
    innerError: { date: new Date().toISOString().slice(0, 19), 'request-id': crypto.randomUUID() },
  },
});
