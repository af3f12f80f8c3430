import { describe, expect, it } from 'vitest';
import { LocalCalendarProvider } from '../../src/adapters/local-calendar/local-calendar-provider.js';
import type { AttendeeResponse } from '../../src/domain/scheduling/event-state.js';
import type { CalendarEventInput, CalendarProvider } from '../../src/ports/calendar-provider.js';

const ORGANIZER = { id: '44444444-4444-4444-8444-444444444444' };
const MEMBER = { id: 'kela.edustaja@example.fi' };
const OTHER = { id: 'someone.else@example.fi' };
const event = (over: Partial<CalendarEventInput> = {}): CalendarEventInput => ({
  subject: 'TYM-konsultaatiotiimi kuopio',
  attendees: [MEMBER],
  start: new Date('2026-05-12T06:00:00Z'),
  end: new Date('2026-05-12T07:30:00Z'),
  isOnlineMeeting: true,
  transactionId: 'team-1|2026-05-12',
  ...over,
});
const window = { start: Date.parse('2026-05-11T00:00:00Z'), end: Date.parse('2026-05-16T00:00:00Z') };

/** An attendee answers an invitation the way the calendar's users do (a dev route, Outlook's buttons). */
export type AnswerAsAttendee = (
  calendar: CalendarProvider,
  eventId: string,
  attendee: string,
  response: AttendeeResponse,
) => Promise<void>;

/** The local calendar's attendees answer through its development method (the dev route's). */
export const answerLocally: AnswerAsAttendee = async (calendar, eventId, attendee, response) => {
  if (!(calendar instanceof LocalCalendarProvider)) throw new Error('not the local calendar');
  if (!(await calendar.respond(eventId, attendee, response))) throw new Error(`${attendee} cannot answer`);
};

/**
 * What every CalendarProvider must do, the local one and Microsoft Graph's. `make` gives a provider with an empty
 * calendar for every test, and the way its attendees answer invitations.
 */
export function describeCalendarProviderContract(
  name: string,
  make: () => Promise<CalendarProvider>,
  answer: AnswerAsAttendee,
): void {
  describe(`CalendarProvider contract: ${name}`, () => {
    it('creates a Teams meeting with a join link, once per transaction id', async () => {
      const cal = await make();
      const first = await cal.createEvent(ORGANIZER, event());
      expect(first.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
      expect(await cal.createEvent(ORGANIZER, event())).toEqual(first);
      const other = await cal.createEvent(ORGANIZER, event({ transactionId: 'team-1|2026-05-13' }));
      expect(other.eventId).not.toBe(first.eventId);
    });

    it('reports the attendees and the organizer busy for the event, in the order asked', async () => {
      const cal = await make();
      await cal.createEvent(ORGANIZER, event());
      const answers = await cal.getSchedule([MEMBER, OTHER, ORGANIZER], window);
      expect(answers.map((a) => a.id)).toEqual([MEMBER.id, OTHER.id, ORGANIZER.id]);
      const busy = answers.map((a) => (a.ok ? a.busy : undefined));
      const slot = { start: Date.parse('2026-05-12T06:00:00Z'), end: Date.parse('2026-05-12T07:30:00Z') };
      expect(busy).toEqual([[slot], [], [slot]]);
      for (const a of answers) if (a.ok) expect(a.workingHours.timeZone).toBe('Europe/Helsinki');
    });

    it('moves an event and cancels it; a cancelled or unknown event is not changed', async () => {
      const cal = await make();
      const { eventId } = await cal.createEvent(ORGANIZER, event());
      const start = new Date('2026-05-13T06:00:00Z');
      const end = new Date('2026-05-13T07:30:00Z');
      expect(await cal.updateEvent(ORGANIZER, eventId, { start, end })).toBe(true);
      const [moved] = await cal.getSchedule([MEMBER], window);
      expect(moved?.ok && moved.busy).toEqual([{ start: start.getTime(), end: end.getTime() }]);
      expect(await cal.cancelEvent(ORGANIZER, eventId)).toBe(true);
      expect(await cal.cancelEvent(ORGANIZER, eventId)).toBe(false);
      expect(await cal.updateEvent(ORGANIZER, eventId, { start })).toBe(false);
      expect(await cal.updateEvent(ORGANIZER, 'no-such-event', { start })).toBe(false);
      const [after] = await cal.getSchedule([MEMBER], window);
      expect(after?.ok && after.busy).toEqual([]);
    });

    it("tells an event still on with each asked attendee's answer, none until they answer", async () => {
      const cal = await make();
      const { eventId } = await cal.createEvent(ORGANIZER, event({ attendees: [MEMBER, OTHER] }));
      const query = { eventId, attendees: [OTHER, MEMBER] };
      expect(await cal.getEventStates(ORGANIZER, [query])).toEqual([
        {
          eventId,
          status: 'active',
          responses: [
            { id: OTHER.id, response: 'none' },
            { id: MEMBER.id, response: 'none' },
          ],
        },
      ]);
      await answer(cal, eventId, MEMBER.id, 'declined');
      await answer(cal, eventId, OTHER.id, 'tentative');
      const [state] = await cal.getEventStates(ORGANIZER, [query]);
      expect(state?.status === 'active' && state.responses).toEqual([
        { id: OTHER.id, response: 'tentative' },
        { id: MEMBER.id, response: 'declined' },
      ]);
      await answer(cal, eventId, MEMBER.id, 'accepted');
      const [again] = await cal.getEventStates(ORGANIZER, [query]);
      expect(again?.status === 'active' && again.responses[1]).toEqual({
        id: MEMBER.id,
        response: 'accepted',
      });
    });

    it("tells a cancelled, unknown or other organizer's event as cancelled, in the order asked", async () => {
      const cal = await make();
      const kept = await cal.createEvent(ORGANIZER, event());
      const gone = await cal.createEvent(ORGANIZER, event({ transactionId: 'team-1|2026-05-13' }));
      await cal.cancelEvent(ORGANIZER, gone.eventId);
      const states = await cal.getEventStates(ORGANIZER, [
        { eventId: gone.eventId, attendees: [MEMBER] },
        { eventId: 'no-such-event', attendees: [MEMBER] },
        { eventId: kept.eventId, attendees: [] },
      ]);
      expect(states).toEqual([
        { eventId: gone.eventId, status: 'cancelled' },
        { eventId: 'no-such-event', status: 'cancelled' },
        { eventId: kept.eventId, status: 'active', responses: [] },
      ]);
      expect(await cal.getEventStates(ORGANIZER, [])).toEqual([]);
    });

    it('lets only the organizer change the event', async () => {
      const cal = await make();
      const { eventId } = await cal.createEvent(ORGANIZER, event());
      expect(await cal.cancelEvent(OTHER, eventId)).toBe(false);
    });
  });
}
