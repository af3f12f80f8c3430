/** Process log. Fields are codes, ids and numbers only: never case text, tokens or identity codes. */
export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/** Describes an error for the log without its message, which may quote user input. */
export function describeError(e: unknown): LogFields {
  if (e instanceof Error) {
    const { code, operation, statusCode, cause } = e as {
      code?: unknown;
      operation?: unknown;
      statusCode?: unknown;
      cause?: unknown;
    };
    const causeCode = (cause as { code?: unknown } | undefined)?.code;
    return {
      errorName: e.name,
      errorCode: codeOf(code),
      // a StoreError's operation, e.g. "cases.insert"; the channel's HTTP status of a failed send
      operation: typeof operation === 'string' ? operation : undefined,
      statusCode: typeof statusCode === 'number' ? statusCode : undefined,
      causeName: cause instanceof Error ? cause.name : undefined,
      causeCode: codeOf(causeCode),
    };
  }
  return { errorName: typeof e };
}

const codeOf = (c: unknown) => (typeof c === 'string' || typeof c === 'number' ? c : undefined);
