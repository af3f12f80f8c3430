import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

type Auth = ConfigurationBotFrameworkAuthentication;
type ClaimsIdentity = Parameters<Auth['createConnectorFactory']>[0];
type ConnectorFactory = ReturnType<Auth['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type AuthenticateRequestResult = Awaited<ReturnType<Auth['authenticateRequest']>>;

/** The policy name @azure/core-rest-pipeline gives its default retry policy (3 retries of 5xx, 408, 429). */
const SDK_RETRY_POLICY = 'defaultRetryPolicy';

/**
 * Bot Framework authentication whose Bot Connector clients send each request once. The SDK's default pipeline
 * retries a 502 three times, but a send is not idempotent: the bot's own delivery (bot/deliver.ts) retries
 * throttling with Retry-After and an unclear 5xx at most once.
 */
export class SingleTryBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(
    ...args: Parameters<Auth['authenticateRequest']>
  ): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(...args);
    return result.connectorFactory
      ? { ...result, connectorFactory: singleTry(result.connectorFactory) }
      : result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return singleTry(super.createConnectorFactory(claimsIdentity));
  }
}

function singleTry(inner: ConnectorFactory): ConnectorFactory {
  return {
    create: async (serviceUrl: string, audience?: string) =>
      withoutSdkRetries(await inner.create(serviceUrl, audience)),
  } as ConnectorFactory;
}

function withoutSdkRetries(client: ConnectorClient): ConnectorClient {
  // ConnectorClient wraps a core-client ServiceClient whose `pipeline` is public API of @azure/core-rest-pipeline.
  const pipeline = (
    client as unknown as { client?: { pipeline?: { removePolicy(p: { name: string }): unknown } } }
  ).client?.pipeline;
  pipeline?.removePolicy({ name: SDK_RETRY_POLICY });
  return client;
}
