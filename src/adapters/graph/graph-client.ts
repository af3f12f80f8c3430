import type { TokenCredential } from '@azure/identity';
import {
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  type AuthenticationProvider,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials/index.js';
import { GraphError } from './graph-error.js';

export interface GraphClientSettings {
  /** Service root with version, e.g. `https://graph.microsoft.com/v1.0` (a loopback endpoint in tests). */
  readonly baseUrl: string;
  readonly credential: TokenCredential;
  /** Requests on the wire at once: Outlook allows 4 concurrent requests per app and mailbox. */
  readonly maxConcurrent?: number;
  /** The SDK's RetryHandler (429/503/504, honouring `Retry-After`): its default, set explicitly. */
  readonly retry?: { readonly maxRetries: number; readonly delaySeconds: number };
}

const DEFAULT_RETRY = { maxRetries: 3, delaySeconds: 3 };

/** A counting semaphore: the slot is handed straight to the next waiter, so the count never overshoots. */
class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly max: number) {}

  async acquire(): Promise<void> {
    if (this.active < this.max) {
      this.active += 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }
}

/**
 * Outermost: a request keeps its slot while the RetryHandler waits out `Retry-After`, so a throttled mailbox is not
 * hit by a fifth request meanwhile.
 */
class ConcurrencyLimitHandler implements Middleware {
  private next: Middleware | undefined;
  private readonly slots: Semaphore;
  constructor(max: number) {
    this.slots = new Semaphore(max);
  }
  async execute(context: Context): Promise<void> {
    await this.slots.acquire();
    try {
      await this.next?.execute(context);
    } finally {
      this.slots.release();
    }
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

/**
 * The SDK's AuthenticationHandler attaches the token only to `https://` URLs of Graph's hosts; this one attaches it to
 * the configured service root's origin (loopback in tests, a national cloud) and refuses to send it anywhere else.
 */
class BearerTokenHandler implements Middleware {
  private next: Middleware | undefined;
  constructor(
    private readonly provider: AuthenticationProvider,
    private readonly origin: string,
  ) {}
  async execute(context: Context): Promise<void> {
    const url = new URL(typeof context.request === 'string' ? context.request : context.request.url);
    if (url.origin !== this.origin) throw new GraphError('transport', `not the Graph origin: ${url.origin}`);
    const token = await this.provider.getAccessToken();
    const options = context.options ?? {};
    const headers =
      options.headers instanceof Headers ? Object.fromEntries(options.headers) : options.headers;
    context.options = { ...options, headers: { ...headers, Authorization: `Bearer ${token}` } };
    await this.next?.execute(context);
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** Graph's `.default` scope for the service root's cloud (graph.microsoft.com, graph.microsoft.us, ...). */
const scopeOf = (baseUrl: URL) =>
  baseUrl.protocol === 'https:' ? `${baseUrl.origin}/.default` : 'https://graph.microsoft.com/.default';

/** A Graph client: at most `maxConcurrent` requests in flight, app-only token, retries as configured. */
export function createGraphClient(settings: GraphClientSettings): Client {
  const base = new URL(settings.baseUrl);
  const retry = settings.retry ?? DEFAULT_RETRY;
  const provider = new TokenCredentialAuthenticationProvider(settings.credential, {
    scopes: [scopeOf(base)],
  });
  return Client.initWithMiddleware({
    baseUrl: settings.baseUrl.replace(/\/+$/, ''),
    // the version is part of baseUrl
    defaultVersion: '',
    middleware: [
      new ConcurrencyLimitHandler(settings.maxConcurrent ?? 4),
      new BearerTokenHandler(provider, base.origin),
      new RetryHandler(new RetryHandlerOptions(retry.delaySeconds, retry.maxRetries)),
      new HTTPMessageHandler(),
    ],
  });
}
