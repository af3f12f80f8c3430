import { describe, expect, it } from 'vitest';
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

/**
 * What every CalendarProvider must do, the local one and (later) Microsoft Graph's. `make` gives a provider with an
 * empty calendar for every test.
 */
export function describeCalendarProviderContract(name: string, make: () => Promise<CalendarProvider>): void {
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

    it('lets only the organizer change the event', async () => {
      const cal = await make();
      const { eventId } = await cal.createEvent(ORGANIZER, event());
      expect(await cal.cancelEvent(OTHER, eventId)).toBe(false);
    });
  });
}
