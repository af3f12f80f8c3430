/** An attendee's answer to a meeting invitation, as every calendar can tell it. */
export type AttendeeResponse = 'accepted' | 'tentative' | 'declined' | 'none';

/**
 * What became of an event the app booked: still on (with each asked attendee's answer), cancelled or gone from the
 * organizer's calendar, or not readable this time (try again later; it says nothing about the event).
 */
export type EventState =
  | {
      readonly eventId: string;
      readonly status: 'active';
      /** In the order asked, each attendee named as asked. */
      readonly responses: readonly { readonly id: string; readonly response: AttendeeResponse }[];
    }
  | { readonly eventId: string; readonly status: 'cancelled' }
  | { readonly eventId: string; readonly status: 'unavailable' };
