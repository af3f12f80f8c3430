import type { ErrorRequestHandler, RequestHandler } from 'express';
import { describeError } from '../ports/logger.js';
import type { Logger } from '../ports/logger.js';

/** Generic bodies only: never a stack trace or an error's message, which may quote the request. */
export const genericBody = (status: number) => ({
  error: STATUS_WORDS[status] ?? (status >= 500 ? 'internal error' : 'bad request'),
});

const STATUS_WORDS: Readonly<Record<number, string>> = {
  400: 'bad request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not found',
  405: 'method not allowed',
  413: 'payload too large',
  415: 'unsupported media type',
  500: 'internal error',
  503: 'service unavailable',
};

export const notFound: RequestHandler = (_req, res) => {
  res.status(404).json(genericBody(404));
};

/** The one HTTP error translator. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const e = err as { status?: unknown; statusCode?: unknown; type?: unknown };
    const raw =
      typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : 500;
    const status = raw >= 400 && raw < 600 ? raw : 500;
    const level = status >= 500 ? 'error' : 'warn';
    logger[level]('http.error', { status, method: req.method, path: req.path, ...describeError(err) });
    if (res.headersSent) return;
    res.status(status).json(genericBody(status));
  };
}
