/**
 * A real MongoDB wire-protocol server for integration tests.
 *
 * - MONGODB_URI set: that server is used as it is (MongoDB 7+, Atlas, Cosmos DB for MongoDB);
 *   stop() leaves it running. Give each suite its own database name and drop it afterwards.
 * - Otherwise: the locally built FerretDB v1 wrapper (tools/ferretdb, built by
 *   scripts/build-ferretdb.sh into .cache/ferretdb/tym-ferretdb) is started on 127.0.0.1
 *   on a free port, with a fresh temporary SQLite data folder that stop() removes.
 *
 * When no server can be had, startMongoTestServer() prints why and returns undefined, so the
 * suite can be skipped; with MONGODB_REQUIRED=1 it throws instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { MongoClient } from 'mongodb';

export interface MongoTestServer {
  /** Connection string, e.g. `mongodb://127.0.0.1:41234/`. */
  uri: string;
  /** Stops the server started for the test (a no-op for MONGODB_URI). Safe to call twice. */
  stop(): Promise<void>;
  /** Where the server comes from: MONGODB_URI or the local FerretDB. */
  readonly kind: 'external' | 'ferretdb';
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Kept in sync with scripts/build-ferretdb.sh. */
export const ferretdbBinary = path.join(repoRoot, '.cache', 'ferretdb', 'tym-ferretdb');
const buildScript = path.join(repoRoot, 'scripts', 'build-ferretdb.sh');

const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;
const BUILD_TIMEOUT_MS = 15 * 60_000;

class NoServerError extends Error {}

/**
 * Uses MONGODB_URI when set (real MongoDB 7+); otherwise starts the locally built FerretDB on a free
 * port with a fresh temp data folder, waits until it answers `hello`, and stops it afterwards.
 * Returns undefined (with a printed reason) when no server can be had, unless MONGODB_REQUIRED=1,
 * in which case it throws.
 */
export async function startMongoTestServer(): Promise<MongoTestServer | undefined> {
  const required = process.env['MONGODB_REQUIRED'] === '1';
  try {
    const external = process.env['MONGODB_URI'];
    return external ? await useExternal(external) : await startFerretDB();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    if (required) {
      throw new Error(`MONGODB_REQUIRED=1 but no MongoDB server is available: ${reason}`, { cause: err });
    }
    console.warn(`[mongo-test-server] no MongoDB server, skipping: ${reason}`);
    return undefined;
  }
}

async function useExternal(uri: string): Promise<MongoTestServer> {
  const answered = await helloOnce(uri, 10_000);
  if (answered !== true) throw new NoServerError(`MONGODB_URI does not answer hello: ${answered}`);
  return { uri, kind: 'external', stop: () => Promise.resolve() };
}

function ensureBinary(): string {
  if (existsSync(ferretdbBinary)) return ferretdbBinary;
  console.info(
    `[mongo-test-server] ${path.relative(repoRoot, ferretdbBinary)} is missing: running scripts/build-ferretdb.sh (a cold build takes a minute or two)...`,
  );
  const started = Date.now();
  const result = spawnSync('bash', [buildScript], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
  });
  if (result.error)
    throw new NoServerError(`scripts/build-ferretdb.sh could not run: ${result.error.message}`);
  if (result.status !== 0 || !existsSync(ferretdbBinary)) {
    throw new NoServerError(
      `scripts/build-ferretdb.sh failed (exit ${String(result.status ?? result.signal)}); see its output above`,
    );
  }
  console.info(`[mongo-test-server] FerretDB built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ferretdbBinary;
}

async function startFerretDB(): Promise<MongoTestServer> {
  const bin = ensureBinary();
  const started = Date.now();
  const workDir = mkdtempSync(path.join(tmpdir(), 'tym-ferretdb-'));
  const dataDir = path.join(workDir, 'data');
  const logFile = path.join(workDir, 'ferretdb.log');
  mkdirSync(dataDir);

  const child = spawn(
    bin,
    ['-port', '0', '-data', dataDir, '-log-level', 'warn', '-log-file', logFile, '-stdin-eof-exit'],
    { cwd: workDir, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    if (stderr.length < 8_000) stderr += chunk;
  });
  // Belt and braces: if this process exits without stop(), kill the server
  // (it also stops by itself on stdin EOF).
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      process.removeListener('exit', killOnExit);
      await terminate(child, exited);
      rmSync(workDir, { recursive: true, force: true });
    })();
    return stopped;
  };

  try {
    const address = await waitForReadyLine(child, () => describeFailure(stderr, logFile));
    const uri = `mongodb://${address}/`;
    await waitForHello(uri, started + READY_TIMEOUT_MS, () => describeFailure(stderr, logFile));
    unrefChild(child);
    console.info(`[mongo-test-server] FerretDB ready at ${uri} in ${Date.now() - started} ms`);
    return { uri, kind: 'ferretdb', stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

function waitForReadyLine(child: ChildProcess, failure: () => string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const stdout = child.stdout;
    if (!stdout) return reject(new NoServerError('FerretDB has no stdout pipe'));
    const lines = createInterface({ input: stdout });
    const done = (fn: () => void): void => {
      clearTimeout(timer);
      child.removeListener('exit', onExit);
      child.removeListener('error', onError);
      lines.removeListener('line', onLine);
      fn();
    };
    const onLine = (line: string): void => {
      const match = /^ready (\S+:\d+)$/.exec(line.trim());
      if (match?.[1]) {
        const address = match[1];
        done(() => resolve(address));
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void =>
      done(() =>
        reject(new NoServerError(`FerretDB exited before ready (${String(code ?? signal)}): ${failure()}`)),
      );
    const onError = (err: Error): void =>
      done(() => reject(new NoServerError(`FerretDB could not start: ${err.message}`)));
    const timer = setTimeout(
      () =>
        done(() =>
          reject(new NoServerError(`FerretDB not ready after ${READY_TIMEOUT_MS} ms: ${failure()}`)),
        ),
      READY_TIMEOUT_MS,
    );
    lines.on('line', onLine);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

async function waitForHello(uri: string, deadline: number, failure: () => string): Promise<void> {
  let last = 'no attempt';
  while (Date.now() < deadline) {
    const answered = await helloOnce(uri, Math.max(500, Math.min(5_000, deadline - Date.now())));
    if (answered === true) return;
    last = answered;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new NoServerError(`FerretDB does not answer hello (${last}): ${failure()}`);
}

/** true when the server answered `{ hello: 1 }`, else the reason why not. */
async function helloOnce(uri: string, timeoutMs: number): Promise<true | string> {
  const client = new MongoClient(uri, {
    serverSelectionTimeoutMS: timeoutMs,
    connectTimeoutMS: timeoutMs,
    maxPoolSize: 1,
  });
  try {
    await client.connect();
    const reply = await client.db('admin').command({ hello: 1 });
    return reply['ok'] === 1 ? true : `hello replied ${JSON.stringify(reply)}`;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    await client.close().catch(() => undefined);
  }
}

async function terminate(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((r) => {
      timer = setTimeout(() => r(true), STOP_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timer);
  if (timedOut) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** Lets this process exit even if a test forgets stop(); stdin stays open so EOF stops the server. */
function unrefChild(child: ChildProcess): void {
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) {
    (stream as unknown as { unref?: () => void } | null)?.unref?.();
  }
}

function describeFailure(stderr: string, logFile: string): string {
  let log = '';
  try {
    log = readFileSync(logFile, 'utf8');
  } catch {
    // no log file yet
  }
  const text = `${stderr}\n${log}`.trim();
  return text ? text.slice(-2_000) : '(no output)';
}
