import { renderMenuCard, renderWelcomeCard } from '../../cards/welcome.js';
import { cardReply, type HandlerResult, type TurnInfo } from '../reply.js';

/** Greeting on install and the fallback menu. */
export const showWelcome = async ({ t }: TurnInfo): Promise<HandlerResult> => ({
  replies: [cardReply(renderWelcomeCard(t))],
});

/** Help on top of the menu's buttons, in one card: one answer per turn. */
export const showHelp = async ({ t }: TurnInfo): Promise<HandlerResult> => {
  const commands = Object.values(t.help.commands)
    .map((c) => `- ${c}`)
    .join('\n');
  // as the card of a clicked button it replaces that card; as the answer to typed text it is the one reply
  return { card: renderMenuCard(t, t.help.text({ commands })) };
};

/**
 * Text the bot did not understand: one card with a short line on top and the menu. What was typed is never
 * echoed back (it would be rendered as markdown), and the `_text` parameter stays so callers need not change.
 */
export const answerUnknownText = async (info: TurnInfo, _text?: string): Promise<HandlerResult> => ({
  replies: [cardReply(renderMenuCard(info.t, info.t.unknownText))],
});
