/**
 * A Microsoft Graph calendar endpoint on loopback that speaks the documented shapes. Every request is checked against
 * graph-wire.ts; anything else (unknown route, bad header, bad body) is recorded in `violations` and answered 400.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DateTime } from 'luxon';
import type { z } from 'zod';
import * as W from './graph-wire.js';

const ZONE = 'Europe/Helsinki';
export const toWall = (ms: number) => ({
  dateTime: `${DateTime.fromMillis(ms, { zone: ZONE }).toFormat("yyyy-MM-dd'T'HH:mm:ss")}.0000000`,
  timeZone: 'FLE Standard Time',
});
const fromWall = (d: { dateTime: string }) => DateTime.fromISO(d.dateTime, { zone: ZONE }).toMillis();

export interface ScheduleItemFixture {
  readonly status: 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';
  readonly start: number;
  readonly end: number;
}
export interface MailboxFixture {
  readonly items: readonly ScheduleItemFixture[];
  readonly workingHours?: {
    daysOfWeek: string[];
    startTime: string;
    endTime: string;
    timeZone: { name: string };
  };
}
/** A scripted answer instead of the real one; `afterProcessing`: do the work, then answer this (a lost response). */
export interface Fault {
  readonly status: 429 | 503 | 504;
  readonly retryAfterSeconds?: number;
  readonly afterProcessing?: boolean;
}
type Route =
  'getUser' | 'getSchedule' | 'createEvent' | 'getEvent' | 'updateEvent' | 'cancelEvent' | 'instances';
export interface RecordedRequest {
  readonly route: Route;
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly headers: IncomingMessage['headers'];
  readonly body: unknown;
  readonly at: number;
}
/** `responseStatus.response` as Graph's JSON spells it. */
export type ResponseType = 'none' | 'accepted' | 'tentativelyAccepted' | 'declined' | 'notResponded';
interface StoredEvent {
  id: string;
  owner: string;
  body: z.infer<typeof W.CreateEventBody>;
  /** Cancelled by the organizer: moved to Deleted Items, so its id finds nothing any more. */
  cancelled: boolean;
  /** `isCancelled: true` while the event is still found (e.g. a copy that Exchange kept). */
  isCancelledFlag: boolean;
  cancelledOccurrences: Set<number>;
  /** Attendees' answers by lower-cased address. */
  responses: Map<string, ResponseType>;
}

const OFFICE = {
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  startTime: '08:00:00.0000000',
  endTime: '16:00:00.0000000',
  timeZone: { name: 'FLE Standard Time' },
};
const STATUS_DIGIT: Record<string, string> = {
  free: '0',
  tentative: '1',
  busy: '2',
  oof: '3',
  workingElsewhere: '4',
};

export class FakeGraphEndpoint {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly events = new Map<string, StoredEvent>();
  readonly mailboxes = new Map<string, MailboxFixture>();
  readonly faults = new Map<Route, Fault[]>();
  /** Events whose GET answers 500 (not retried by the SDK): an event that cannot be read. */
  readonly unreadable = new Set<string>();
  /** Entra object id -> UPN (also its mail address), for `/users/{object id}`. */
  readonly directory = new Map<string, string>();
  /** `immediate`: the create answers with the join link; `on-read`: only a later GET has it; `never`. */
  joinLink: 'immediate' | 'on-read' | 'never' = 'immediate';
  latencyMs = 0;
  inFlight = 0;
  maxInFlight = 0;
  private readonly server = createServer((req, res) => void this.handle(req, res));
  private sequence = 0;

  constructor(readonly organizer: string) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1.0`;
  }
  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }
  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
  failNext(route: Route, ...faults: Fault[]): void {
    this.faults.set(route, [...(this.faults.get(route) ?? []), ...faults]);
  }
  of(route: Route): RecordedRequest[] {
    return this.requests.filter((r) => r.route === route);
  }
  /** An attendee answers the invitation in Outlook or Teams. */
  respond(eventId: string, address: string, response: ResponseType): void {
    const event = this.events.get(eventId);
    if (!event) throw new Error(`no event ${eventId}`);
    event.responses.set(address.toLowerCase(), response);
  }
  /** The organizer cancels in Outlook (`deleted`: the event is gone; `flagged`: still found, `isCancelled`). */
  cancelInOutlook(eventId: string, how: 'deleted' | 'flagged' = 'deleted'): void {
    const event = this.events.get(eventId);
    if (!event) throw new Error(`no event ${eventId}`);
    if (how === 'deleted') event.cancelled = true;
    else event.isCancelledFlag = true;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const text = Buffer.concat(chunks).toString('utf8');
      if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
      const { status, body, headers } = this.route(req, text);
      res.writeHead(status, {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    } finally {
      this.inFlight -= 1;
    }
  }

  private reject(message: string) {
    this.violations.push(message);
    return { status: 400, body: W.errorBody('BadRequest', message) };
  }

  private route(req: IncomingMessage, text: string): Answer {
    const url = new URL(req.url ?? '/', 'http://loopback');
    const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const query = Object.fromEntries(url.searchParams);
    const method = req.method ?? '';
    const [version, users, mailbox, collection, id, action] = segments;
    const where = `${method} ${url.pathname}`;
    if (version !== 'v1.0' || users !== 'users') return this.reject(`unexpected request ${where}`);
    const owner = this.upnOf(mailbox ?? '');
    if (method === 'GET' && segments.length === 3) return this.user(req, query, owner);
    if (owner === undefined)
      return { status: 404, body: W.errorBody('ErrorInvalidUser', 'The requested user is invalid.') };
    if (collection === 'calendar' && owner !== this.organizer.toLowerCase())
      return this.reject(`getSchedule through another mailbox than the organizer's: ${where}`);
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      return this.reject(`body is not JSON: ${where}`);
    }
    const match = this.match(method, collection, id, action, segments.length);
    if (!match) return this.reject(`unexpected request ${where}`);
    const { route, headers, query: querySchema, body: bodySchema } = match;
    for (const [what, schema, value] of [
      ['headers', headers, req.headers],
      ['query', querySchema, query],
      ['body', bodySchema, body],
    ] as const) {
      const checked = (schema as z.ZodType).safeParse(value);
      if (!checked.success) return this.reject(`${route}: ${what} ${checked.error.message}`);
    }
    this.requests.push({
      route,
      method,
      path: url.pathname,
      query,
      headers: req.headers,
      body,
      at: Date.now(),
    });
    const fault = this.faults.get(route)?.shift();
    if (fault && !fault.afterProcessing) return faultAnswer(fault);
    const answer = this.answer(route, owner, id ?? '', query, body);
    return fault ? faultAnswer(fault) : answer;
  }

  private match(method: string, collection?: string, id?: string, action?: string, length = 0) {
    const none = W.NoQuery;
    if (method === 'POST' && collection === 'calendar' && id === 'getSchedule' && length === 5)
      return { route: 'getSchedule', headers: W.JsonHeaders, query: none, body: W.GetScheduleBody } as const;
    if (collection !== 'events') return undefined;
    if (method === 'POST' && length === 4)
      return { route: 'createEvent', headers: W.JsonHeaders, query: none, body: W.CreateEventBody } as const;
    if (method === 'GET' && length === 5)
      return {
        route: 'getEvent',
        headers: W.CommonHeaders,
        query: W.EventQuery,
        body: undefinedBody,
      } as const;
    if (method === 'PATCH' && length === 5)
      return { route: 'updateEvent', headers: W.JsonHeaders, query: none, body: W.UpdateEventBody } as const;
    if (method === 'POST' && action === 'cancel' && length === 6)
      return { route: 'cancelEvent', headers: W.JsonHeaders, query: none, body: W.CancelEventBody } as const;
    if (method === 'GET' && action === 'instances' && length === 6)
      return {
        route: 'instances',
        headers: W.CommonHeaders,
        query: W.InstancesQuery,
        body: undefinedBody,
      } as const;
    return undefined;
  }

  /** A mailbox of the tenant, by UPN or object id; `undefined` for none. */
  private upnOf(mailbox: string): string | undefined {
    const upn = (this.directory.get(mailbox) ?? mailbox).toLowerCase();
    return upn === this.organizer.toLowerCase() || this.mailboxes.has(upn) ? upn : undefined;
  }

  /** `GET /users/{id | userPrincipalName}?$select=mail,userPrincipalName`. */
  private user(req: IncomingMessage, query: Record<string, string>, upn: string | undefined): Answer {
    const checked = [W.CommonHeaders.safeParse(req.headers), W.SelectQuery.safeParse(query)];
    const bad = checked.find((c) => !c.success);
    if (bad) return this.reject(`getUser: ${bad.error?.message ?? ''}`);
    this.requests.push({
      route: 'getUser',
      method: 'GET',
      path: req.url ?? '',
      query,
      headers: req.headers,
      body: undefined,
      at: Date.now(),
    });
    if (upn === undefined)
      return { status: 404, body: W.errorBody('Request_ResourceNotFound', 'Resource does not exist.') };
    return { status: 200, body: { mail: upn, userPrincipalName: upn } };
  }

  private answer(
    route: Route,
    owner: string,
    id: string,
    query: Record<string, string>,
    body: unknown,
  ): Answer {
    switch (route) {
      case 'getSchedule':
        return { status: 200, body: this.schedules(W.GetScheduleBody.parse(body)) };
      case 'getUser':
        return notFound();
      case 'createEvent':
        return this.create(owner, W.CreateEventBody.parse(body));
      case 'getEvent':
        if (this.unreadable.has(id))
          return {
            status: 500,
            body: W.errorBody('ErrorInternalServerError', 'An internal error occurred.'),
          };
        return this.withEvent(owner, id, (e) => ({
          status: 200,
          body: selected(this.eventJson(e, true), query),
        }));
      case 'updateEvent':
        return this.withEvent(owner, id, (e) => {
          Object.assign(e.body, W.UpdateEventBody.parse(body));
          return { status: 200, body: this.eventJson(e, true) };
        });
      case 'cancelEvent':
        return this.cancel(owner, id);
      case 'instances':
        return this.withEvent(owner, id, (e) => ({ status: 200, body: { value: this.instances(e, query) } }));
    }
  }

  private schedules(request: z.infer<typeof W.GetScheduleBody>) {
    const start = fromWall(request.startTime);
    const end = fromWall(request.endTime);
    if (end - start >= 62 * 86_400_000) this.violations.push('getSchedule: window of 62 days or more');
    const slot = request.availabilityViewInterval * 60_000;
    return {
      '@odata.context':
        'https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)',
      value: request.schedules.map((scheduleId) => {
        const upn = scheduleId.toLowerCase();
        const mailbox =
          this.mailboxes.get(upn) ?? (upn === this.organizer.toLowerCase() ? { items: [] } : undefined);
        if (!mailbox) {
          return {
            scheduleId,
            availabilityView: '',
            error: {
              message: 'The specified object was not found in the store.',
              responseCode: 'ErrorMailRecipientNotFound',
            },
          };
        }
        const items = [...mailbox.items, ...this.meetingsOf(upn)].filter(
          (i) => i.start < end && i.end > start,
        );
        let view = '';
        for (let t = start; t < end; t += slot) {
          const hit = items
            .filter((i) => i.start < t + slot && i.end > t)
            .map((i) => STATUS_DIGIT[i.status] ?? '0');
          view += hit.sort().at(-1) ?? '0';
        }
        return {
          scheduleId,
          availabilityView: view,
          scheduleItems: items.map((i) => ({
            isPrivate: false,
            status: i.status,
            start: toWall(i.start),
            end: toWall(i.end),
          })),
          workingHours: mailbox.workingHours ?? OFFICE,
        };
      }),
    };
  }

  private create(owner: string, body: z.infer<typeof W.CreateEventBody>): Answer {
    // transactionId: "for the server to avoid redundant POST operations in case of client retries"
    const existing = [...this.events.values()].find(
      (e) => e.owner === owner && e.body.transactionId === body.transactionId,
    );
    if (existing) return { status: 201, body: this.eventJson(existing, false) };
    this.sequence += 1;
    const id = `AAMkAGI1/AAAt${String(this.sequence).padStart(4, '0')}AHjAAA=`;
    const event: StoredEvent = {
      id,
      owner,
      body,
      cancelled: false,
      isCancelledFlag: false,
      cancelledOccurrences: new Set(),
      responses: new Map(),
    };
    this.events.set(id, event);
    return { status: 201, body: this.eventJson(event, false) };
  }

  private cancel(owner: string, id: string): Answer {
    const [seriesId, occurrence] = id.split('#');
    const event = this.events.get(seriesId ?? '');
    if (!event || event.cancelled || event.owner !== owner) return notFound();
    if (occurrence === undefined) event.cancelled = true;
    else if (event.cancelledOccurrences.has(Number(occurrence))) return notFound();
    else event.cancelledOccurrences.add(Number(occurrence));
    return { status: 202, body: undefined };
  }

  private withEvent(owner: string, id: string, then: (e: StoredEvent) => Answer): Answer {
    const event = this.events.get(id);
    // event ids belong to a mailbox: another mailbox does not find it
    return event && !event.cancelled && event.owner === owner ? then(event) : notFound();
  }

  private eventJson(e: StoredEvent, isRead: boolean) {
    const hasLink =
      e.body.isOnlineMeeting && (this.joinLink === 'immediate' || (this.joinLink === 'on-read' && isRead));
    return {
      '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#users('${this.organizer}')/events/$entity`,
      id: e.id,
      subject: e.body.subject,
      start: e.body.start,
      end: e.body.end,
      type: e.body.recurrence ? 'seriesMaster' : 'singleInstance',
      isOnlineMeeting: e.body.isOnlineMeeting,
      onlineMeetingProvider: e.body.isOnlineMeeting ? 'teamsForBusiness' : 'unknown',
      onlineMeeting: hasLink
        ? { joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${this.sequence}%40thread.v2/0` }
        : null,
      recurrence: e.body.recurrence ?? null,
      transactionId: e.body.transactionId,
      isCancelled: e.isCancelledFlag,
      attendees: e.body.attendees.map((a) => {
        const response = e.responses.get(a.emailAddress.address.toLowerCase()) ?? 'none';
        const time = response === 'none' ? '0001-01-01T00:00:00Z' : new Date().toISOString();
        return { ...a, status: { response, time } };
      }),
      organizer: { emailAddress: { address: this.organizer } },
    };
  }

  /** Single meetings the person organizes or attends, as busy items (series are not expanded here). */
  private meetingsOf(upn: string): ScheduleItemFixture[] {
    return [...this.events.values()]
      .filter((e) => !e.cancelled && !e.body.recurrence)
      .filter(
        (e) => e.owner === upn || e.body.attendees.some((a) => a.emailAddress.address.toLowerCase() === upn),
      )
      .map((e) => ({ status: 'busy', start: fromWall(e.body.start), end: fromWall(e.body.end) }));
  }

  /** Weekly series only (what the app books): occurrences in Helsinki wall time, as Graph keeps them. */
  private instances(e: StoredEvent, query: Record<string, string>) {
    const from = Date.parse(query.startDateTime ?? '');
    const to = Date.parse(query.endDateTime ?? '');
    const r = e.body.recurrence;
    if (!r || r.pattern.type !== 'weekly') return [];
    const first = DateTime.fromISO(e.body.start.dateTime, { zone: ZONE });
    const length = fromWall(e.body.end) - fromWall(e.body.start);
    const last = DateTime.fromISO(r.range.endDate ?? '9999-12-31', { zone: ZONE }).endOf('day');
    const value = [];
    for (let n = 0, t = first; t <= last; n += 1, t = first.plus({ weeks: n * r.pattern.interval })) {
      const start = t.toMillis();
      if (start < to && start + length > from && !e.cancelledOccurrences.has(n)) {
        value.push({
          id: `${e.id}#${n}`,
          seriesMasterId: e.id,
          type: 'occurrence',
          start: toWall(start),
          end: toWall(start + length),
        });
      }
    }
    return value;
  }
}

type Answer = { status: number; body: unknown; headers?: Record<string, string> };
/** Graph answers a `$select` with the id and the properties asked for only. */
function selected(event: Record<string, unknown>, query: Record<string, string>): Record<string, unknown> {
  const fields = query.$select?.split(',');
  if (!fields) return event;
  return Object.fromEntries(
    Object.entries(event).filter(([k]) => k === 'id' || k.startsWith('@odata') || fields.includes(k)),
  );
}
const undefinedBody = {
  safeParse: (v: unknown) =>
    v === undefined ? { success: true } : { success: false, error: { message: 'GET has no body' } },
};
const notFound = (): Answer => ({
  status: 404,
  body: W.errorBody('ErrorItemNotFound', 'The specified object was not found in the store.'),
});
function faultAnswer(f: Fault): Answer {
  const code =
    f.status === 429 ? 'ApplicationThrottled' : f.status === 503 ? 'ServiceUnavailable' : 'GatewayTimeout';
  return {
    status: f.status,
    body: W.errorBody(code, 'Try again later.'),
    headers: f.retryAfterSeconds === undefined ? {} : { 'retry-after': String(f.retryAfterSeconds) },
  };
}
