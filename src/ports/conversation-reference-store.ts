/**
 * Where to reach a user proactively: what Teams gave the bot on the user's last personal-chat turn. Kept by Entra
 * object id + tenant; holds ids and the channel's service URL, never names or text.
 */
export interface ConversationReference {
  /** Entra object id of the user. */
  readonly userId: string;
  readonly tenantId: string;
  /** The user's Teams id (`29:…`). */
  readonly teamsUserId: string;
  /** The personal chat's conversation id. */
  readonly conversationId: string;
  /** The bot's Teams id (`28:…`). */
  readonly botId: string;
  /** The Bot Connector service of the user's region, from an authenticated activity. */
  readonly serviceUrl: string;
}

/** Conversation references, one per user. Adapters throw StoreError on infrastructure failures. */
export interface ConversationReferenceStore {
  /** The user's reference, or undefined when the user never talked to the bot in a personal chat. */
  referenceOf(user: {
    readonly userId: string;
    readonly tenantId: string;
  }): Promise<ConversationReference | undefined>;
  /** Stores the reference; resolves `true` when it was new or differed from the stored one. */
  save(reference: ConversationReference, at: Date): Promise<boolean>;
}

/** True when two references reach the same chat the same way. */
export const isSameReference = (a: ConversationReference, b: ConversationReference): boolean =>
  a.userId === b.userId &&
  a.tenantId === b.tenantId &&
  a.teamsUserId === b.teamsUserId &&
  a.conversationId === b.conversationId &&
  a.botId === b.botId &&
  a.serviceUrl === b.serviceUrl;
