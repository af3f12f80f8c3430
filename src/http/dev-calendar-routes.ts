import { Router } from 'express';
import { z } from 'zod';
import type { AttendeeResponse } from '../domain/scheduling/event-state.js';
import { isLoopback } from './dev-routes.js';

/** The local calendar's development controls: see and answer invitations as an attendee, look for changes now. */
export interface DevCalendar {
  /** The attendee's invitations not over yet, earliest first. */
  invitationsOf(attendee: string): Promise<
    readonly {
      readonly eventId: string;
      readonly subject: string;
      readonly start: Date;
      readonly end: Date;
      readonly response: AttendeeResponse;
    }[]
  >;
  /** `attendee` answers the invitation; `false` when the event is gone or not theirs to answer. */
  respond(eventId: string, attendee: string, response: AttendeeResponse): Promise<boolean>;
  /** Runs the meeting watch now (declines and cancellations); resolves what it did, in counts. */
  checkNow(): Promise<object>;
}

const Attendee = z.string().min(1).max(320);
const Respond = z.strictObject({
  eventId: z.string().min(1).max(200),
  attendee: Attendee,
  response: z.enum(['accepted', 'tentative', 'declined', 'none']),
});

/**
 * Development only, loopback callers only (as `/dev/outbox/run`), the local calendar's stand-in for Outlook:
 * `GET /dev/calendar/invitations?attendee=<object id or address>` lists what the attendee is invited to (subjects
 * carry the case reference only); `POST /dev/calendar/respond` answers one (`{"eventId", "attendee", "response":
 * "declined"}`); `POST /dev/calendar/check` looks for declines and cancellations now instead of at the next interval.
 */
export function devCalendarRoutes(calendar: DevCalendar): Router {
  const router = Router();
  router.get('/dev/calendar/invitations', async (req, res, next) => {
    if (!isLoopback(req.socket.remoteAddress)) return next();
    const attendee = Attendee.safeParse(req.query['attendee']);
    if (!attendee.success) return void res.status(400).json({ error: 'bad-request' });
    try {
      res.json(await calendar.invitationsOf(attendee.data));
    } catch (e) {
      next(e);
    }
  });
  router.post('/dev/calendar/respond', async (req, res, next) => {
    if (!isLoopback(req.socket.remoteAddress)) return next();
    const input = Respond.safeParse(req.body);
    if (!input.success) return void res.status(400).json({ error: 'bad-request' });
    const { eventId, attendee, response } = input.data;
    try {
      if (!(await calendar.respond(eventId, attendee, response)))
        return void res.status(404).json({ error: 'no-such-invitation' });
      res.json({ eventId, response });
    } catch (e) {
      next(e);
    }
  });
  router.post('/dev/calendar/check', async (req, res, next) => {
    if (!isLoopback(req.socket.remoteAddress)) return next();
    try {
      res.json(await calendar.checkNow());
    } catch (e) {
      next(e);
    }
  });
  return router;
}
