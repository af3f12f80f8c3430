import {
  isSameReference,
  type ConversationReference,
  type ConversationReferenceStore,
} from '../../ports/conversation-reference-store.js';

const keyOf = (u: { userId: string; tenantId: string }) => `${u.tenantId}|${u.userId}`;

export class MemoryConversationReferenceStore implements ConversationReferenceStore {
  private readonly references = new Map<string, ConversationReference>();

  async referenceOf(user: { userId: string; tenantId: string }): Promise<ConversationReference | undefined> {
    const found = this.references.get(keyOf(user));
    return found ? { ...found } : undefined;
  }

  async save(reference: ConversationReference): Promise<boolean> {
    const current = this.references.get(keyOf(reference));
    if (current && isSameReference(current, reference)) return false;
    this.references.set(keyOf(reference), { ...reference });
    return true;
  }
}
