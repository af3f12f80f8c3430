import {
  ActivityHandler,
  CardFactory,
  MessageFactory,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';
import type { AppDeps } from '../app/app-deps.js';
import { describeError } from '../ports/logger.js';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../cards/card-json.js';
import { renderNoticeCard } from '../cards/notice.js';
import type { Logger } from '../ports/logger.js';
import { createCardActions, type CardAction } from './card-actions.js';
import { answerUnknownText, showWelcome } from './handlers/menu.js';
import type { HandlerResult, Reply, TurnInfo } from './reply.js';
import { parseTextCommand } from './text-commands.js';
import { toTurnInfo } from './turn-info.js';
import { isVerb, type Verb } from './verbs.js';

export interface BotDeps {
  readonly logger: Logger;
  readonly app: AppDeps;
}

const toActivity = (r: Reply) =>
  r.kind === 'text'
    ? MessageFactory.text(r.text)
    : MessageFactory.attachment(CardFactory.adaptiveCard(r.card));

/** Turn routing: install -> welcome, text -> command table, Action.Execute -> verb table. */
export class TymBot extends ActivityHandler {
  private readonly actions: Readonly<Record<Verb, CardAction>>;

  constructor(private readonly deps: BotDeps) {
    super();
    this.actions = createCardActions(deps.app);
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
          ? this.actions[verb](info, {})
          : text.trim()
            ? answerUnknownText(info, text.trim())
            : showWelcome(info),
      );
      await next();
    });
  }

  /**
   * Teams redelivers an activity when the bot is slow: the first delivery claims its key in the store (shared by
   * all instances) and later ones are answered without doing anything. A failed turn gives the key back.
   */
  override async run(context: TurnContext): Promise<void> {
    const { id, conversation } = context.activity;
    const key = id && conversation?.id ? `${conversation.id}|${id}` : undefined;
    if (key && !(await this.deps.app.stores.dedupe.claim(key, this.deps.app.clock.now()))) {
      this.deps.logger.info('turn.duplicate', { activityType: context.activity.type });
      if (context.activity.type === 'invoke')
        await context.sendActivity({ type: 'invokeResponse', value: { status: 200 } });
      return;
    }
    try {
      await super.run(context);
    } finally {
      if (key && context.turnState.get(TURN_FAILED))
        await this.deps.app.stores.dedupe.release(key).catch(() => undefined);
    }
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const verb = invokeValue.action.verb;
    const info = toTurnInfo(context);
    const result = await this.respond(
      context,
      (i) =>
        isVerb(verb) ? this.actions[verb](i, invokeValue.action.data) : Promise.resolve(unknownAction(i)),
      info,
    );
    if (result?.card) return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: result.card };
    // Teams shows a message-type invoke response under the clicked card: say where the answer went.
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: info.t.common.actionDone as never,
    };
  }

  /** Runs a handler and sends its replies; an unexpected failure becomes a polite "try again" card and a log line. */
  private async respond(
    context: TurnContext,
    handler: (info: TurnInfo) => Promise<HandlerResult>,
    info: TurnInfo = toTurnInfo(context),
  ): Promise<HandlerResult | undefined> {
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
      context.turnState.set(TURN_FAILED, true);
      await context
        .sendActivity(
          toActivity({ kind: 'card', card: renderNoticeCard(info.t, info.t.common.tryAgainShortly) }),
        )
        .catch(() => undefined);
      return undefined;
    }
    for (const reply of result.replies ?? []) await context.sendActivity(toActivity(reply));
    return result;
  }
}

/** Set when a handler failed and the user was told, so that the dedupe key is given back for a redelivery. */
const TURN_FAILED = Symbol('tym.turnFailed');

const unknownAction = (info: TurnInfo): HandlerResult => ({
  replies: [{ kind: 'text', text: info.t.common.unknownAction }],
});
