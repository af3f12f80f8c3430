import type { TurnContext } from 'botbuilder';
import type { AppDeps } from '../app/app-deps.js';
import { renderNoticeCard } from '../cards/notice.js';
import type { Logger } from '../ports/logger.js';
import { describeError } from '../ports/logger.js';
import { recordReference } from './conversation-reference.js';
import { invokeBody, sendInvokeResponse, sendReplies, unsupportedInvokeBody } from './deliver.js';
import { cardReply, type HandlerResult, type Reply, type TurnInfo } from './reply.js';
import { routeActivity, type Work } from './routes.js';
import { pickLocale, type Locale } from '../i18n/locale.js';
import { actorOf, teamsLocaleOf, toTurnInfo } from './turn-info.js';
import { turnIds } from './turn-ids.js';
import { journalWrites } from './write-journal.js';

export interface BotDeps {
  readonly logger: Logger;
  readonly app: AppDeps;
  /** Development only: the client locale to assume (the Agents Playground always sends en-US). */
  readonly clientLocaleOverride?: Locale | undefined;
}

/** A re-run's answer: the card for the clicked one (or the first card it would have posted), no new messages. */
const onlyTheCard = (r: HandlerResult): HandlerResult => {
  const card = r.card ?? r.replies?.find((x) => x.kind === 'card')?.card;
  return card ? { card } : {};
};

/** Set once the turn's answer went out, so that the last-resort error handler does not answer twice. */
const ANSWERED = Symbol('tym.answered');

/**
 * One answer per activity. Teams redelivers an activity when the bot is slow, so each turn first claims
 * `conversation id | activity id` in the store (shared by all instances):
 * - nothing written yet and something fails: the key is given back (a redelivery runs normally) and the user is
 *   asked to try again shortly;
 * - something written: the key stays claimed with the turn's answer, and a redelivery gets that same answer
 *   instead of a second change.
 */
export class TymBot {
  constructor(private readonly deps: BotDeps) {}

  async run(context: TurnContext): Promise<void> {
    const a = context.activity;
    const route = routeActivity(a);
    if (route.kind === 'ignore') return;
    await recordReference(this.deps.app, a);
    const info = toTurnInfo(a, route.kind === 'handle' ? await this.localeOf(a, route.language) : undefined);
    if (route.kind === 'unsupported') {
      this.deps.logger.info('turn.unsupported-invoke', { name: a.name?.slice(0, 64) });
      return this.answerInvoke(context, unsupportedInvokeBody(info.t.turn.unsupported));
    }
    const key = a.id ? `${a.conversation.id}|${a.id}` : undefined;
    await this.runOnce(context, info, route.work, key);
  }

  /**
   * One language per conversation: the clicked card's language, else the user's stored choice, else the Teams
   * client's locale. A store that does not answer here only costs the preference, not the turn.
   */
  private async localeOf(a: TurnContext['activity'], cardLanguage: Locale | undefined): Promise<Locale> {
    if (cardLanguage) return cardLanguage;
    const actor = actorOf(a);
    const chosen = actor.userId
      ? await this.deps.app.stores.preferences.languageOf(actor).catch(() => undefined)
      : undefined;
    return chosen ?? pickLocale(this.deps.clientLocaleOverride ?? teamsLocaleOf(a));
  }

  /** The adapter's last resort: logs the failure (codes only) and answers with "try again shortly". */
  async onTurnError(context: TurnContext, error: unknown): Promise<void> {
    this.deps.logger.error('turn.unhandled', {
      activityType: context.activity.type,
      ...describeError(error),
    });
    if (context.turnState.get(ANSWERED)) return;
    const info = toTurnInfo(context.activity);
    await this.deliver(context, info, this.tryAgain(info)).catch(() => undefined);
  }

  private async runOnce(context: TurnContext, info: TurnInfo, work: Work, key: string | undefined) {
    const isInvoke = context.activity.type === 'invoke';
    if (key) {
      let claimed: boolean;
      try {
        claimed = await this.deps.app.stores.dedupe.claim(key, this.deps.app.clock.now());
      } catch (e) {
        this.logFailure('turn.store-unavailable', context, e);
        return this.deliverSafely(context, info, this.tryAgain(info));
      }
      if (!claimed) {
        if ((await this.replay(context, info, key)) || !isInvoke) return;
        // An invoke must be answered: run it again. Its ids are the first attempt's (turnIds), so a case that
        // attempt wrote is found instead of written twice; messages already posted are not posted again.
        return this.handle(context, info, work, key, true);
      }
    }
    return this.handle(context, info, work, key, false);
  }

  private async handle(
    context: TurnContext,
    info: TurnInfo,
    work: Work,
    key: string | undefined,
    isRerun: boolean,
  ) {
    const isInvoke = context.activity.type === 'invoke';
    const journal = journalWrites(this.deps.app.stores);
    let result: HandlerResult;
    try {
      result = await work(info, { ...this.deps.app, stores: journal.stores, ids: turnIds(key) });
    } catch (e) {
      this.logFailure('turn.failed', context, e);
      const wrote = journal.hasWritten();
      result = wrote ? this.notice(info, info.t.turn.maybeSaved) : this.tryAgain(info);
      if (key) await (wrote ? this.keep(key, result) : this.release(key));
      return this.deliverSafely(context, info, result);
    }
    if (isRerun) result = onlyTheCard(result);
    // An invoke's HTTP answer may be lost on the way back: keep what a redelivery must get.
    if (key && isInvoke && journal.hasWritten()) await this.keep(key, result);
    try {
      await this.deliver(context, info, result);
    } catch (e) {
      this.logFailure('turn.send-failed', context, e);
      if (!key) return;
      if (!journal.hasWritten()) await this.release(key);
      else if (!isInvoke) await this.keep(key, result);
    }
  }

  /** Delivers the answer kept for a redelivered activity; false when none was kept. */
  private async replay(context: TurnContext, info: TurnInfo, key: string): Promise<boolean> {
    const saved = await this.deps.app.stores.dedupe.answerOf(key).catch(() => undefined);
    this.deps.logger.info('turn.duplicate', {
      activityType: context.activity.type,
      replayed: saved !== undefined,
    });
    if (saved === undefined) return false;
    await this.deliverSafely(context, info, JSON.parse(saved) as HandlerResult);
    return true;
  }

  private async deliver(context: TurnContext, info: TurnInfo, result: HandlerResult) {
    if (context.activity.type === 'invoke') {
      await this.answerInvoke(context, invokeBody(result, info.t.common.actionDone));
      await sendReplies(context, result.replies ?? []);
      return;
    }
    const replies: Reply[] = [...(result.card ? [cardReply(result.card)] : []), ...(result.replies ?? [])];
    context.turnState.set(ANSWERED, true);
    await sendReplies(context, replies);
  }

  private async deliverSafely(context: TurnContext, info: TurnInfo, result: HandlerResult) {
    await this.deliver(context, info, result).catch((e: unknown) =>
      this.logFailure('turn.send-failed', context, e),
    );
  }

  private async answerInvoke(context: TurnContext, body: object) {
    context.turnState.set(ANSWERED, true);
    await sendInvokeResponse(context, body);
  }

  private keep(key: string, result: HandlerResult) {
    return this.deps.app.stores.dedupe
      .saveAnswer(key, JSON.stringify(result))
      .catch((e: unknown) => this.deps.logger.error('turn.keep-answer-failed', describeError(e)));
  }

  private release(key: string) {
    return this.deps.app.stores.dedupe
      .release(key)
      .catch((e: unknown) => this.deps.logger.error('turn.release-failed', describeError(e)));
  }

  private logFailure(event: string, context: TurnContext, e: unknown) {
    this.deps.logger.error(event, {
      activityType: context.activity.type,
      name: context.activity.name?.slice(0, 64),
      ...describeError(e),
    });
  }

  private notice = (info: TurnInfo, text: string): HandlerResult => ({
    card: renderNoticeCard(info.t, text),
  });
  private tryAgain = (info: TurnInfo): HandlerResult => this.notice(info, info.t.common.tryAgainShortly);
}
