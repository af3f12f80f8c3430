import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An activity the bot sent to the channel, as the Bot Connector API received it. */
export interface SentActivity {
  readonly method: string;
  readonly path: string;
  readonly conversationId: string;
  /** The activity replied to (`/activities/{replyToId}`), when the bot replied rather than posted. */
  readonly replyToId: string | undefined;
  readonly body: {
    type?: string;
    text?: string;
    attachments?: Array<{ contentType: string; content: Record<string, unknown> }>;
    [key: string]: unknown;
  };
}

interface Failure {
  /** An HTTP status, or `reset`: the connection is dropped before any answer (ECONNRESET for the bot). */
  readonly status: number | 'reset';
  readonly headers: Record<string, string>;
}

const ACTIVITIES_PATH = /^\/v3\/conversations\/([^/?]+)\/activities(?:\/([^/?]+))?/;

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * A stand-in for the Bot Connector service on loopback: records what the bot sends to
 * `/v3/conversations/{id}/activities[/{replyToId}]` and answers like the service does, or, after `failNext`,
 * like the service does when it is overloaded (429) or its gateway fails (502).
 */
export class ConnectorSink {
  /** Activities the service accepted. */
  readonly sent: SentActivity[] = [];
  /** Activities the service answered with an error (see failNext). */
  readonly refused: SentActivity[] = [];
  /** Requests to any other path (the bot should send none). */
  readonly unmatched: string[] = [];
  private server: Server | undefined;
  private counter = 0;
  private failures: Failure[] = [];

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const url = req.url ?? '';
        const match = ACTIVITIES_PATH.exec(url);
        if (!match?.[1]) {
          if (this.unmatched.length < 100) this.unmatched.push(`${req.method ?? ''} ${url.slice(0, 200)}`);
          res.writeHead(404, { 'content-type': 'application/json' });
          res.end('{}');
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const activity: SentActivity = {
          method: req.method ?? '',
          path: url,
          conversationId: decode(match[1]),
          replyToId: match[2] === undefined ? undefined : decode(match[2]),
          body: raw ? (JSON.parse(raw) as SentActivity['body']) : {},
        };
        const failure = this.failures.shift();
        if (failure) {
          this.refused.push(activity);
          if (failure.status === 'reset') {
            req.socket.destroy();
            return;
          }
          res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
          res.end(JSON.stringify({ error: { code: 'ServiceError', message: 'synthetic failure' } }));
          return;
        }
        this.sent.push(activity);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `sent-${++this.counter}` }));
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/`;
  }

  /**
   * The next `count` sends are answered with `status` (502 Bad Gateway, or 429 Too Many Requests with
   * `Retry-After: retryAfterSeconds`) instead of being accepted; `reset` drops the connection unanswered, as a
   * keep-alive connection closed by the service at the moment the bot reuses it does.
   */
  failNext(count: number, status: 429 | 502 | 503 | 504 | 'reset' = 502, retryAfterSeconds = 0): void {
    const headers: Record<string, string> =
      status === 429 ? { 'retry-after': String(retryAfterSeconds) } : {};
    for (let i = 0; i < count; i++) this.failures.push({ status, headers });
  }

  clear(): void {
    this.sent.length = 0;
    this.refused.length = 0;
    this.unmatched.length = 0;
    this.failures = [];
  }

  /** Texts of the messages sent, in order. */
  texts(): string[] {
    return this.sent.flatMap((s) => (typeof s.body.text === 'string' ? [s.body.text] : []));
  }

  /** Adaptive Cards sent as attachments, in order. */
  cards(): Array<Record<string, unknown>> {
    return this.sent.flatMap((s) =>
      (s.body.attachments ?? [])
        .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
        .map((a) => a.content),
    );
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close');
  }
}
