import type { Client } from '@microsoft/microsoft-graph-client';
import type { z } from 'zod';
import type { EventState } from '../../domain/scheduling/event-state.js';
import type { TimeRange } from '../../domain/scheduling/time-ranges.js';
import type {
  CalendarEventInput,
  CalendarPerson,
  CalendarProvider,
  CreatedEvent,
  EventChanges,
  EventQuery,
  PersonSchedule,
} from '../../ports/calendar-provider.js';
import { GraphDirectory } from './graph-directory.js';
import { GraphError } from './graph-error.js';
import { chunks, MAX_SCHEDULES, mergeWindows, splitWindow } from './graph-schedule-batches.js';
import {
  answersByAddress,
  EVENT_STATE_SELECT,
  EventResponse,
  EventStateResponse,
  GetScheduleResponse,
  InstancesResponse,
  PREFER_TIME_ZONE,
  eventPatch,
  eventRequest,
  fromGraphDateTime,
  personScheduleOf,
  scheduleRequest,
} from './graph-mappers.js';

export interface GraphCalendarSettings {
  /** The mailbox whose calendar answers `getSchedule` (the organizer mailbox; the app must be allowed to it). */
  readonly scheduleMailbox: string;
  /** `availabilityViewInterval` (5–1440): only the view's resolution, busy times are read from `scheduleItems`. */
  readonly availabilityViewIntervalMinutes?: number;
}

const enc = encodeURIComponent;
const eventsPath = (organizer: CalendarPerson) => `/users/${enc(organizer.id)}/events`;

/** The SDK's errors (and fetch's) as this adapter's one error type. */
function translate(error: unknown, what: string): GraphError {
  if (error instanceof GraphError) return error;
  const e = error as { statusCode?: unknown; code?: unknown };
  const status = typeof e.statusCode === 'number' && e.statusCode > 0 ? e.statusCode : undefined;
  const graphCode = typeof e.code === 'string' ? e.code : undefined;
  if (status === undefined)
    return new GraphError('transport', `${what}: no answer from Graph`, { cause: error });
  return new GraphError('http', `${what}: HTTP ${status}`, {
    status,
    ...(graphCode && { graphCode }),
    cause: error,
  });
}

const joinUrlOf = (e: z.infer<typeof EventResponse>) =>
  e.isOnlineMeeting === true && e.onlineMeeting?.joinUrl ? e.onlineMeeting.joinUrl : undefined;

/** Calendars and Teams meetings in Microsoft 365 through Graph, app-only (see docs/graph.md). */
export class GraphCalendarProvider implements CalendarProvider {
  private readonly directory: GraphDirectory;
  constructor(
    private readonly client: Client,
    private readonly settings: GraphCalendarSettings,
  ) {
    this.directory = new GraphDirectory(client, PREFER_TIME_ZONE);
    const interval = settings.availabilityViewIntervalMinutes ?? 30;
    if (!Number.isInteger(interval) || interval < 5 || interval > 1440)
      throw new RangeError('availabilityViewIntervalMinutes must be a whole number in 5–1440');
  }

  // every request states Helsinki time, so every answer does too
  private api(path: string) {
    return this.client.api(path).header('Prefer', PREFER_TIME_ZONE);
  }

  private async send<T extends z.ZodType>(what: string, request: () => Promise<unknown>, shape: T) {
    let body: unknown;
    try {
      body = await request();
    } catch (error) {
      throw translate(error, what);
    }
    const parsed = shape.safeParse(body);
    if (!parsed.success) throw new GraphError('unexpected-response', `${what}: not the documented shape`);
    return parsed.data as z.infer<T>;
  }

  /** `true` on 2xx, `false` on 404; anything else throws. */
  private async sendUnlessMissing(what: string, request: () => Promise<unknown>): Promise<boolean> {
    try {
      await request();
      return true;
    } catch (error) {
      const e = translate(error, what);
      if (e.status === 404) return false;
      throw e;
    }
  }

  private async attendeesOf(people: readonly CalendarPerson[]): Promise<CalendarPerson[]> {
    const addresses = await Promise.all(people.map((p) => this.directory.addressOf(p.id)));
    return addresses.map((address, i) => {
      if (address === undefined) throw new GraphError('unknown-person', `no user ${people[i]?.id ?? ''}`);
      return { id: address };
    });
  }

  async createEvent(organizer: CalendarPerson, event: CalendarEventInput): Promise<CreatedEvent> {
    // a retried POST carries the same transactionId, so Graph returns the first event instead of a second one
    const body = eventRequest({ ...event, attendees: await this.attendeesOf(event.attendees) });
    const created = await this.send(
      'create event',
      () => this.api(eventsPath(organizer)).post(body),
      EventResponse,
    );
    if (!event.isOnlineMeeting) return { eventId: created.id, joinUrl: '' };
    const eventPath = `${eventsPath(organizer)}/${enc(created.id)}`;
    // the join link may be filled in just after the create answers: read the event once before giving up
    const joinUrl =
      joinUrlOf(created) ??
      joinUrlOf(
        await this.send(
          'read event',
          () => this.api(eventPath).select('id,isOnlineMeeting,onlineMeeting').get(),
          EventResponse,
        ),
      );
    if (joinUrl === undefined) {
      throw new GraphError('no-join-link', 'the Teams meeting was created without a join link', {
        eventId: created.id,
      });
    }
    return { eventId: created.id, joinUrl };
  }

  async updateEvent(organizer: CalendarPerson, eventId: string, changes: EventChanges): Promise<boolean> {
    const path = `${eventsPath(organizer)}/${enc(eventId)}`;
    const patch = eventPatch(
      changes.attendees ? { ...changes, attendees: await this.attendeesOf(changes.attendees) } : changes,
    );
    return this.sendUnlessMissing('update event', () => this.api(path).patch(patch));
  }

  async cancelEvent(organizer: CalendarPerson, eventId: string): Promise<boolean> {
    const path = `${eventsPath(organizer)}/${enc(eventId)}/cancel`;
    return this.sendUnlessMissing('cancel event', () => this.api(path).post({}));
  }

  async cancelOccurrence(organizer: CalendarPerson, seriesId: string, start: Date): Promise<boolean> {
    const at = start.getTime();
    const path = `${eventsPath(organizer)}/${enc(seriesId)}/instances`;
    const range = {
      startDateTime: new Date(at - 60_000).toISOString(),
      endDateTime: new Date(at + 60_000).toISOString(),
    };
    let instances: z.infer<typeof InstancesResponse>;
    try {
      instances = await this.send(
        'list occurrences',
        () => this.api(path).query(range).select('id,start').get(),
        InstancesResponse,
      );
    } catch (error) {
      if (error instanceof GraphError && error.status === 404) return false;
      throw error;
    }
    const occurrence = instances.value.find((e) => e.start && fromGraphDateTime(e.start) === at);
    return occurrence ? this.cancelEvent(organizer, occurrence.id) : false;
  }

  /**
   * One `GET /users/{organizer}/events/{id}?$select=isCancelled,attendees` per event (through the same 4-request
   * limit): an event the organizer cancelled is gone from their calendar (404) or says `isCancelled`; an event that
   * cannot be read after retries is `unavailable` this time. Only when none can be read does the call throw.
   */
  async getEventStates(organizer: CalendarPerson, events: readonly EventQuery[]): Promise<EventState[]> {
    const answers = await Promise.allSettled(events.map((q) => this.eventState(organizer, q)));
    const failure = answers.find((a) => a.status === 'rejected');
    if (failure && answers.every((a) => a.status === 'rejected')) throw failure.reason;
    return answers.map((a, i) =>
      a.status === 'fulfilled' ? a.value : { eventId: events[i]?.eventId ?? '', status: 'unavailable' },
    );
  }

  private async eventState(
    organizer: CalendarPerson,
    { eventId, attendees }: EventQuery,
  ): Promise<EventState> {
    const path = `${eventsPath(organizer)}/${enc(eventId)}`;
    let event: z.infer<typeof EventStateResponse>;
    try {
      event = await this.send(
        'read event state',
        () => this.api(path).select(EVENT_STATE_SELECT).get(),
        EventStateResponse,
      );
    } catch (error) {
      // cancelling moves the organizer's event to Deleted Items, where its id no longer finds it
      if (error instanceof GraphError && error.status === 404) return { eventId, status: 'cancelled' };
      throw error;
    }
    if (event.isCancelled === true) return { eventId, status: 'cancelled' };
    const answers = answersByAddress(event);
    const responses = await Promise.all(
      attendees.map(async (a) => {
        const address = await this.directory.addressOf(a.id);
        const response = address === undefined ? undefined : answers.get(address.toLowerCase());
        return { id: a.id, response: response ?? 'none' };
      }),
    );
    return { eventId, status: 'active', responses };
  }

  async getSchedule(people: readonly CalendarPerson[], window: TimeRange): Promise<PersonSchedule[]> {
    if (people.length === 0) return [];
    if (window.end <= window.start) throw new RangeError('the window must not be empty');
    const ids = [...new Set(people.map((p) => p.id))];
    const addressOf = new Map(
      await Promise.all(ids.map(async (id) => [id, await this.directory.addressOf(id)] as const)),
    );
    const addresses = [...new Set([...addressOf.values()].filter((a) => a !== undefined))];
    const windows = splitWindow(window);
    const requests = chunks(addresses, MAX_SCHEDULES).flatMap((batch) => windows.map((w) => ({ batch, w })));
    const answers = await Promise.allSettled(requests.map(({ batch, w }) => this.scheduleBatch(batch, w)));
    const failure = answers.find((a) => a.status === 'rejected');
    if (failure && answers.every((a) => a.status === 'rejected')) throw failure.reason;
    const byAddress = new Map<string, PersonSchedule[]>();
    answers.forEach((answer, i) => {
      for (const address of requests[i]?.batch ?? []) {
        const part =
          answer.status === 'fulfilled'
            ? (answer.value.get(address) ?? personScheduleOf(address, undefined))
            : ({ id: address, ok: false, error: 'unavailable' } as const);
        byAddress.set(address, [...(byAddress.get(address) ?? []), part]);
      }
    });
    return people.map((p) => {
      const address = addressOf.get(p.id);
      if (address === undefined) return { id: p.id, ok: false, error: 'not-found' } as const;
      return mergeWindows(byAddress.get(address) ?? [], p.id);
    });
  }

  private async scheduleBatch(
    batch: readonly string[],
    window: TimeRange,
  ): Promise<Map<string, PersonSchedule>> {
    const body = scheduleRequest(batch, window, this.settings.availabilityViewIntervalMinutes ?? 30);
    const path = `/users/${enc(this.settings.scheduleMailbox)}/calendar/getSchedule`;
    const answer = await this.send('get schedule', () => this.api(path).post(body), GetScheduleResponse);
    // answers come in the order asked; scheduleId (an SMTP address) confirms who each one is
    return new Map(
      batch.map((id, i) => {
        const info =
          answer.value.find((v) => v.scheduleId?.toLowerCase() === id.toLowerCase()) ?? answer.value[i];
        return [id, personScheduleOf(id, info)];
      }),
    );
  }
}
