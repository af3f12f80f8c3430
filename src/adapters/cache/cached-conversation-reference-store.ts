import {
  isSameReference,
  type ConversationReference,
  type ConversationReferenceStore,
} from '../../ports/conversation-reference-store.js';
import { PerUserCache } from './per-user-cache.js';

/**
 * Every personal-chat turn saves the user's reference; this process remembers what it last saved or read, so a
 * steady user's turn costs no round trip. Bounded: the oldest entries go first. Reads go to the store.
 */
export class CachedConversationReferenceStore implements ConversationReferenceStore {
  private readonly known: PerUserCache<ConversationReference>;

  constructor(
    private readonly inner: ConversationReferenceStore,
    maxEntries = 10_000,
  ) {
    this.known = new PerUserCache(Date.now, Number.POSITIVE_INFINITY, maxEntries);
  }

  referenceOf(user: { userId: string; tenantId: string }): Promise<ConversationReference | undefined> {
    return this.inner.referenceOf(user);
  }

  async save(reference: ConversationReference, at: Date): Promise<boolean> {
    const cached = this.known.get(reference)?.value;
    if (cached && isSameReference(cached, reference)) return false;
    const changed = await this.inner.save(reference, at);
    this.known.set(reference, { ...reference });
    return changed;
  }
}
