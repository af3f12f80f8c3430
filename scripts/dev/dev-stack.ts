import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEV_ADMIN_IDS, playgroundConfig, type Role } from './playground-config.js';

const ROOT = join(import.meta.dirname, '../..');
/** Every child runs with this preloaded, so it stops with its group when this process dies without stopping it. */
const WATCHDOG = [
  '--import',
  'tsx',
  '--import',
  pathToFileURL(join(import.meta.dirname, 'exit-with-parent.ts')).href,
];

export interface DevStackOptions {
  /** One playground per role, all in front of the same bot (and store). */
  roles: readonly Role[];
  botPort: number;
  /** The first role's playground listens here, the next ones on the ports after it. */
  playgroundPort: number;
  /** Extra environment for the bot process. */
  env?: Record<string, string>;
  /**
   * Where child output goes; defaults to inheriting this process's stdout/stderr. `pipe` keeps each part's last
   * lines for `recentOutput` (and drains the pipe: a child writing to a full pipe nobody reads would block).
   */
  stdio?: 'inherit' | 'pipe';
}

export type StackPart = 'bot' | 'playground';

/** A child that ended without `stop()` having been called. */
export interface UnexpectedExit {
  part: StackPart;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** One Agents Playground, playing one role. */
export interface Playground {
  role: Role;
  url: string;
  process: ChildProcess;
}

export interface DevStack {
  /** In the order of `roles`. */
  playgrounds: readonly Playground[];
  botUrl: string;
  bot: ChildProcess;
  /** Settles when the bot or a playground ends on its own; never after `stop()`. */
  unexpectedExit: Promise<UnexpectedExit>;
  /** Stops every process group (SIGTERM, SIGKILL after 5 s); resolves once all are gone. */
  stop(): Promise<void>;
  /** With `stdio: 'pipe'`: the last lines each part wrote (stdout and stderr), for a failed test's diagnosis. */
  recentOutput(): Readonly<Record<StackPart, string>>;
}

const KEPT_OUTPUT_CHARS = 200_000;

/** The tail of a child's output, bounded, so a long run keeps memory flat. */
class OutputTail {
  private text = '';
  append(chunk: Buffer): void {
    this.text += chunk.toString('utf8');
    if (this.text.length > KEPT_OUTPUT_CHARS * 2) this.text = this.text.slice(-KEPT_OUTPUT_CHARS);
  }
  toString(): string {
    return this.text.slice(-KEPT_OUTPUT_CHARS);
  }
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

/** Writes the role's playground config into a folder of its own (the playground writes `./devTools/` there). */
function preparePlaygroundDir(role: Role): string {
  const dir = join(ROOT, '.cache', 'playground', role);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.m365agentsplayground.yml'), playgroundConfig(role));
  return dir;
}

/** Starts the bot on its embedded default and one Agents Playground per role in front of it, all on loopback. */
export async function startDevStack(o: DevStackOptions): Promise<DevStack> {
  const stdio = o.stdio ?? 'inherit';
  const children: ChildProcess[] = [];
  let isStopping = false;
  let reportExit: (exit: UnexpectedExit) => void = () => undefined;
  const unexpectedExit = new Promise<UnexpectedExit>((resolve) => (reportExit = resolve));
  const output: Record<StackPart, OutputTail> = { bot: new OutputTail(), playground: new OutputTail() };
  const start = (part: StackPart, args: string[], cwd: string, env: NodeJS.ProcessEnv) => {
    const child = spawn(process.execPath, [...WATCHDOG, ...args], {
      cwd,
      env,
      stdio: ['ignore', stdio, stdio],
      detached: true,
    });
    for (const stream of [child.stdout, child.stderr])
      stream?.on('data', (c: Buffer) => output[part].append(c));
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
      // the playground's convenor may grant roles (`roolit`), besides any admins the shell configures
      TYM_ADMIN_IDS: [process.env.TYM_ADMIN_IDS ?? '', ...DEV_ADMIN_IDS].filter((id) => id !== '').join(','),
      ...o.env,
    };
    const bot = start('bot', [join(ROOT, 'src/main.ts')], ROOT, botEnv);
    const botUrl = `http://127.0.0.1:${o.botPort}`;
    await waitFor(`${botUrl}/healthz`, bot, 30_000, (s) => s === 200);
    const cli = join(ROOT, 'node_modules/@microsoft/m365agentsplayground/cli.js');
    const playgroundEnv = { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' };
    const playgrounds = o.roles.map((role, i): Playground => {
      const port = String(o.playgroundPort + i);
      const args = [cli, '-e', `${botUrl}/api/messages`, '-c', 'msteams', '-p', port, '--disable-telemetry'];
      const child = start('playground', args, preparePlaygroundDir(role), playgroundEnv);
      return { role, url: `http://localhost:${port}`, process: child };
    });
    await Promise.all(playgrounds.map((p) => waitFor(p.url, p.process, 60_000, (s) => s < 500)));
    const recentOutput = () => ({ bot: output.bot.toString(), playground: output.playground.toString() });
    return { playgrounds, botUrl, bot, unexpectedExit, stop, recentOutput };
  } catch (e) {
    await stop();
    throw e;
  }
}
