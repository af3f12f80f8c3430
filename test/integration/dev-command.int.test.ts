import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm run dev` for real (npm -> sh -> node dev.ts -> bot + playground, each with helpers), on free ports so it
 * never meets the e2e tests' or a developer's stack. Linux only: the process tree is read from /proc.
 */
const ROOT = join(import.meta.dirname, '../..');
const CLEAN_STOP = 'Stopped: the bot and the playgrounds have shut down.';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface ProcStat {
  pid: number;
  ppid: number;
  state: string;
  /** Start time in clock ticks since boot: tells a reused pid from the original. */
  startedAt: string;
  command: string;
}

function readStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = text.lastIndexOf(')');
    const fields = text.slice(close + 2).split(' ');
    const command = text.slice(text.indexOf('(') + 1, close);
    return { pid, state: fields[0] ?? '', ppid: Number(fields[1]), startedAt: fields[19] ?? '', command };
  } catch {
    return undefined;
  }
}

/** `root` and every process descended from it. */
function processTree(root: number): ProcStat[] {
  const all = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => readStat(Number(entry)) ?? []);
  const tree = all.filter((p) => p.pid === root);
  for (let i = 0; i < tree.length; i++) tree.push(...all.filter((p) => p.ppid === tree[i]?.pid));
  return tree;
}

/** The pid of the node process in `tree` whose command line mentions `script`. */
function findRunning(tree: ProcStat[], script: string): number {
  const cmdline = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  const found = tree.find((p) => p.command === 'node' && cmdline(p.pid).includes(script));
  if (!found) throw new Error(`no ${script} process in ${tree.map((p) => p.command).join(', ')}`);
  return found.pid;
}

/** Zombies count as gone: they run nothing and hold no port, and whether they are reaped is init's business. */
function isRunning(p: ProcStat): boolean {
  const now = readStat(p.pid);
  return now !== undefined && now.startedAt === p.startedAt && now.state !== 'Z' && now.state !== 'X';
}

async function waitUntil(
  what: string,
  timeoutMs: number,
  done: () => boolean | Promise<boolean>,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`${what} not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const answers = (url: string, accept: (status: number) => boolean) =>
  fetch(url).then(
    (res) => accept(res.status),
    () => false,
  );

interface DevCommand {
  npm: ChildProcess;
  output: () => string;
  /** Resolves when every holder of the output pipes has closed them. */
  closed: Promise<void>;
  botUrl: string;
  /** One playground per role (worker, convenor, evaluator) on adjacent ports. */
  playgroundUrls: string[];
}

/** `roles`: the three of a plain `npm run dev`, or the one of `--as worker` (a lighter stack for the tests of stopping). */
async function startDevCommand(roles: 'all' | 'worker'): Promise<DevCommand> {
  const [botPort, playgroundPort] = [await freePort(), await freePort()];
  const args = ['run', 'dev', '--', '--port', `${botPort}`, '--playground-port', `${playgroundPort}`];
  const npm = spawn('npm', roles === 'all' ? args : [...args, '--as', roles], {
    cwd: ROOT,
    env: { ...process.env, MONGODB_URI: '', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // a group of its own, so a failed test can clean up after itself
  });
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString());
  npm.stdout?.on('data', collect);
  npm.stderr?.on('data', collect);
  const ended = (s: NodeJS.ReadableStream | null) => new Promise<void>((r) => (s ? s.once('close', r) : r()));
  const closed = Promise.all([ended(npm.stdout), ended(npm.stderr)]).then(() => undefined);
  const dev = {
    npm,
    output: () => output,
    closed,
    botUrl: `http://127.0.0.1:${botPort}`,
    playgroundUrls: (roles === 'all' ? [0, 1, 2] : [0]).map((i) => `http://localhost:${playgroundPort + i}`),
  };
  // About 7 s alone (tsx, the seeded demo team and pilot, the playgrounds); the full suite shares 2 cores.
  // A start that fails ends npm at once: say so with what it printed instead of waiting out the deadline.
  const hasEnded = () => npm.exitCode !== null || npm.signalCode !== null;
  await waitUntil('the dev command running', 80_000, () => output.includes('is running') || hasEnded()).catch(
    (e: Error) => {
      try {
        process.kill(-(npm.pid ?? 0), 'SIGKILL'); // the whole group: npm, the dev command and whatever it started
      } catch {
        // gone already
      }
      throw new Error(`${e.message}; it printed:\n${output}`);
    },
  );
  if (!output.includes('is running'))
    throw new Error(`the dev command ended before it ran; it printed:\n${output}`);
  return dev;
}

/** Starts the dev command, checks both servers answer, runs `act` on its process tree, then cleans up whatever is left. */
async function withDevCommand(
  roles: 'all' | 'worker',
  act: (dev: DevCommand, tree: ProcStat[]) => Promise<void>,
): Promise<void> {
  const dev = await startDevCommand(roles);
  const tree = processTree(dev.npm.pid ?? -1);
  try {
    expect(await answers(`${dev.botUrl}/healthz`, (s) => s === 200)).toBe(true);
    for (const url of dev.playgroundUrls) {
      expect(await answers(url, (s) => s < 500), url).toBe(true);
      expect(dev.output()).toContain(url);
    }
    const commands = tree.map((p) => p.command);
    expect(commands.filter((c) => c === 'node').length, commands.join(', ')).toBeGreaterThanOrEqual(
      dev.playgroundUrls.length + 2,
    );
    await act(dev, tree);
  } finally {
    for (const p of tree.filter(isRunning)) {
      try {
        process.kill(p.pid, 'SIGKILL');
      } catch {
        // ended meanwhile
      }
    }
  }
}

async function expectAllGone(dev: DevCommand, tree: ProcStat[]): Promise<void> {
  await waitUntil('every process of the dev command gone', 8000, () => !tree.some(isRunning)).catch(
    (e: Error) => {
      const left = tree.filter(isRunning).map((p) => `${p.pid} ${p.command}`);
      throw new Error(`${e.message}; still running: ${left.join(', ')}\n${dev.output()}`);
    },
  );
  await dev.closed;
  await waitUntil('npm reaped', 2000, () => dev.npm.exitCode !== null || dev.npm.signalCode !== null);
  expect(await answers(`${dev.botUrl}/healthz`, () => true)).toBe(false);
  for (const url of dev.playgroundUrls) expect(await answers(url, () => true), url).toBe(false);
}

// One stack at a time: about 7 s to start alone, but four at once took 20 s on an idle 2-core machine and over 80 s
// once the rest of the suite shared it. Only the first test runs all three playgrounds; the others run `--as worker`.
describe('npm run dev', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`stops the bot and the playground, leaving no process behind, on ${signal} to npm`, async () => {
      await withDevCommand(signal === 'SIGTERM' ? 'all' : 'worker', async (dev, tree) => {
        process.kill(dev.npm.pid ?? -1, signal);
        await expectAllGone(dev, tree);
        expect(dev.output()).toContain(CLEAN_STOP);
        expect(dev.output()).not.toMatch(/crashed|exit code/);
      });
    }, 100_000);
  }

  it('reports a crash of the bot as a crash and stops the playground too', async () => {
    await withDevCommand('worker', async (dev, tree) => {
      process.kill(findRunning(tree, 'src/main.ts'), 'SIGKILL');
      await expectAllGone(dev, tree);
      expect(dev.output()).toContain('The bot crashed (killed by SIGKILL).');
      expect(dev.output()).not.toContain(CLEAN_STOP);
      expect(dev.npm.exitCode).toBe(1);
    });
  }, 100_000);

  it('leaves no bot or playground behind when the dev command itself is killed with SIGKILL', async () => {
    await withDevCommand('worker', async (dev, tree) => {
      process.kill(findRunning(tree, 'scripts/dev.ts'), 'SIGKILL');
      await expectAllGone(dev, tree);
    });
  }, 100_000);
});
