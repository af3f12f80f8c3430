import {
  ActivityHandler,
  CardFactory,
  MessageFactory,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';
import { describeError } from '../adapters/log/json-logger.js';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../cards/card-json.js';
import type { Logger } from '../ports/logger.js';
import { cardActions } from './card-actions.js';
import { answerUnknownText, showWelcome } from './handlers/menu.js';
import type { HandlerResult, Reply, TurnInfo } from './reply.js';
import { parseTextCommand } from './text-commands.js';
import { toTurnInfo } from './turn-info.js';
import { isVerb } from './verbs.js';

export interface BotDeps {
  readonly logger: Logger;
}

const toActivity = (r: Reply) =>
  r.kind === 'text'
    ? MessageFactory.text(r.text)
    : MessageFactory.attachment(CardFactory.adaptiveCard(r.card));

/** Turn routing: install -> welcome, text -> command table, Action.Execute -> verb table. */
export class TymBot extends ActivityHandler {
  constructor(private readonly deps: BotDeps) {
    super();
    this.onMembersAdded(async (context, next) => {
      const isBotAdded = context.activity.membersAdded?.some((m) => m.id === context.activity.recipient.id);
      if (isBotAdded) await this.respond(context, showWelcome);
      await next();
    });
    this.onMessage(async (context, next) => {
      const text = context.activity.text ?? '';
      const verb = parseTextCommand(text);
      await this.respond(context, (info) =>
        verb
          ? cardActions[verb](info, {})
          : text.trim()
            ? answerUnknownText(info, text.trim())
            : showWelcome(info),
      );
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const verb = invokeValue.action.verb;
    const result = await this.respond(context, (info) =>
      isVerb(verb) ? cardActions[verb](info, invokeValue.action.data) : Promise.resolve(unknownAction(info)),
    );
    if (result?.card) return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: result.card };
    return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: '' as never };
  }

  /** Runs a handler and sends its replies; an unexpected failure becomes a polite "try again" and a log line. */
  private async respond(
    context: TurnContext,
    handler: (info: TurnInfo) => Promise<HandlerResult>,
  ): Promise<HandlerResult | undefined> {
    const info = toTurnInfo(context);
    this.deps.logger.debug('turn.received', {
      activityType: context.activity.type,
      name: context.activity.name,
      teamsLocale: context.activity.locale,
      locale: info.locale,
    });
    let result: HandlerResult;
    try {
      result = await handler(info);
    } catch (e) {
      this.deps.logger.error('turn.failed', { activityType: context.activity.type, ...describeError(e) });
      await context.sendActivity(MessageFactory.text(info.t.common.tryAgainShortly));
      return undefined;
    }
    for (const reply of result.replies ?? []) await context.sendActivity(toActivity(reply));
    return result;
  }
}

const unknownAction = (info: TurnInfo): HandlerResult => ({
  replies: [{ kind: 'text', text: info.t.common.unknownAction }],
});
