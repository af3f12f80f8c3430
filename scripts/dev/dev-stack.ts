import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { playgroundConfig, type Role } from './playground-config.js';

const ROOT = join(import.meta.dirname, '../..');
/** Every child runs with this preloaded, so it stops with its group when this process dies without stopping it. */
const WATCHDOG = [
  '--import',
  'tsx',
  '--import',
  pathToFileURL(join(import.meta.dirname, 'exit-with-parent.ts')).href,
];

export interface DevStackOptions {
  role: Role;
  botPort: number;
  playgroundPort: number;
  /** Extra environment for the bot process. */
  env?: Record<string, string>;
  /** Where child output goes; defaults to inheriting this process's stdout/stderr. */
  stdio?: 'inherit' | 'pipe';
}

export type StackPart = 'bot' | 'playground';

/** A child that ended without `stop()` having been called. */
export interface UnexpectedExit {
  part: StackPart;
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface DevStack {
  playgroundUrl: string;
  botUrl: string;
  bot: ChildProcess;
  playground: ChildProcess;
  /** Settles when the bot or the playground ends on its own; never after `stop()`. */
  unexpectedExit: Promise<UnexpectedExit>;
  /** Stops both process groups (SIGTERM, SIGKILL after 5 s); resolves once both are gone. */
  stop(): Promise<void>;
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

async function waitFor(url: string, child: ChildProcess, timeoutMs: number, accept: (s: number) => boolean) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (hasExited(child))
      throw new Error(`the process ended (exit code ${child.exitCode}) before ${url} answered`);
    try {
      const res = await fetch(url);
      if (accept(res.status)) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Children are spawned detached, so each leads a process group: signalling the group reaches its helpers too. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is gone already
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (hasExited(child)) {
    signalGroup(child, 'SIGKILL');
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      signalGroup(child, 'SIGKILL'); // whatever the leader left behind
      resolve();
    });
    signalGroup(child, 'SIGTERM');
  });
}

/** Starts the bot on its embedded default and the Agents Playground in front of it, both on loopback. */
export async function startDevStack(o: DevStackOptions): Promise<DevStack> {
  const playgroundDir = join(ROOT, '.cache', 'playground', o.role);
  mkdirSync(playgroundDir, { recursive: true });
  writeFileSync(join(playgroundDir, '.m365agentsplayground.yml'), playgroundConfig(o.role));
  const stdio = o.stdio ?? 'inherit';
  const children: ChildProcess[] = [];
  let isStopping = false;
  let reportExit: (exit: UnexpectedExit) => void = () => undefined;
  const unexpectedExit = new Promise<UnexpectedExit>((resolve) => (reportExit = resolve));
  const start = (part: StackPart, args: string[], cwd: string, env: NodeJS.ProcessEnv) => {
    const child = spawn(process.execPath, [...WATCHDOG, ...args], {
      cwd,
      env,
      stdio: ['ignore', stdio, stdio],
      detached: true,
    });
    child.once('exit', (code, signal) => {
      if (!isStopping) reportExit({ part, code, signal });
    });
    children.push(child);
    return child;
  };
  const stop = async () => {
    isStopping = true;
    await Promise.all(children.map(stopChild));
  };
  try {
    const botEnv = {
      ...process.env,
      TYM_MODE: 'development',
      HOST: '127.0.0.1',
      PORT: String(o.botPort),
      // The playground stamps every activity en-US: its users get Finnish first, and `kieli`/`language` switches.
      DEV_CLIENT_LOCALE: 'fi-FI',
      ...o.env,
    };
    const bot = start('bot', [join(ROOT, 'src/main.ts')], ROOT, botEnv);
    const botUrl = `http://127.0.0.1:${o.botPort}`;
    await waitFor(`${botUrl}/healthz`, bot, 30_000, (s) => s === 200);
    const cli = join(ROOT, 'node_modules/@microsoft/m365agentsplayground/cli.js');
    const args = [cli, '-e', `${botUrl}/api/messages`, '-c', 'msteams', '-p', String(o.playgroundPort)];
    const playgroundEnv = { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' };
    const playground = start('playground', [...args, '--disable-telemetry'], playgroundDir, playgroundEnv);
    const playgroundUrl = `http://localhost:${o.playgroundPort}`;
    await waitFor(playgroundUrl, playground, 60_000, (s) => s < 500);
    return { playgroundUrl, botUrl, bot, playground, unexpectedExit, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
