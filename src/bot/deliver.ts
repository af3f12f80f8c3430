import { CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../cards/card-json.js';
import type { HandlerResult, Reply } from './reply.js';

const toActivity = (r: Reply): Partial<Activity> =>
  r.kind === 'text'
    ? MessageFactory.text(r.text)
    : MessageFactory.attachment(CardFactory.adaptiveCard(r.card));

const MESSAGE_RESPONSE = 'application/vnd.microsoft.activity.message';
const ERROR_RESPONSE = 'application/vnd.microsoft.error';

/** The Universal Actions body of an invoke response: the card that replaces the clicked one, or a short message. */
export function invokeBody(result: HandlerResult, fallbackMessage: string) {
  return result.card
    ? { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: result.card }
    : { statusCode: 200, type: MESSAGE_RESPONSE, value: fallbackMessage };
}

/** What an invoke the bot does not handle gets: HTTP 200 with the documented error body, never botbuilder's 501. */
export const unsupportedInvokeBody = (message: string) => ({
  statusCode: 400,
  type: ERROR_RESPONSE,
  value: { code: 'BadRequest', message },
});

export async function sendInvokeResponse(context: TurnContext, body: object): Promise<void> {
  await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body } });
}

/** How long to wait before retrying a send the channel refused, or undefined when not to retry. */
function retryDelayMs(e: unknown, attempt: number): number | undefined {
  const status = (e as { statusCode?: unknown }).statusCode;
  if (status === 429 || status === 412) {
    const retryAfter = Number(
      (e as { response?: { headers?: { get?(n: string): unknown } } }).response?.headers?.get?.(
        'retry-after',
      ),
    );
    const base = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 250 * 2 ** attempt;
    return attempt < 2 ? Math.min(base, 2_000) + Math.floor(Math.random() * 100) : undefined;
  }
  // A 5xx or a dropped connection may or may not have posted the message: retry once only, as Teams advises.
  if (status === 502 || status === 504 || isConnectionLost(e))
    return attempt < 1 ? 200 + Math.floor(Math.random() * 100) : undefined;
  return undefined;
}

/**
 * No answer came back: the connection was reset or refused, e.g. a keep-alive connection the service closed at the
 * moment it was reused (the request never reached it), or a timeout.
 */
const CONNECTION_LOST = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ETIMEDOUT', 'UND_ERR_SOCKET']);
const isConnectionLost = (e: unknown): boolean =>
  (e as { statusCode?: unknown }).statusCode === undefined &&
  CONNECTION_LOST.has(String((e as { code?: unknown }).code));

/**
 * Sends a turn's new messages in order, retrying throttling (honouring Retry-After, at most 2 s), and a gateway
 * error or a dropped connection once. Throws when a message could not be sent.
 */
export async function sendReplies(context: TurnContext, replies: readonly Reply[]): Promise<void> {
  for (const reply of replies) {
    for (let attempt = 0; ; attempt++) {
      try {
        await context.sendActivity(toActivity(reply));
        break;
      } catch (e) {
        const delay = retryDelayMs(e, attempt);
        if (delay === undefined) throw e;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }
}
