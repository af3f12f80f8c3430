import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { playgroundConfig, type Role } from './playground-config.js';

const ROOT = join(import.meta.dirname, '../..');

export interface DevStackOptions {
  role: Role;
  botPort: number;
  playgroundPort: number;
  /** Extra environment for the bot process. */
  env?: Record<string, string>;
  /** Where child output goes; defaults to inheriting this process's stdout/stderr. */
  stdio?: 'inherit' | 'pipe';
}

export interface DevStack {
  playgroundUrl: string;
  botUrl: string;
  bot: ChildProcess;
  playground: ChildProcess;
  stop(): Promise<void>;
}

async function waitFor(url: string, timeoutMs: number, accept: (status: number) => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
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

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts the bot on its embedded default and the Agents Playground in front of it, both on loopback. */
export async function startDevStack(o: DevStackOptions): Promise<DevStack> {
  const playgroundDir = join(ROOT, '.cache', 'playground', o.role);
  mkdirSync(playgroundDir, { recursive: true });
  writeFileSync(join(playgroundDir, '.m365agentsplayground.yml'), playgroundConfig(o.role));
  const stdio = o.stdio ?? 'inherit';
  const bot = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, TYM_MODE: 'development', HOST: '127.0.0.1', PORT: String(o.botPort), ...o.env },
    stdio: ['ignore', stdio, stdio],
  });
  const botUrl = `http://127.0.0.1:${o.botPort}`;
  await waitFor(`${botUrl}/healthz`, 30_000, (s) => s === 200);
  const cli = join(ROOT, 'node_modules/@microsoft/m365agentsplayground/cli.js');
  const playground = spawn(
    process.execPath,
    [
      cli,
      '-e',
      `${botUrl}/api/messages`,
      '-c',
      'msteams',
      '-p',
      String(o.playgroundPort),
      '--disable-telemetry',
    ],
    {
      cwd: playgroundDir,
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
      stdio: ['ignore', stdio, stdio],
    },
  );
  const playgroundUrl = `http://localhost:${o.playgroundPort}`;
  await waitFor(playgroundUrl, 60_000, (s) => s < 500);
  return {
    playgroundUrl,
    botUrl,
    bot,
    playground,
    stop: async () => {
      await Promise.all([stopChild(playground), stopChild(bot)]);
    },
  };
}
