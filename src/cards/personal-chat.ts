import { z } from 'zod';
import template from '../../cards/personal-chat.card.json' with { type: 'json' };
import type { Messages } from '../i18n/fi.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';

export const PersonalChatData = z.object({
  text: z.string().min(1),
  openChat: z.string().min(1),
  chatUrl: z.url({ protocol: /^https$/ }),
});

/** Teams' deep link to a 1:1 chat with the bot; `botId` is the bot's channel account id (`28:<app id>`). */
export const personalChatUrl = (botId: string): string =>
  `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(botId)}`;

/** What a group chat or channel gets instead of anything personal: a short note and a way to the 1:1 chat. */
export function renderPersonalChatCard(t: Messages, text: string, botId: string): AdaptiveCardJson {
  return expandTemplate(
    template,
    PersonalChatData.parse({ text, openChat: t.turn.openPersonalChat, chatUrl: personalChatUrl(botId) }),
  );
}
