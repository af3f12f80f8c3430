import request from 'supertest';
import { composeApp, type App } from '../../../src/compose.js';
import { loadConfig } from '../../../src/config.js';
import type { Logger } from '../../../src/ports/logger.js';
import type { Stores } from '../../../src/ports/stores.js';
import type { StoresHarness } from '../../contract/stores-harness.js';
import { ConnectorSink } from './connector-sink.js';
import type { StoreKind } from './store-kinds.js';

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

export interface TestBotOptions {
  /** Stores to use instead of the ones config picks (the memory store in development mode). */
  readonly stores?: Stores;
}

/** The real express app in-process (no listening port) with a connector sink on loopback for the replies. */
export async function startTestBot(
  env: Record<string, string> = {},
  options: TestBotOptions = {},
): Promise<TestBot> {
  const sink = new ConnectorSink();
  const serviceUrl = await sink.start();
  const logger = memoryLogger();
  const app = await composeApp(loadConfig({ TYM_MODE: 'development', ...env }), {
    logger,
    ...(options.stores ? { stores: options.stores } : {}),
  });
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

/** A test bot on fresh stores of the given kind, with read-back of the append-only ports. */
export type StoreTestBot = TestBot & Pick<StoresHarness, 'readAudit' | 'readReferrals'>;

export async function startTestBotOn(
  kind: StoreKind,
  env: Record<string, string> = {},
): Promise<StoreTestBot> {
  const h = await kind.make();
  const bot = await startTestBot(env, { stores: h.stores });
  return {
    ...bot,
    readAudit: () => h.readAudit(),
    readReferrals: () => h.readReferrals(),
    stop: async () => {
      await bot.stop();
      await h.cleanup();
    },
  };
}
