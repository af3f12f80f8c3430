import type { Middleware, TurnContext } from 'botbuilder';

/** Characters an HTTP header value cannot carry (Node refuses anything outside Latin-1). */
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose: all of Latin-1
const NOT_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * The Bot Connector client puts the conversation id of a *reply* into the `x-ms-conversation-id` header as is,
 * so an id with characters beyond Latin-1 makes every reply fail (ERR_INVALID_CHAR). For such a conversation the
 * replies are sent as new messages to the conversation instead, whose id goes URL-encoded into the path.
 */
export function headerSafeReplies(): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      if (NOT_LATIN1.test(context.activity.conversation?.id ?? '')) {
        context.onSendActivities(async (_ctx, activities, send) => {
          for (const a of activities) delete a.replyToId;
          return send();
        });
      }
      await next();
    },
  };
}
