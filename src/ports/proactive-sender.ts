import type { ConversationReference } from './conversation-reference-store.js';

/** A rendered message: an Adaptive Card (JSON) or plain text. */
export type OutgoingMessage =
  { readonly kind: 'card'; readonly card: object } | { readonly kind: 'text'; readonly text: string };

/**
 * What the channel said to one send, as a value: `throttled` was refused and may be retried (429/412);
 * `unclear` may or may not have been posted (5xx, timeout, connection lost); `refused` will not work as it is.
 */
export type SendOutcome =
  | { readonly kind: 'sent' }
  | { readonly kind: 'throttled'; readonly retryAfterMs: number | undefined }
  | { readonly kind: 'unclear'; readonly status: number | undefined }
  | { readonly kind: 'refused'; readonly status: number | undefined };

/** Sends one message to a user's personal chat, outside any turn. Never throws for channel answers. */
export interface ProactiveSender {
  send(reference: ConversationReference, message: OutgoingMessage): Promise<SendOutcome>;
}
