import { afterEach, expect } from 'vitest';
import { describeCalendarProviderContract } from '../../contract/calendar-provider.contract.js';
import type { FakeGraphEndpoint } from './fake-graph-endpoint.js';
import { ORGANIZER, startGraph } from './graph-test-kit.js';

const running: FakeGraphEndpoint[] = [];
afterEach(async () => {
  for (const graph of running.splice(0)) {
    expect(graph.violations).toEqual([]);
    await graph.close();
  }
});

// the contract names the organizer by Entra object id and the others by address, as the convenor flow does
describeCalendarProviderContract(
  'Microsoft Graph (loopback endpoint)',
  async () => {
    const { graph, calendar } = await startGraph({
      'kela.edustaja@example.fi': { items: [] },
      'someone.else@example.fi': { items: [] },
    });
    graph.directory.set('44444444-4444-4444-8444-444444444444', ORGANIZER);
    running.push(graph);
    return calendar;
  },
  async (_calendar, eventId, attendee, response) => {
    // the attendee answers in Outlook or Teams
    running.at(-1)?.respond(eventId, attendee, response === 'tentative' ? 'tentativelyAccepted' : response);
  },
);
