import { afterEach, describe, expect, it } from 'vitest';
import { GraphError } from '../../../src/adapters/graph/graph-error.js';
import type { CalendarEventInput } from '../../../src/ports/calendar-provider.js';
import type { FakeGraphEndpoint } from './fake-graph-endpoint.js';
import { hel, ORGANIZER, startGraph } from './graph-test-kit.js';

const ANNA = 'anna.virtanen@tym.example';
const MIKKO = 'mikko.korhonen@tym.example';
const MIKKO_ID = '0f1e2d3c-0000-4000-8000-000000000002';
const organizer = { id: ORGANIZER };

let graph: FakeGraphEndpoint | undefined;
afterEach(async () => {
  // every request the adapter sent had the documented shape
  expect(graph?.violations).toEqual([]);
  await graph?.close();
  graph = undefined;
});
async function start() {
  const started = await startGraph({ [ANNA]: { items: [] }, [MIKKO]: { items: [] } });
  graph = started.graph;
  graph.directory.set(MIKKO_ID, MIKKO);
  return started;
}

// the Monday after Finland moves to summer time
const meeting = (transactionId: string): CalendarEventInput => ({
  subject: 'Rukkanen SAT-2026-0001',
  attendees: [{ id: ANNA }, { id: MIKKO_ID }],
  start: new Date(hel('2026-03-30T09:00')),
  end: new Date(hel('2026-03-30T09:45')),
  isOnlineMeeting: true,
  transactionId,
});
const asked = (eventId: string) => ({ eventId, attendees: [{ id: ANNA }, { id: MIKKO_ID }] });

describe('GraphCalendarProvider: what became of booked events', () => {
  it("reads isCancelled and the attendees' answers per event, naming people as asked", async () => {
    const { calendar } = await start();
    const { eventId } = await calendar.createEvent(organizer, meeting('tx-1'));
    graph!.respond(eventId, ANNA, 'tentativelyAccepted');
    graph!.respond(eventId, MIKKO, 'declined');
    expect(await calendar.getEventStates(organizer, [asked(eventId)])).toEqual([
      {
        eventId,
        status: 'active',
        responses: [
          { id: ANNA, response: 'tentative' },
          { id: MIKKO_ID, response: 'declined' },
        ],
      },
    ]);
    const [read] = graph!.of('getEvent');
    expect(read?.path).toBe(
      `/v1.0/users/${encodeURIComponent(ORGANIZER)}/events/${encodeURIComponent(eventId)}`,
    );
    expect(read?.query).toEqual({ $select: 'isCancelled,attendees' });
    expect(read?.headers.prefer).toBe('outlook.timezone="FLE Standard Time"');
    expect(read?.headers.authorization).toBe('Bearer loopback-token');
  });

  it("counts notResponded as no answer yet, and the organizer's own answer not at all", async () => {
    const { calendar } = await start();
    const { eventId } = await calendar.createEvent(organizer, meeting('tx-1'));
    graph!.respond(eventId, ANNA, 'notResponded');
    graph!.respond(eventId, MIKKO, 'accepted');
    const [state] = await calendar.getEventStates(organizer, [asked(eventId)]);
    expect(state?.status === 'active' && state.responses.map((r) => r.response)).toEqual([
      'none',
      'accepted',
    ]);
  });

  it('tells an event the organizer cancelled (gone: 404, or flagged isCancelled) as cancelled', async () => {
    const { calendar } = await start();
    const gone = await calendar.createEvent(organizer, meeting('tx-1'));
    const flagged = await calendar.createEvent(organizer, meeting('tx-2'));
    graph!.cancelInOutlook(gone.eventId, 'deleted');
    graph!.cancelInOutlook(flagged.eventId, 'flagged');
    expect(await calendar.getEventStates(organizer, [asked(gone.eventId), asked(flagged.eventId)])).toEqual([
      { eventId: gone.eventId, status: 'cancelled' },
      { eventId: flagged.eventId, status: 'cancelled' },
    ]);
  });

  it('rides out a 503 burst with Retry-After, and reports an event it cannot read as unavailable', async () => {
    const { calendar } = await start();
    const ok = await calendar.createEvent(organizer, meeting('tx-1'));
    const broken = await calendar.createEvent(organizer, meeting('tx-2'));
    graph!.unreadable.add(broken.eventId);
    graph!.failNext('getEvent', { status: 503, retryAfterSeconds: 0 }, { status: 503 });
    const states = await calendar.getEventStates(organizer, [asked(ok.eventId), asked(broken.eventId)]);
    expect(states.map((s) => [s.eventId, s.status])).toEqual([
      [ok.eventId, 'active'],
      [broken.eventId, 'unavailable'],
    ]);
  });

  it('throws a GraphError when no event can be read at all, and asks nothing for no events', async () => {
    const { calendar } = await start();
    const broken = await calendar.createEvent(organizer, meeting('tx-1'));
    graph!.unreadable.add(broken.eventId);
    await expect(calendar.getEventStates(organizer, [asked(broken.eventId)])).rejects.toBeInstanceOf(
      GraphError,
    );
    expect(await calendar.getEventStates(organizer, [])).toEqual([]);
  });

  it('reads many events with at most 4 requests in flight', async () => {
    const { calendar } = await start();
    const events = [];
    for (let i = 0; i < 10; i += 1) events.push(await calendar.createEvent(organizer, meeting(`tx-${i}`)));
    graph!.latencyMs = 30;
    graph!.maxInFlight = 0;
    const states = await calendar.getEventStates(
      organizer,
      events.map((e) => asked(e.eventId)),
    );
    expect(states.every((s) => s.status === 'active')).toBe(true);
    expect(graph!.of('getEvent')).toHaveLength(10);
    expect(graph!.maxInFlight).toBeLessThanOrEqual(4);
  });
});
