import { afterEach, describe, expect, it } from 'vitest';
import { GraphError } from '../../../src/adapters/graph/graph-error.js';
import type { CalendarEventInput } from '../../../src/ports/calendar-provider.js';
import type { FakeGraphEndpoint } from './fake-graph-endpoint.js';
import { hel, ORGANIZER, startGraph } from './graph-test-kit.js';

const ANNA = 'anna.virtanen@tym.example';
const MIKKO = 'mikko.korhonen@tym.example';
const organizer = { id: ORGANIZER };
const WEEK = { start: hel('2026-03-16T00:00'), end: hel('2026-03-21T00:00') };

let graph: FakeGraphEndpoint | undefined;
afterEach(async () => {
  // every request the adapter sent had the documented shape
  expect(graph?.violations).toEqual([]);
  await graph?.close();
  graph = undefined;
});
async function start(...args: Parameters<typeof startGraph>) {
  const started = await startGraph(...args);
  graph = started.graph;
  return started;
}

const meeting = (over: Partial<CalendarEventInput> = {}): CalendarEventInput => ({
  subject: 'Verkostokonsultaatio',
  attendees: [{ id: ANNA }, { id: MIKKO }],
  start: new Date(hel('2026-03-17T09:00')),
  end: new Date(hel('2026-03-17T10:00')),
  isOnlineMeeting: true,
  transactionId: 'tx-0001',
  ...over,
});

describe('GraphCalendarProvider: free/busy', () => {
  it('reads busy, out-of-office, tentative and working-elsewhere items as busy, and the working hours in IANA', async () => {
    const { calendar } = await start({
      [ANNA]: {
        items: [
          { status: 'busy', start: hel('2026-03-16T09:00'), end: hel('2026-03-16T10:00') },
          { status: 'free', start: hel('2026-03-16T11:00'), end: hel('2026-03-16T12:00') },
          { status: 'tentative', start: hel('2026-03-17T12:00'), end: hel('2026-03-17T13:00') },
          { status: 'oof', start: hel('2026-03-18T00:00'), end: hel('2026-03-19T00:00') },
          { status: 'workingElsewhere', start: hel('2026-03-19T08:00'), end: hel('2026-03-19T12:00') },
        ],
        workingHours: {
          daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday'],
          startTime: '08:30:00.0000000',
          endTime: '15:30:00.0000000',
          timeZone: { name: 'FLE Standard Time' },
        },
      },
    });
    const [anna] = await calendar.getSchedule([{ id: ANNA }], WEEK);
    expect(anna).toEqual({
      id: ANNA,
      ok: true,
      busy: [
        { start: hel('2026-03-16T09:00'), end: hel('2026-03-16T10:00') },
        { start: hel('2026-03-17T12:00'), end: hel('2026-03-17T13:00') },
        { start: hel('2026-03-18T00:00'), end: hel('2026-03-19T00:00') },
        { start: hel('2026-03-19T08:00'), end: hel('2026-03-19T12:00') },
      ],
      workingHours: {
        daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday'],
        startTime: '08:30:00.0000000',
        endTime: '15:30:00.0000000',
        timeZone: 'Europe/Helsinki',
      },
    });
    const [request] = graph!.of('getSchedule');
    expect(request?.path).toBe(`/v1.0/users/${encodeURIComponent(ORGANIZER)}/calendar/getSchedule`);
    expect(request?.headers.authorization).toBe('Bearer loopback-token');
    expect(request?.body).toEqual({
      schedules: [ANNA],
      startTime: { dateTime: '2026-03-16T00:00:00', timeZone: 'FLE Standard Time' },
      endTime: { dateTime: '2026-03-21T00:00:00', timeZone: 'FLE Standard Time' },
      availabilityViewInterval: 30,
    });
  });

  it('reports an unknown mailbox as that person’s error and still answers for the others', async () => {
    const { calendar } = await start({ [ANNA]: { items: [] } });
    const answer = await calendar.getSchedule([{ id: 'ei.ole@tym.example' }, { id: ANNA }], WEEK);
    expect(answer).toEqual([
      { id: 'ei.ole@tym.example', ok: false, error: 'not-found' },
      expect.objectContaining({ id: ANNA, ok: true, busy: [] }),
    ]);
  });

  it('looks up the address of a person given by object id once, and reports an unknown id as not found', async () => {
    const { calendar } = await start({ [ANNA]: { items: [] } });
    graph!.directory.set('0f1e2d3c-0000-4000-8000-000000000001', ANNA);
    const ids = [
      { id: '0f1e2d3c-0000-4000-8000-000000000001' },
      { id: '0f1e2d3c-0000-4000-8000-00000000dead' },
    ];
    const answer = await calendar.getSchedule(ids, WEEK);
    expect(answer).toEqual([
      expect.objectContaining({ id: ids[0]!.id, ok: true }),
      { id: ids[1]!.id, ok: false, error: 'not-found' },
    ]);
    await calendar.getSchedule(ids.slice(0, 1), WEEK);
    expect(graph!.of('getUser').map((r) => r.query)).toEqual([
      { $select: 'mail,userPrincipalName' },
      { $select: 'mail,userPrincipalName' },
    ]);
    expect((graph!.of('getSchedule')[0]?.body as { schedules: string[] }).schedules).toEqual([ANNA]);
  });

  it('asks for at most 20 schedules at a time and answers everyone in the order asked', async () => {
    const people = Array.from({ length: 45 }, (_, i) => `henkilo${i}@tym.example`);
    const { calendar } = await start(Object.fromEntries(people.map((p) => [p, { items: [] }])));
    const answer = await calendar.getSchedule(
      people.map((id) => ({ id })),
      WEEK,
    );
    expect(answer.map((a) => [a.id, a.ok])).toEqual(people.map((p) => [p, true]));
    const sizes = graph!.of('getSchedule').map((r) => (r.body as { schedules: string[] }).schedules.length);
    expect(sizes.sort()).toEqual([20, 20, 5]);
  });

  it('splits a window of 62 days or more into windows Graph accepts and joins the busy times', async () => {
    const { calendar } = await start({
      [ANNA]: {
        items: [
          { status: 'busy', start: hel('2026-03-02T09:00'), end: hel('2026-03-02T10:00') },
          { status: 'busy', start: hel('2026-05-25T09:00'), end: hel('2026-05-25T10:00') },
        ],
      },
    });
    const window = { start: hel('2026-03-01T00:00'), end: hel('2026-06-01T00:00') };
    const [anna] = await calendar.getSchedule([{ id: ANNA }], window);
    expect(anna?.ok && anna.busy).toEqual([
      { start: hel('2026-03-02T09:00'), end: hel('2026-03-02T10:00') },
      { start: hel('2026-05-25T09:00'), end: hel('2026-05-25T10:00') },
    ]);
    expect(graph!.of('getSchedule')).toHaveLength(2);
  });

  it('waits as long as Retry-After says when throttled (429), then succeeds', async () => {
    const { calendar } = await start({ [ANNA]: { items: [] } });
    graph!.failNext('getSchedule', { status: 429, retryAfterSeconds: 1 });
    const [anna] = await calendar.getSchedule([{ id: ANNA }], WEEK);
    expect(anna?.ok).toBe(true);
    const [first, retry] = graph!.of('getSchedule');
    expect(retry!.at - first!.at).toBeGreaterThanOrEqual(990);
    expect(retry!.headers['retry-attempt']).toBe('1');
  });

  it('rides out a burst of three 503/504 answers, and gives up with a GraphError after a fourth', async () => {
    const { calendar } = await start({ [ANNA]: { items: [] } });
    graph!.failNext(
      'getSchedule',
      { status: 503, retryAfterSeconds: 0 },
      { status: 504, retryAfterSeconds: 0 },
    );
    graph!.failNext('getSchedule', { status: 503, retryAfterSeconds: 0 });
    expect((await calendar.getSchedule([{ id: ANNA }], WEEK))[0]?.ok).toBe(true);
    graph!.failNext(
      'getSchedule',
      ...Array.from({ length: 4 }, () => ({ status: 503 as const, retryAfterSeconds: 0 })),
    );
    const failed = await calendar.getSchedule([{ id: ANNA }], WEEK).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(GraphError);
    expect(failed).toMatchObject({ code: 'http', status: 503, details: { graphCode: 'ServiceUnavailable' } });
    expect(graph!.of('getSchedule')).toHaveLength(8);
  });

  it('keeps at most 4 requests in flight', async () => {
    const people = Array.from({ length: 100 }, (_, i) => `henkilo${i}@tym.example`);
    const { calendar } = await start(Object.fromEntries(people.map((p) => [p, { items: [] }])), 40);
    await Promise.all([
      calendar.getSchedule(
        people.map((id) => ({ id })),
        WEEK,
      ),
      ...Array.from({ length: 6 }, (_, i) =>
        calendar.createEvent(organizer, meeting({ transactionId: `tx-${i}` })),
      ),
    ]);
    expect(graph!.of('getSchedule')).toHaveLength(5);
    expect(graph!.maxInFlight).toBe(4);
  });
});

describe('GraphCalendarProvider: meetings', () => {
  it('creates a Teams meeting with transactionId and returns its join link', async () => {
    const { calendar } = await start();
    const created = await calendar.createEvent(organizer, meeting());
    expect(created.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    const [request] = graph!.of('createEvent');
    expect(request?.body).toEqual({
      subject: 'Verkostokonsultaatio',
      start: { dateTime: '2026-03-17T09:00:00', timeZone: 'FLE Standard Time' },
      end: { dateTime: '2026-03-17T10:00:00', timeZone: 'FLE Standard Time' },
      attendees: [
        { emailAddress: { address: ANNA }, type: 'required' },
        { emailAddress: { address: MIKKO }, type: 'required' },
      ],
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      transactionId: 'tx-0001',
    });
  });

  it('does not duplicate a meeting when the create is retried after a lost answer: same transactionId', async () => {
    const { calendar } = await start();
    graph!.failNext('createEvent', { status: 503, retryAfterSeconds: 0, afterProcessing: true });
    const created = await calendar.createEvent(organizer, meeting());
    const creates = graph!.of('createEvent');
    expect(creates).toHaveLength(2);
    expect(creates.map((r) => (r.body as { transactionId: string }).transactionId)).toEqual([
      'tx-0001',
      'tx-0001',
    ]);
    expect([...graph!.events.keys()]).toEqual([created.eventId]);
    expect((await calendar.createEvent(organizer, meeting())).eventId).toBe(created.eventId);
    expect(graph!.events.size).toBe(1);
  });

  it('reads the event once more when the create answers without a join link', async () => {
    const { calendar } = await start();
    graph!.joinLink = 'on-read';
    expect((await calendar.createEvent(organizer, meeting())).joinUrl).toContain('meetup-join');
    expect(graph!.of('getEvent')[0]?.query).toEqual({ $select: 'id,isOnlineMeeting,onlineMeeting' });
  });

  it('reports a Teams meeting that has no join link as a GraphError naming the event', async () => {
    const { calendar } = await start();
    graph!.joinLink = 'never';
    const failed = await calendar.createEvent(organizer, meeting()).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(GraphError);
    expect(failed).toMatchObject({
      code: 'no-join-link',
      details: { eventId: [...graph!.events.keys()][0] },
    });
  });

  it('updates with PATCH and cancels with /cancel; a missing event answers false', async () => {
    const { calendar } = await start();
    const { eventId } = await calendar.createEvent(organizer, meeting());
    const later = { start: new Date(hel('2026-03-18T13:00')), end: new Date(hel('2026-03-18T14:00')) };
    expect(await calendar.updateEvent(organizer, eventId, later)).toBe(true);
    expect(graph!.of('updateEvent')[0]?.body).toEqual({
      start: { dateTime: '2026-03-18T13:00:00', timeZone: 'FLE Standard Time' },
      end: { dateTime: '2026-03-18T14:00:00', timeZone: 'FLE Standard Time' },
    });
    expect(graph!.of('updateEvent')[0]?.path).toBe(
      `/v1.0/users/${encodeURIComponent(ORGANIZER)}/events/${encodeURIComponent(eventId)}`,
    );
    expect(await calendar.cancelEvent(organizer, eventId)).toBe(true);
    expect(await calendar.cancelEvent(organizer, eventId)).toBe(false);
    expect(await calendar.updateEvent(organizer, eventId, { subject: 'x' })).toBe(false);
  });
});

describe('GraphCalendarProvider: team-session series', () => {
  const series = meeting({
    subject: 'Konsultaatiotiimi',
    start: new Date(hel('2026-03-17T09:00')),
    end: new Date(hel('2026-03-17T10:30')),
    recurrence: { intervalWeeks: 2, until: '2026-05-31' },
    transactionId: 'team-series-1',
  });

  it('books a weekly patternedRecurrence anchored in Helsinki time', async () => {
    const { calendar } = await start();
    await calendar.createEvent(organizer, series);
    expect((graph!.of('createEvent')[0]?.body as { recurrence: unknown }).recurrence).toEqual({
      pattern: { type: 'weekly', interval: 2, daysOfWeek: ['tuesday'], firstDayOfWeek: 'monday' },
      range: {
        type: 'endDate',
        startDate: '2026-03-17',
        endDate: '2026-05-31',
        recurrenceTimeZone: 'FLE Standard Time',
      },
    });
  });

  it('cancels one occurrence after the DST change (found through /instances) and leaves the others', async () => {
    const { calendar } = await start();
    const { eventId } = await calendar.createEvent(organizer, series);
    const occurrence = new Date(hel('2026-03-31T09:00')); // 06:00Z: summer time since 29 March
    expect(await calendar.cancelOccurrence(organizer, eventId, occurrence)).toBe(true);
    expect(graph!.of('instances')[0]?.query).toEqual({
      startDateTime: '2026-03-31T05:59:00.000Z',
      endDateTime: '2026-03-31T06:01:00.000Z',
      $select: 'id,start',
    });
    expect(graph!.of('cancelEvent')).toHaveLength(1);
    expect(await calendar.cancelOccurrence(organizer, eventId, occurrence)).toBe(false);
    expect(await calendar.cancelOccurrence(organizer, eventId, new Date(hel('2026-03-17T09:00')))).toBe(true);
    expect(await calendar.cancelOccurrence(organizer, 'no-such-series', occurrence)).toBe(false);
  });
});
