import { renderPersonalChatCard } from '../../cards/personal-chat.js';
import { renderNoticeCard } from '../../cards/notice.js';
import type { HandlerResult, TurnInfo } from '../reply.js';

/** Anything personal asked for in a group chat or channel: a short note and a button to the 1:1 chat. */
export const showPersonalOnly = async (info: TurnInfo): Promise<HandlerResult> => ({
  card: renderPersonalChatCard(info.t, info.t.turn.personalOnly, info.botId),
});

/** A verb the actor's role may not run (e.g. a worker replaying a convenor's card): nothing changes. */
export const showNotAllowed = async (info: TurnInfo): Promise<HandlerResult> => ({
  card: renderNoticeCard(info.t, info.t.convenor.refused),
});

/** Help (and the greeting) in a group chat or channel: what the bot does there, and the way to the 1:1 chat. */
export const showGroupHelp = async (info: TurnInfo): Promise<HandlerResult> => ({
  card: renderPersonalChatCard(info.t, info.t.turn.groupHelp, info.botId),
});
