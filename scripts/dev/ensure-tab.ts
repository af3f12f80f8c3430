import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds the dashboard tab (src/tab → dist/tab) when it is missing or older than its sources, for the dev command,
 * the browser test and the bench. A fresh build is a few stat calls; a stale one a vite build into a folder of its
 * own that then replaces dist/tab, so a server reading dist/tab never sees half a build.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const SOURCES = [join(ROOT, 'src', 'tab'), join(ROOT, 'package-lock.json')];
export const TAB_DIR = join(ROOT, 'dist', 'tab');

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

export function isTabStale(): boolean {
  const index = join(TAB_DIR, 'index.html');
  if (!existsSync(index)) return true;
  return Math.max(...SOURCES.filter(existsSync).map(newestChange)) > statSync(index).mtimeMs;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Staging folders of builds whose process was stopped halfway (a dev command stopped during its build). */
function removeAbandonedBuilds(): void {
  const dist = join(ROOT, 'dist');
  if (!existsSync(dist)) return;
  for (const entry of readdirSync(dist)) {
    const pid = /^\.tab-(\d+)-/.exec(entry)?.[1];
    if (pid !== undefined && !isAlive(Number(pid)))
      rmSync(join(dist, entry), { recursive: true, force: true });
  }
}

/** `fresh` when dist/tab was up to date, `built` when it was (re)built now. */
export async function ensureTabBuilt(
  log: (line: string) => void = () => undefined,
): Promise<'fresh' | 'built'> {
  if (!isTabStale()) return 'fresh';
  log('Building the dashboard tab (src/tab → dist/tab)…');
  removeAbandonedBuilds();
  const { build } = await import('vite');
  const staging = join(ROOT, 'dist', `.tab-${process.pid}-${Date.now()}`);
  await build({
    configFile: join(ROOT, 'src', 'tab', 'vite.config.ts'),
    build: { outDir: staging, emptyOutDir: true },
    logLevel: 'warn',
  });
  const old = `${staging}-old`;
  try {
    if (existsSync(TAB_DIR)) renameSync(TAB_DIR, old);
    renameSync(staging, TAB_DIR);
  } catch {
    // another process swapped in its build at the same moment: keep that one
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
  return 'built';
}
