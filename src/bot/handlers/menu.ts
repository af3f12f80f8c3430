import { renderWelcomeCard } from '../../cards/welcome.js';
import { cardReply, textReply, type HandlerResult, type TurnInfo } from '../reply.js';

/** Greeting on install and the fallback menu. */
export const showWelcome = async ({ t }: TurnInfo): Promise<HandlerResult> => ({
  replies: [cardReply(renderWelcomeCard(t))],
});

/** Help as text (it answers the typed command too) followed by the menu card. */
export const showHelp = async ({ t }: TurnInfo): Promise<HandlerResult> => {
  const commands = Object.values(t.help.commands)
    .map((c) => `- ${c}`)
    .join('\n');
  return { replies: [textReply(t.help.text({ commands })), cardReply(renderWelcomeCard(t))] };
};

/** Placeholder for actions whose issue has not landed yet. */
export const showComingSoon = async ({ t }: TurnInfo): Promise<HandlerResult> => ({
  replies: [textReply(t.common.comingSoon)],
});

/** Text the bot did not understand: say so, and show what it can do. */
export const answerUnknownText = async (info: TurnInfo, text: string): Promise<HandlerResult> => {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return { replies: [textReply(info.t.unknownText({ text: shown })), cardReply(renderWelcomeCard(info.t))] };
};
