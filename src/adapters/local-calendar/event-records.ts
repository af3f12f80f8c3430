import type { AttendeeResponse } from '../../domain/scheduling/event-state.js';

/** A local calendar event as the store keeps it; `attendees` include the organizer, so one query finds both. */
export interface LocalEvent {
  readonly id: string;
  readonly organizer: string;
  readonly subject: string;
  readonly attendees: readonly string[];
  readonly start: Date;
  readonly end: Date;
  readonly joinUrl: string;
  readonly isCancelled: boolean;
  /** Attendees' answers to the invitation (none yet: absent); an array, since ids may hold dots. */
  readonly responses?: readonly { readonly id: string; readonly response: AttendeeResponse }[];
}

/** Where the local calendar keeps its events: the memory or MongoDB store. */
export interface EventRecords {
  /** `false` when the id is taken (the same transaction created it before). */
  insert(e: LocalEvent): Promise<boolean>;
  get(id: string): Promise<LocalEvent | undefined>;
  replace(e: LocalEvent): Promise<void>;
  /** Events not cancelled that a person attends and that overlap the window. */
  listForPerson(
    person: string,
    window: { readonly start: number; readonly end: number },
  ): Promise<LocalEvent[]>;
}
