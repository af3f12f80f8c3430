import type { Request, RequestHandler, Response } from 'express';
import { genericBody } from './error-handler.js';
import { IncomingActivity } from './incoming-activity.js';

/** What the HTTP layer needs of the bot: CloudAdapter.process bound to the bot's turn logic. */
export interface BotEndpoint {
  process(req: Request, res: BotResponse): Promise<void>;
}

/** The response shape CloudAdapter writes to (express-compatible). */
export interface BotResponse {
  status(code: number): unknown;
  header(name: string, value: unknown): unknown;
  send(body?: unknown): unknown;
  end(): unknown;
}

/**
 * CloudAdapter writes `err.message` into 401/500 bodies; this facade swaps any error body for a generic one, so
 * the HTTP edge never leaks internals.
 */
function genericErrorFacade(res: Response): BotResponse {
  let status = 200;
  return {
    status(code) {
      status = code;
      res.status(code);
      return this;
    },
    header(name, value) {
      res.header(name, String(value));
      return this;
    },
    send(body) {
      if (status >= 400) res.json(genericBody(status));
      else if (body === undefined) res.end();
      else res.send(body);
      return this;
    },
    end() {
      if (res.writableEnded) return this;
      if (status >= 400 && !res.headersSent) res.json(genericBody(status));
      else res.end();
      return this;
    },
  };
}

export const botRoute =
  (bot: BotEndpoint): RequestHandler =>
  async (req, res) => {
    if (!IncomingActivity.safeParse(req.body).success) {
      res.status(400).json(genericBody(400));
      return;
    }
    await bot.process(req, genericErrorFacade(res));
  };
