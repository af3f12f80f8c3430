import type { Clock } from '../../ports/clock.js';
import type { ConversationReference } from '../../ports/conversation-reference-store.js';
import type { Stores } from '../../ports/stores.js';

/**
 * Keeps where to reach the user; when that is new or changed, notices that waited for it are queued again.
 * Resolves how many were woken.
 */
export async function rememberReference(
  deps: { readonly stores: Stores; readonly clock: Clock },
  reference: ConversationReference,
): Promise<number> {
  const now = deps.clock.now();
  const changed = await deps.stores.conversationReferences.save(reference, now);
  return changed ? deps.stores.outbox.wake(reference, now) : 0;
}
