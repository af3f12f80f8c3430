/** The current time, injectable so that tests control it. */
export interface Clock {
  now(): Date;
}

/** New unique ids (UUIDs). */
export interface IdGenerator {
  newId(): string;
}
