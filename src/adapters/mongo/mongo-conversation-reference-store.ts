import type { Collection } from 'mongodb';
import {
  isSameReference,
  type ConversationReference,
  type ConversationReferenceStore,
} from '../../ports/conversation-reference-store.js';
import type { ConversationReferenceDocument } from './mongo-mappers.js';
import { requireDate, requireString } from './safe-filter.js';
import { storeCall } from './store-call.js';

const FIELDS = ['userId', 'tenantId', 'teamsUserId', 'conversationId', 'botId', 'serviceUrl'] as const;

/** One document per user (`_id` = `tenant|user`): a lookup is one `_id` read, a change one upsert. */
export class MongoConversationReferenceStore implements ConversationReferenceStore {
  constructor(private readonly references: Collection<ConversationReferenceDocument>) {}

  async referenceOf(user: { userId: string; tenantId: string }): Promise<ConversationReference | undefined> {
    const op = 'conversationReferences.referenceOf';
    const _id = `${requireString(user.tenantId, 'tenantId', op)}|${requireString(user.userId, 'userId', op)}`;
    const d = await storeCall(op, () => this.references.findOne({ _id }));
    if (!d) return undefined;
    const { userId, tenantId, teamsUserId, conversationId, botId, serviceUrl } = d;
    return { userId, tenantId, teamsUserId, conversationId, botId, serviceUrl };
  }

  async save(reference: ConversationReference, at: Date): Promise<boolean> {
    const op = 'conversationReferences.save';
    const r = Object.fromEntries(FIELDS.map((f) => [f, requireString(reference[f], f, op)])) as Record<
      (typeof FIELDS)[number],
      string
    >;
    const updatedAt = requireDate(at, 'at', op);
    const current = await this.referenceOf(r);
    if (current && isSameReference(current, r)) return false;
    await storeCall(op, () =>
      this.references.updateOne(
        { _id: `${r.tenantId}|${r.userId}` },
        { $set: { ...r, updatedAt } },
        { upsert: true },
      ),
    );
    return true;
  }
}
