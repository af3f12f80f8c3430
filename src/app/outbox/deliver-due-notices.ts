import { retryDelayMs } from '../../domain/outbox/retry-delay.js';
import type { Clock } from '../../ports/clock.js';
import type { ConversationReferenceStore } from '../../ports/conversation-reference-store.js';
import { describeError, type Logger } from '../../ports/logger.js';
import type { Notice } from '../../ports/notifier.js';
import type { ClaimOutcome, OutboxClaim, OutboxStore } from '../../ports/outbox-store.js';
import type { PreferenceStore } from '../../ports/preference-store.js';
import type { OutgoingMessage, ProactiveSender, SendOutcome } from '../../ports/proactive-sender.js';
import type { Language } from '../../domain/user/language.js';
import { MAX_ATTEMPTS, UNCLEAR_RETRIES } from './delivery-policy.js';
import type { ConversationPacer } from './conversation-pacer.js';

export interface OutboxDeps {
  readonly outbox: OutboxStore;
  readonly references: ConversationReferenceStore;
  readonly preferences: PreferenceStore;
  readonly sender: ProactiveSender;
  /** Renders a notice in a language (the composition root passes the card renderer). */
  readonly render: (notice: Notice, language: Language) => OutgoingMessage;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly pacer: ConversationPacer;
  readonly random?: () => number;
}

export interface OutboxSettings {
  readonly holder: string;
  /** How long a claim is this instance's; a send must begin well within it. */
  readonly leaseMs: number;
  /** Notices claimed per run. */
  readonly batch: number;
}

export interface DeliveryTally {
  sent: number;
  retried: number;
  failed: number;
  waiting: number;
}

/** One run of the sender: claims the due notices and sends each once, within Teams' limits. */
export async function deliverDueNotices(deps: OutboxDeps, s: OutboxSettings): Promise<DeliveryTally> {
  const now = deps.clock.now();
  const leaseUntil = new Date(now.getTime() + s.leaseMs);
  const claims = await deps.outbox.claimDue(s.holder, now, leaseUntil, s.batch);
  const tally: DeliveryTally = { sent: 0, retried: 0, failed: 0, waiting: 0 };
  for (const claim of claims) {
    let outcome: ClaimOutcome;
    try {
      outcome = await deliverOne(deps, claim);
      await deps.outbox.complete(claim, outcome);
    } catch (e) {
      // the store failed: the claim lapses and is taken again (as unclear if its send had begun)
      deps.logger.error('outbox.delivery-failed', { kind: claim.notice.kind, ...describeError(e) });
      continue;
    }
    if (outcome.state === 'sent') tally.sent += 1;
    else if (outcome.state === 'queued') tally.retried += 1;
    else if (outcome.state === 'failed') tally.failed += 1;
    else tally.waiting += 1;
    // codes and ids only: the notice's data never reaches the log
    deps.logger.info('outbox.delivery', {
      kind: claim.notice.kind,
      attempt: claim.attempt,
      state: outcome.state,
      ...(outcome.state === 'failed' ? { failure: outcome.failure } : {}),
    });
  }
  return tally;
}

async function deliverOne(deps: OutboxDeps, claim: OutboxClaim): Promise<ClaimOutcome> {
  const { notice } = claim;
  if (claim.unclearSends > UNCLEAR_RETRIES[notice.kind]) return { state: 'failed', failure: 'unclear' };
  const reference = await deps.references.referenceOf(notice.to);
  if (!reference) return { state: 'no-reference' };
  const language = (await deps.preferences.languageOf(notice.to)) ?? 'fi';
  const message = deps.render(notice, language);
  const key = `${reference.tenantId}|${reference.conversationId}`;
  await deps.pacer.waitTurn(key);
  if (deps.clock.now() >= claim.leaseUntil) return retryLater(deps, claim, undefined, claim.unclearSends);
  await deps.outbox.markSending(claim, deps.clock.now());
  const sent = await deps.sender.send(reference, message);
  deps.pacer.sent(key);
  return outcomeOf(deps, claim, sent);
}

function outcomeOf(deps: OutboxDeps, claim: OutboxClaim, sent: SendOutcome): ClaimOutcome {
  switch (sent.kind) {
    case 'sent':
      return { state: 'sent', at: deps.clock.now() };
    case 'throttled':
      return retryLater(deps, claim, sent.retryAfterMs, claim.unclearSends);
    case 'unclear':
      return claim.unclearSends + 1 > UNCLEAR_RETRIES[claim.notice.kind]
        ? { state: 'failed', failure: 'unclear' }
        : retryLater(deps, claim, undefined, claim.unclearSends + 1);
    case 'refused':
      return { state: 'failed', failure: `http-${sent.status ?? 'none'}` };
  }
}

function retryLater(
  deps: OutboxDeps,
  claim: OutboxClaim,
  retryAfterMs: number | undefined,
  unclearSends: number,
): ClaimOutcome {
  if (claim.attempt >= MAX_ATTEMPTS) return { state: 'failed', failure: 'attempts' };
  const delay = retryDelayMs(claim.attempt, retryAfterMs, (deps.random ?? Math.random)());
  return { state: 'queued', nextAt: new Date(deps.clock.now().getTime() + delay), unclearSends };
}
