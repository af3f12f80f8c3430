import request from 'supertest';
import { composeApp, type App } from '../../../src/compose.js';
import { loadConfig } from '../../../src/config.js';
import type { Logger } from '../../../src/ports/logger.js';
import { ConnectorSink } from './connector-sink.js';

/** A logger that keeps lines in memory so tests can assert what was (not) logged. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (level: string) => (event: string, fields?: object) =>
    void lines.push(JSON.stringify({ level, event, ...fields }));
  return { lines, debug: push('debug'), info: push('info'), warn: push('warn'), error: push('error') };
}

export interface TestBot {
  app: App;
  sink: ConnectorSink;
  serviceUrl: string;
  logger: ReturnType<typeof memoryLogger>;
  post(activity: object): request.Test;
  stop(): Promise<void>;
}

/** The real express app in-process (no listening port) with a connector sink on loopback for the replies. */
export async function startTestBot(env: Record<string, string> = {}): Promise<TestBot> {
  const sink = new ConnectorSink();
  const serviceUrl = await sink.start();
  const logger = memoryLogger();
  const app = await composeApp(loadConfig({ TYM_MODE: 'development', ...env }), { logger });
  return {
    app,
    sink,
    serviceUrl,
    logger,
    post: (activity) => request(app.http).post('/api/messages').send(activity),
    stop: async () => {
      await app.close();
      await sink.stop();
    },
  };
}
