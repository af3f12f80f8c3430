import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An activity the bot sent to the channel, as the Bot Connector API received it. */
export interface SentActivity {
  readonly method: string;
  readonly path: string;
  readonly conversationId: string;
  readonly body: {
    type?: string;
    text?: string;
    attachments?: Array<{ contentType: string; content: Record<string, unknown> }>;
    [key: string]: unknown;
  };
}

/**
 * A stand-in for the Bot Connector service on loopback: records what the bot sends to
 * `/v3/conversations/{id}/activities[/{replyToId}]` and answers like the service does.
 */
export class ConnectorSink {
  readonly sent: SentActivity[] = [];
  private server: Server | undefined;
  private counter = 0;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
        const raw = Buffer.concat(chunks).toString('utf8');
        if (match?.[1]) {
          this.sent.push({
            method: req.method ?? '',
            path: req.url ?? '',
            conversationId: decodeURIComponent(match[1]),
            body: raw ? (JSON.parse(raw) as SentActivity['body']) : {},
          });
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `sent-${++this.counter}` }));
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/`;
  }

  clear(): void {
    this.sent.length = 0;
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
    this.server.close();
    await once(this.server, 'close');
  }
}
