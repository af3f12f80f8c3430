import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Config } from '../../config.js';
import type { Logger } from '../../ports/logger.js';
import { describeError } from '../../ports/logger.js';
import { tenantGuard } from './tenant-guard.js';

/**
 * CloudAdapter with Bot Framework authentication from config. An empty app id turns authentication off, which
 * config.ts allows only in development mode on loopback.
 */
export function createBotAdapter(
  config: Config,
  logger: Logger,
  onRejected: (tenantId: string) => void,
): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.bot.appId ?? '',
    MicrosoftAppPassword: config.bot.appPassword ?? '',
    MicrosoftAppTenantId: config.bot.tenantId ?? '',
    // SingleTenant demands an app id; with authentication off there is none.
    MicrosoftAppType: config.isAuthDisabled ? 'MultiTenant' : config.bot.appType,
  });
  const adapter = new CloudAdapter(auth);
  adapter.use(tenantGuard(config.allowedTenantIds, onRejected));
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    // Last resort: handlers catch their own failures. Never echo the error's message: it may quote user input.
    logger.error('turn.unhandled', { activityType: context.activity.type, ...describeError(error) });
  };
  return adapter;
}
