import { CloudAdapter, type TurnContext } from 'botbuilder';
import type { Config } from '../../config.js';
import type { Logger } from '../../ports/logger.js';
import { describeError } from '../../ports/logger.js';
import { headerSafeReplies } from './header-safe-replies.js';
import { SingleTryBotFrameworkAuthentication } from './single-try-authentication.js';
import { tenantGuard, type TenantOf } from './tenant-guard.js';

/**
 * CloudAdapter with Bot Framework authentication from config. An empty app id turns authentication off, which
 * config.ts allows only in development mode on loopback.
 */
export function createBotAdapter(
  config: Config,
  logger: Logger,
  tenantOf: TenantOf,
  onRejected: (tenantId: string) => void,
  onTurnError?: (context: TurnContext, error: unknown) => Promise<void>,
): CloudAdapter {
  const auth = new SingleTryBotFrameworkAuthentication({
    MicrosoftAppId: config.bot.appId ?? '',
    MicrosoftAppPassword: config.bot.appPassword ?? '',
    MicrosoftAppTenantId: config.bot.tenantId ?? '',
    // SingleTenant demands an app id; with authentication off there is none.
    MicrosoftAppType: config.isAuthDisabled ? 'MultiTenant' : config.bot.appType,
  });
  const adapter = new CloudAdapter(auth);
  adapter.use(tenantGuard(config.allowedTenantIds, tenantOf, onRejected));
  adapter.use(headerSafeReplies());
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    // Last resort: the bot answers its own failures. Never echo the error's message: it may quote user input.
    if (onTurnError) return onTurnError(context, error);
    logger.error('turn.unhandled', { activityType: context.activity.type, ...describeError(error) });
  };
  return adapter;
}
