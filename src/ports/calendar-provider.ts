import type { LocalDate } from '../domain/scheduling/calendar-date.js';
import type { EventState } from '../domain/scheduling/event-state.js';
import type { TimeRange } from '../domain/scheduling/time-ranges.js';
import type { WorkingHours } from '../domain/scheduling/working-hours.js';

/** A person in the calendar: an Entra object id or a UPN (Microsoft Graph accepts either in `/users/{id}`). */
export interface CalendarPerson {
  readonly id: string;
}

export interface CalendarEventInput {
  readonly subject: string;
  readonly attendees: readonly CalendarPerson[];
  /** UTC instants. */
  readonly start: Date;
  readonly end: Date;
  /** A Teams meeting with a join link. */
  readonly isOnlineMeeting: boolean;
  /** Idempotency key (Graph's `transactionId`): creating again with the same key returns the first event. */
  readonly transactionId: string;
  /** A weekly series (team sessions) whose first occurrence is `start`–`end`; the local calendar books that one only. */
  readonly recurrence?: WeeklyRecurrence;
}

/** Every `intervalWeeks` weeks on the weekday of `start`, at the same Helsinki wall time across DST changes. */
export interface WeeklyRecurrence {
  readonly intervalWeeks: number;
  /** The last Helsinki date (`YYYY-MM-DD`, included) an occurrence may fall on. */
  readonly until: LocalDate;
}

export interface CreatedEvent {
  readonly eventId: string;
  readonly joinUrl: string;
}

export type EventChanges = Partial<Pick<CalendarEventInput, 'subject' | 'attendees' | 'start' | 'end'>>;

/** One person's calendar in a window, or why it could not be read (Graph answers per person). */
export type PersonSchedule =
  | {
      readonly id: string;
      readonly ok: true;
      readonly busy: readonly TimeRange[];
      readonly workingHours: WorkingHours;
    }
  | { readonly id: string; readonly ok: false; readonly error: 'not-found' | 'no-access' | 'unavailable' };

/** An event whose fate is asked, with the attendees whose answers matter (named as when it was created). */
export interface EventQuery {
  readonly eventId: string;
  readonly attendees: readonly CalendarPerson[];
}

/** Calendar and Teams meetings: the local adapter keeps events in the app's own store; Graph's lives in M365. */
export interface CalendarProvider {
  /** Creates the event in the organizer's calendar and invites the attendees. */
  createEvent(organizer: CalendarPerson, event: CalendarEventInput): Promise<CreatedEvent>;
  /** `false` when the event does not exist (or was cancelled). */
  updateEvent(organizer: CalendarPerson, eventId: string, changes: EventChanges): Promise<boolean>;
  /** Cancels the event for everyone; `false` when it does not exist (or was cancelled already). */
  cancelEvent(organizer: CalendarPerson, eventId: string): Promise<boolean>;
  /** Cancels one occurrence of a series (the one starting at `start`); `false` when there is none. Graph only. */
  cancelOccurrence?(organizer: CalendarPerson, seriesId: string, start: Date): Promise<boolean>;
  /**
   * What became of the organizer's events since they were booked, in the order asked: cancelled (or gone), or on
   * with each asked attendee's answer. One event that cannot be read is `unavailable`, not a failure of the rest.
   */
  getEventStates(organizer: CalendarPerson, events: readonly EventQuery[]): Promise<EventState[]>;
  /** Busy times and working hours of each person in the window, in the order asked. */
  getSchedule(people: readonly CalendarPerson[], window: TimeRange): Promise<PersonSchedule[]>;
}
