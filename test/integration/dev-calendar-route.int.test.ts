import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryStores } from '../../src/adapters/memory/memory-stores.js';
import { composeApp, type App } from '../../src/compose.js';
import { loadConfig } from '../../src/config.js';
import { TENANT_ID } from './support/activities.js';
import { memoryLogger } from './support/test-app.js';

const PRODUCTION_ENV = {
  TYM_MODE: 'production',
  HOST: '0.0.0.0',
  MICROSOFT_APP_ID: 'c0ffee00-1234-4abc-8def-0123456789ab',
  MICROSOFT_APP_PASSWORD: 'synthetic-secret-for-tests',
  MICROSOFT_APP_TENANT_ID: TENANT_ID,
  MONGODB_URI: 'mongodb://127.0.0.1:1',
};
const WORKER = '11111111-1111-4111-8111-111111111111';
const KELA = 'kela.edustaja@example.fi';

describe('the local calendar in development: /dev/calendar/* (answer as an attendee, look for changes now)', () => {
  const apps: App[] = [];
  const start = async (env: Record<string, string>) => {
    const app = await composeApp(loadConfig(env), { logger: memoryLogger(), stores: createMemoryStores() });
    apps.push(app);
    return app;
  };
  afterAll(async () => {
    for (const a of apps) await a.close();
  });

  it("lists an attendee's invitations, answers one as them, and runs the watch now", async () => {
    const app = await start({ TYM_MODE: 'development' });
    const startsAt = new Date(Date.now() + 86_400_000);
    const { eventId } = await app.deps.calendar.createEvent(
      { id: WORKER },
      {
        subject: 'Rukkanen SAT-2026-0001',
        attendees: [{ id: KELA }],
        start: startsAt,
        end: new Date(startsAt.getTime() + 45 * 60_000),
        isOnlineMeeting: true,
        transactionId: 'dev-route-1',
      },
    );
    const listed = await request(app.http)
      .get('/dev/calendar/invitations')
      .query({ attendee: KELA })
      .expect(200);
    expect(listed.body).toEqual([
      {
        eventId,
        subject: 'Rukkanen SAT-2026-0001',
        start: startsAt.toISOString(),
        end: new Date(startsAt.getTime() + 45 * 60_000).toISOString(),
        response: 'none',
      },
    ]);
    // the organizer's own meeting is no invitation of theirs
    expect((await request(app.http).get(`/dev/calendar/invitations?attendee=${WORKER}`)).body).toEqual([]);

    const answer = { eventId, attendee: KELA, response: 'declined' };
    expect((await request(app.http).post('/dev/calendar/respond').send(answer).expect(200)).body).toEqual({
      eventId,
      response: 'declined',
    });
    const [state] = await app.deps.calendar.getEventStates({ id: WORKER }, [
      { eventId, attendees: [{ id: KELA }] },
    ]);
    expect(state).toEqual({ eventId, status: 'active', responses: [{ id: KELA, response: 'declined' }] });

    await request(app.http)
      .post('/dev/calendar/respond')
      .send({ ...answer, attendee: WORKER })
      .expect(404);
    await request(app.http)
      .post('/dev/calendar/respond')
      .send({ ...answer, response: 'maybe' })
      .expect(400);
    const checked = await request(app.http).post('/dev/calendar/check').expect(200);
    expect(checked.body).toEqual({ ran: true, checked: 0, changed: 0, unreadable: 0 });
  });

  it('does not exist in production', async () => {
    const app = await start(PRODUCTION_ENV);
    expect((await request(app.http).post('/dev/calendar/check')).status).toBe(404);
    expect((await request(app.http).get(`/dev/calendar/invitations?attendee=${KELA}`)).status).toBe(404);
  });

  it('takes its interval from CALENDAR_WATCH_INTERVAL_MINUTES: 1–1440, 5 by default', () => {
    expect(loadConfig({ TYM_MODE: 'development' }).calendarWatch).toEqual({ intervalMinutes: 5 });
    expect(loadConfig({ CALENDAR_WATCH_INTERVAL_MINUTES: '15' }).calendarWatch).toEqual({
      intervalMinutes: 15,
    });
    expect(() => loadConfig({ CALENDAR_WATCH_INTERVAL_MINUTES: '0' })).toThrow(
      /CALENDAR_WATCH_INTERVAL_MINUTES/,
    );
    expect(() => loadConfig({ CALENDAR_WATCH_INTERVAL_MINUTES: '1441' })).toThrow(
      /CALENDAR_WATCH_INTERVAL_MINUTES/,
    );
  });
});
