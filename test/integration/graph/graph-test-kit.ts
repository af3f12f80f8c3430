import type { TokenCredential } from '@azure/identity';
import { DateTime } from 'luxon';
import { GraphCalendarProvider } from '../../../src/adapters/graph/graph-calendar-provider.js';
import { createGraphClient } from '../../../src/adapters/graph/graph-client.js';
import { FakeGraphEndpoint, type MailboxFixture } from './fake-graph-endpoint.js';

export const ORGANIZER = 'tym-kalenteri@tym.example';

/** An instant given as Helsinki wall time, e.g. `hel('2026-03-16T09:00')`. */
export const hel = (wall: string) => DateTime.fromISO(wall, { zone: 'Europe/Helsinki' }).toMillis();

/** Stands in for Entra ID: no token request leaves the machine. */
export const fakeCredential: TokenCredential = {
  getToken: async () => ({ token: 'loopback-token', expiresOnTimestamp: Date.now() + 3_600_000 }),
};

/** A loopback Graph endpoint and the adapter pointed at it (retries as in production, without the 3 s base delay). */
export async function startGraph(mailboxes: Record<string, MailboxFixture> = {}, latencyMs = 0) {
  const graph = await new FakeGraphEndpoint(ORGANIZER).listen();
  graph.latencyMs = latencyMs;
  for (const [upn, fixture] of Object.entries(mailboxes)) graph.mailboxes.set(upn.toLowerCase(), fixture);
  const client = createGraphClient({
    baseUrl: graph.baseUrl,
    credential: fakeCredential,
    retry: { maxRetries: 3, delaySeconds: 0 },
  });
  const calendar = new GraphCalendarProvider(client, { scheduleMailbox: ORGANIZER });
  return { graph, calendar };
}
