import { forgetOldSends, nextSendAt } from '../../domain/outbox/pacing.js';

/** Spaces this process's sends to each conversation within Teams' per-conversation limits. */
export interface ConversationPacer {
  /** Resolves when the next message to `conversation` may go. */
  waitTurn(conversation: string): Promise<void>;
  /** Records a send (made or attempted: a refused one counts against the limit too). */
  sent(conversation: string): void;
}

export function createConversationPacer(
  now: () => number = Date.now,
  sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
): ConversationPacer {
  const history = new Map<string, number[]>();
  return {
    async waitTurn(conversation) {
      const previous = forgetOldSends(history.get(conversation) ?? [], now());
      if (previous.length === 0) history.delete(conversation);
      else history.set(conversation, previous);
      const wait = nextSendAt(previous, now()) - now();
      if (wait > 0) await sleep(wait);
    },
    sent(conversation) {
      history.set(conversation, [...(history.get(conversation) ?? []), now()]);
    },
  };
}
