import { composeApp, type App } from '../../../src/compose.js';
import { loadConfig } from '../../../src/config.js';
import type { Notice } from '../../../src/ports/notifier.js';
import type { Stores } from '../../../src/ports/stores.js';
import { messageActivity, TENANT_ID } from './activities.js';
import { memoryLogger } from './test-app.js';
import request from 'supertest';

/** A clock the test moves by hand. */
export function handClock(start: Date) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now = new Date(now.getTime() + ms)) };
}

export interface OutboxApp {
  readonly app: App;
  readonly logger: ReturnType<typeof memoryLogger>;
  /** A personal-chat message from `user` (its reference is recorded on the way). */
  talk(user: { id: string; aadObjectId: string; name: string }, serviceUrl: string): Promise<void>;
}

/** The real app on the given stores, its timer far off: the test runs the sender with `app.outbox.runNow()`. */
export async function startOutboxApp(
  stores: Stores,
  clock: { now(): Date },
  env: Record<string, string> = {},
): Promise<OutboxApp> {
  const logger = memoryLogger();
  const app = await composeApp(
    loadConfig({ TYM_MODE: 'development', OUTBOX_INTERVAL_SECONDS: '3600', ...env }),
    { logger, stores, clock },
  );
  return {
    app,
    logger,
    talk: async (user, serviceUrl) => {
      await request(app.http)
        .post('/api/messages')
        .send(messageActivity('apua', { serviceUrl, from: user }))
        .expect(200);
    },
  };
}

export const userNo = (i: number) => ({
  id: `29:user-${i}`,
  aadObjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  name: 'Testikäyttäjä',
});

export const reminderFor = (
  user: { aadObjectId: string },
  id: string,
  dueAt: Date,
  kind: Notice['kind'] = 'slot-reminder',
): Notice => ({
  id,
  kind,
  to: { userId: user.aadObjectId, tenantId: TENANT_ID },
  dueAt,
  data: {
    reference: 'TYM-2026-0042',
    startsAt: '2026-05-12T06:30:00.000Z',
    endsAt: '2026-05-12T06:45:00.000Z',
  },
});
