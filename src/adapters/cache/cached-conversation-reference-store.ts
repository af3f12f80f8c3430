import {
  isSameReference,
  type ConversationReference,
  type ConversationReferenceStore,
} from '../../ports/conversation-reference-store.js';

/**
 * Every personal-chat turn saves the user's reference; this process remembers what it last saved or read, so a
 * steady user's turn costs no round trip. Bounded: the oldest entries go first. Reads go to the store.
 */
export class CachedConversationReferenceStore implements ConversationReferenceStore {
  private readonly known = new Map<string, ConversationReference>();

  constructor(
    private readonly inner: ConversationReferenceStore,
    private readonly maxEntries = 10_000,
  ) {}

  referenceOf(user: { userId: string; tenantId: string }): Promise<ConversationReference | undefined> {
    return this.inner.referenceOf(user);
  }

  async save(reference: ConversationReference, at: Date): Promise<boolean> {
    const key = `${reference.tenantId}|${reference.userId}`;
    const cached = this.known.get(key);
    if (cached && isSameReference(cached, reference)) return false;
    const changed = await this.inner.save(reference, at);
    this.known.delete(key);
    if (this.known.size >= this.maxEntries) this.known.delete(this.known.keys().next().value as string);
    this.known.set(key, { ...reference });
    return changed;
  }
}
