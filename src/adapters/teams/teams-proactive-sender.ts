import {
  CardFactory,
  MessageFactory,
  type CloudAdapter,
  type ConversationReference as BotReference,
} from 'botbuilder';
import type { ConversationReference } from '../../ports/conversation-reference-store.js';
import type { OutgoingMessage, ProactiveSender, SendOutcome } from '../../ports/proactive-sender.js';

const toBotReference = (r: ConversationReference): Partial<BotReference> => ({
  channelId: 'msteams',
  serviceUrl: r.serviceUrl,
  conversation: {
    id: r.conversationId,
    conversationType: 'personal',
    tenantId: r.tenantId,
    isGroup: false,
    name: '',
  },
  bot: { id: r.botId, name: '' },
  user: { id: r.teamsUserId, aadObjectId: r.userId, name: '' },
});

/** Reads the channel's answer to a failed send; no message text (it may quote the activity). */
export function classifySendError(e: unknown): SendOutcome {
  const status = (e as { statusCode?: unknown }).statusCode;
  const code = typeof status === 'number' ? status : undefined;
  if (code === 429 || code === 412) {
    const header = (e as { response?: { headers?: { get?(n: string): unknown } } }).response?.headers?.get?.(
      'retry-after',
    );
    const seconds = Number(header);
    return {
      kind: 'throttled',
      retryAfterMs: Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined,
    };
  }
  // a 5xx, a timeout or a dropped connection: the message may have been posted
  if (code === undefined || code >= 500) return { kind: 'unclear', status: code };
  return { kind: 'refused', status: code };
}

/**
 * Sends through `CloudAdapter.continueConversationAsync` to the user's personal chat. The send is caught inside
 * the turn logic, so the adapter's onTurnError (which would answer "try again shortly") never sees it.
 */
export class TeamsProactiveSender implements ProactiveSender {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
  ) {}

  async send(reference: ConversationReference, message: OutgoingMessage): Promise<SendOutcome> {
    const activity =
      message.kind === 'text'
        ? MessageFactory.text(message.text)
        : MessageFactory.attachment(CardFactory.adaptiveCard(message.card));
    let outcome: SendOutcome = { kind: 'refused', status: undefined };
    try {
      await this.adapter.continueConversationAsync(
        this.botAppId,
        toBotReference(reference),
        async (context) => {
          try {
            await context.sendActivity(activity);
            outcome = { kind: 'sent' };
          } catch (e) {
            outcome = classifySendError(e);
          }
        },
      );
    } catch (e) {
      // the connector could not be created (e.g. no token): nothing was posted
      outcome = { kind: 'refused', status: (e as { statusCode?: number }).statusCode };
    }
    return outcome;
  }
}
