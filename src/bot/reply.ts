import type { AdaptiveCardJson } from '../cards/card-json.js';
import type { Messages } from '../i18n/fi.js';
import type { Locale } from '../i18n/locale.js';
import type { Role } from '../domain/roles/roles.js';

/** A message the bot sends: markdown text or one Adaptive Card. */
export type Reply =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'card'; readonly card: AdaptiveCardJson };

export const textReply = (text: string): Reply => ({ kind: 'text', text });
export const cardReply = (card: AdaptiveCardJson): Reply => ({ kind: 'card', card });

/** Who is acting, as Teams tells it: Entra object id + tenant id; never a name. */
export interface Actor {
  readonly userId: string;
  readonly tenantId: string;
}

/** Where a turn happens: case text, intake and case lists belong to `personal` only. */
export type Scope = 'personal' | 'groupChat' | 'channel';

/** What a handler knows about the turn, free of botbuilder types. */
export interface TurnInfo {
  readonly actor: Actor;
  readonly locale: Locale;
  readonly t: Messages;
  readonly activityId: string;
  readonly conversationId: string;
  readonly scope: Scope;
  /** The bot's own channel account id (`28:<app id>`), for links to the personal chat. */
  readonly botId: string;
  /** The user's Teams channel account id (`29:…`): what a card's `refresh.userIds` lists. */
  readonly teamsUserId: string;
  /** The actor's roles, looked up once per turn by the router (`worker` until then: least privilege). */
  readonly roles: readonly Role[];
}

/** What a handler answers: a card that replaces the clicked one, and/or new messages. */
export interface HandlerResult {
  readonly card?: AdaptiveCardJson;
  readonly replies?: readonly Reply[];
}
