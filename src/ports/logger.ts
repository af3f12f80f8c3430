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
    const code = (e as { code?: unknown }).code;
    return {
      errorName: e.name,
      errorCode: typeof code === 'string' || typeof code === 'number' ? code : undefined,
    };
  }
  return { errorName: typeof e };
}
