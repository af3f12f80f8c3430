import { createHash } from 'node:crypto';
import type { TimeRange } from '../../domain/scheduling/time-ranges.js';
import { OFFICE_HOURS } from '../../domain/scheduling/working-hours.js';
import type {
  CalendarEventInput,
  CalendarPerson,
  CalendarProvider,
  CreatedEvent,
  EventChanges,
  PersonSchedule,
} from '../../ports/calendar-provider.js';
import type { EventRecords, LocalEvent } from './event-records.js';

/** Same organizer and transaction, same id: creating twice finds the first event (as Graph's transactionId). */
const eventIdOf = (organizer: string, transactionId: string): string =>
  `local-${createHash('sha256').update(`${organizer}|${transactionId}`).digest('hex').slice(0, 32)}`;

const people = (organizer: string, attendees: readonly CalendarPerson[]) => [
  ...new Set([organizer, ...attendees.map((a) => a.id)]),
];

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

  async getSchedule(who: readonly CalendarPerson[], window: TimeRange): Promise<PersonSchedule[]> {
    return Promise.all(
      who.map(async (p) => {
        const events = await this.events.listForPerson(p.id, window);
        const busy = events.map((e) => ({ start: e.start.getTime(), end: e.end.getTime() }));
        return { id: p.id, ok: true as const, busy, workingHours: OFFICE_HOURS };
      }),
    );
  }
}
