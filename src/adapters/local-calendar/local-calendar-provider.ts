import { createHash } from 'node:crypto';
import type { AttendeeResponse, EventState } from '../../domain/scheduling/event-state.js';
import type { TimeRange } from '../../domain/scheduling/time-ranges.js';
import { OFFICE_HOURS } from '../../domain/scheduling/working-hours.js';
import type {
  CalendarEventInput,
  CalendarPerson,
  CalendarProvider,
  CreatedEvent,
  EventChanges,
  EventQuery,
  PersonSchedule,
} from '../../ports/calendar-provider.js';
import type { EventRecords, LocalEvent } from './event-records.js';

/** Same organizer and transaction, same id: creating twice finds the first event (as Graph's transactionId). */
const eventIdOf = (organizer: string, transactionId: string): string =>
  `local-${createHash('sha256').update(`${organizer}|${transactionId}`).digest('hex').slice(0, 32)}`;

const people = (organizer: string, attendees: readonly CalendarPerson[]) => [
  ...new Set([organizer, ...attendees.map((a) => a.id)]),
];

/** An invitation as the development routes list it: what an attendee sees in their calendar. */
export interface LocalInvitation {
  readonly eventId: string;
  readonly subject: string;
  readonly start: Date;
  readonly end: Date;
  readonly response: AttendeeResponse;
}

/** How far ahead the development list of invitations looks. */
const INVITATION_HORIZON_MS = 90 * 86_400_000;

const answerOf = (e: LocalEvent, person: string): AttendeeResponse =>
  e.responses?.find((r) => r.id === person)?.response ?? 'none';

/**
 * The embedded calendar: events kept in the app's own store with a placeholder Teams join link. Everyone works
 * office hours (Mon–Fri 8–16 Helsinki); busy times are the local events they attend.
 */
export class LocalCalendarProvider implements CalendarProvider {
  constructor(private readonly events: EventRecords) {}

  async createEvent(organizer: CalendarPerson, event: CalendarEventInput): Promise<CreatedEvent> {
    const id = eventIdOf(organizer.id, event.transactionId);
    const joinUrl = `https://teams.microsoft.com/l/meetup-join/${id}`;
    const record: LocalEvent = {
      id,
      organizer: organizer.id,
      subject: event.subject,
      attendees: people(organizer.id, event.attendees),
      start: event.start,
      end: event.end,
      joinUrl: event.isOnlineMeeting ? joinUrl : '',
      isCancelled: false,
    };
    if (await this.events.insert(record)) return { eventId: id, joinUrl: record.joinUrl };
    const first = await this.events.get(id);
    return { eventId: id, joinUrl: first?.joinUrl ?? record.joinUrl };
  }

  async updateEvent(organizer: CalendarPerson, eventId: string, changes: EventChanges): Promise<boolean> {
    const e = await this.events.get(eventId);
    if (!e || e.isCancelled || e.organizer !== organizer.id) return false;
    await this.events.replace({
      ...e,
      ...(changes.subject !== undefined && { subject: changes.subject }),
      ...(changes.start && { start: changes.start }),
      ...(changes.end && { end: changes.end }),
      ...(changes.attendees && { attendees: people(organizer.id, changes.attendees) }),
    });
    return true;
  }

  async cancelEvent(organizer: CalendarPerson, eventId: string): Promise<boolean> {
    const e = await this.events.get(eventId);
    if (!e || e.isCancelled || e.organizer !== organizer.id) return false;
    await this.events.replace({ ...e, isCancelled: true });
    return true;
  }

  async getEventStates(organizer: CalendarPerson, events: readonly EventQuery[]): Promise<EventState[]> {
    return Promise.all(
      events.map(async ({ eventId, attendees }): Promise<EventState> => {
        const e = await this.events.get(eventId);
        // another organizer's event is not found in this one's calendar, as in Exchange
        if (!e || e.isCancelled || e.organizer !== organizer.id) return { eventId, status: 'cancelled' };
        const responses = attendees.map((a) => ({ id: a.id, response: answerOf(e, a.id) }));
        return { eventId, status: 'active', responses };
      }),
    );
  }

  /**
   * Development (the local calendar's stand-in for Outlook's buttons): `attendee` answers the invitation. `false`
   * when the event is gone or not theirs to answer (the organizer does not answer their own meeting).
   */
  async respond(eventId: string, attendee: string, response: AttendeeResponse): Promise<boolean> {
    const e = await this.events.get(eventId);
    if (!e || e.isCancelled || e.organizer === attendee || !e.attendees.includes(attendee)) return false;
    const others = (e.responses ?? []).filter((r) => r.id !== attendee);
    await this.events.replace({ ...e, responses: [...others, { id: attendee, response }] });
    return true;
  }

  /** Development: the person's invitations (meetings someone else organizes) not over at `now`, earliest first. */
  async invitationsOf(person: string, now: Date): Promise<LocalInvitation[]> {
    const window = { start: now.getTime(), end: now.getTime() + INVITATION_HORIZON_MS };
    const events = await this.events.listForPerson(person, window);
    return events
      .filter((e) => e.organizer !== person)
      .sort((a, b) => a.start.getTime() - b.start.getTime())
      .map((e) => ({
        eventId: e.id,
        subject: e.subject,
        start: e.start,
        end: e.end,
        response: answerOf(e, person),
      }));
  }

  async getSchedule(who: readonly CalendarPerson[], window: TimeRange): Promise<PersonSchedule[]> {
    return Promise.all(
      who.map(async (p) => {
        // a declined meeting leaves the decliner's calendar, as Outlook does
        const events = (await this.events.listForPerson(p.id, window)).filter(
          (e) => answerOf(e, p.id) !== 'declined',
        );
        const busy = events.map((e) => ({ start: e.start.getTime(), end: e.end.getTime() }));
        return { id: p.id, ok: true as const, busy, workingHours: OFFICE_HOURS };
      }),
    );
  }
}
