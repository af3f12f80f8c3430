import { renderMenuCard, renderWelcomeCard } from '../../cards/welcome.js';
import { cardReply, type HandlerResult, type TurnInfo } from '../reply.js';

/** Greeting on install and the fallback menu. */
export const showWelcome = async ({ t, roles }: TurnInfo): Promise<HandlerResult> => ({
  replies: [cardReply(renderWelcomeCard(t, roles))],
});

/** Each role's own commands, after the worker's. */
function roleCommands({ t, roles }: TurnInfo): string[] {
  const h = t.convenor.help;
  return [
    ...(roles.includes('convenor') ? [h.teams, h.agenda, h.outcomes] : []),
    ...(roles.includes('convenor') || roles.includes('admin') ? [h.roles] : []),
    ...(roles.includes('evaluator') ? [h.evaluator] : []),
  ];
}

/** Help on top of the menu's buttons, in one card: one answer per turn. */
export const showHelp = async (info: TurnInfo): Promise<HandlerResult> => {
  const { t } = info;
  const commands = [...Object.values(t.help.commands), ...roleCommands(info)].map((c) => `- ${c}`).join('\n');
  // as the card of a clicked button it replaces that card; as the answer to typed text it is the one reply
  return { card: renderMenuCard(t, t.help.text({ commands }), info.roles) };
};

/**
 * Text the bot did not understand: one card with a short line on top and the menu. What was typed is never
 * echoed back (it would be rendered as markdown), and the `_text` parameter stays so callers need not change.
 */
export const answerUnknownText = async (info: TurnInfo, _text?: string): Promise<HandlerResult> => ({
  replies: [cardReply(renderMenuCard(info.t, info.t.unknownText, info.roles))],
});
