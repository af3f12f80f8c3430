import type { TurnContext } from 'botbuilder';
import type { AppDeps } from '../app/app-deps.js';
import { rememberReference } from '../app/outbox/remember-reference.js';
import type { ConversationReference } from '../ports/conversation-reference-store.js';
import { describeError } from '../ports/logger.js';
import { scopeOf, tenantOf } from './turn-info.js';

type Activity = TurnContext['activity'];

const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** Where to reach the sender of a personal-chat activity later; undefined elsewhere or when an id is missing. */
export function conversationReferenceOf(a: Activity): ConversationReference | undefined {
  if (scopeOf(a) !== 'personal') return undefined;
  const r = {
    userId: text(a.from?.aadObjectId),
    tenantId: text(tenantOf(a)),
    teamsUserId: text(a.from?.id),
    conversationId: text(a.conversation?.id),
    botId: text(a.recipient?.id),
    serviceUrl: text(a.serviceUrl),
  };
  return Object.values(r).every((v) => v !== undefined) ? (r as ConversationReference) : undefined;
}

/** Records the user's reference (one round trip only when it changed); a store failure costs only this. */
export async function recordReference(app: AppDeps, a: Activity): Promise<void> {
  const reference = conversationReferenceOf(a);
  if (!reference) return;
  await rememberReference(app, reference).catch((e: unknown) =>
    app.logger.warn('turn.reference-not-saved', describeError(e)),
  );
}
