/** Why a Graph call failed, as the adapter's callers may need to tell apart. */
export type GraphErrorCode =
  /** Graph answered with an HTTP error (after the client's retries for 429/503/504). */
  | 'http'
  /** The network or the token request failed before Graph answered. */
  | 'transport'
  /** Graph answered 2xx with a body that is not the documented shape. */
  | 'unexpected-response'
  /** An attendee given by object id has no user in the directory. */
  | 'unknown-person'
  /** A Teams meeting was asked for, but the created event has no join link (the event exists: see `eventId`). */
  | 'no-join-link';

/** The one error type of the Graph adapter; the bot's and the HTTP error handlers translate it. */
export class GraphError extends Error {
  constructor(
    readonly code: GraphErrorCode,
    message: string,
    readonly details: {
      readonly status?: number;
      /** Graph's `error.code`, e.g. `ErrorItemNotFound`, `ErrorAccessDenied`. */
      readonly graphCode?: string;
      readonly eventId?: string;
      readonly cause?: unknown;
    } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'GraphError';
  }

  get status(): number | undefined {
    return this.details.status;
  }
}
