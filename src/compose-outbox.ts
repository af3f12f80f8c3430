import { randomUUID } from 'node:crypto';
import type { CloudAdapter } from 'botbuilder';
import { createConversationPacer } from './app/outbox/conversation-pacer.js';
import { startOutboxJob, type OutboxJob } from './app/outbox/outbox-job.js';
import { TeamsProactiveSender } from './adapters/teams/teams-proactive-sender.js';
import { renderNoticeMessage } from './cards/notice-message.js';
import type { Config } from './config.js';
import { catalogueFor } from './i18n/catalogue.js';
import type { Clock } from './ports/clock.js';
import type { Logger } from './ports/logger.js';
import type { Stores } from './ports/stores.js';

/** A claim is this instance's for this long: a batch of sends, paced per conversation, fits well within it. */
const LEASE_MS = 5 * 60_000;
const BATCH = 50;

/** The outbox sender: due notices from the store, rendered in the recipient's language, sent through Teams. */
export function composeOutbox(
  config: Config,
  stores: Stores,
  adapter: CloudAdapter,
  clock: Clock,
  logger: Logger,
): OutboxJob {
  return startOutboxJob(
    {
      outbox: stores.outbox,
      references: stores.conversationReferences,
      preferences: stores.preferences,
      sender: new TeamsProactiveSender(adapter, config.bot.appId ?? ''),
      render: (notice, language) => renderNoticeMessage(notice, catalogueFor(language)),
      clock,
      logger,
      pacer: createConversationPacer(),
    },
    { holder: randomUUID(), leaseMs: LEASE_MS, batch: BATCH },
    config.outbox.intervalSeconds * 1000,
    logger,
  );
}
