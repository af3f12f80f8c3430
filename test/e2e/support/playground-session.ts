import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startDevStack, type DevStack } from '../../../scripts/dev/dev-stack.js';
import type { Role } from '../../../scripts/dev/playground-config.js';
import { ARTIFACTS, freePort, launchBrowser, openPage, screenshot } from './browser.js';
import { PlaygroundChat } from './playground-page.js';

export interface PlaygroundSession {
  readonly page: Page;
  readonly chat: PlaygroundChat;
  /** Saves a last screenshot under `name`, closes the browser and stops the bot and the playground. */
  close(name: string): Promise<void>;
}

/** Several roles played at the same time, one playground (and browser page) each, against one bot and store. */
export interface PlaygroundSessions<R extends Role> {
  readonly pages: Readonly<Record<R, Page>>;
  readonly chats: Readonly<Record<R, PlaygroundChat>>;
  readonly botUrl: string;
  /** Saves a last screenshot per role (`name-role`), closes the browser and stops the bot and the playgrounds. */
  close(name: string): Promise<void>;
}

/**
 * The bot on the embedded in-memory store (whatever MONGODB_URI the shell has: a fresh sequence, nothing written
 * elsewhere) with an Agents Playground per role in front, each opened in Chromium and ready when it says
 * "Connected." `env` adds to the bot's environment (e.g. `DEV_SEED: '1'` for the demo team).
 */
export async function openPlaygroundSessions<R extends Role>(
  roles: readonly R[],
  env: Record<string, string> = {},
): Promise<PlaygroundSessions<R>> {
  let stack: DevStack | undefined;
  let browser: Browser | undefined;
  try {
    const playgroundPort = await freePort();
    stack = await startDevStack({
      roles,
      botPort: await freePort(),
      playgroundPort,
      stdio: 'pipe',
      env: { MONGODB_URI: '', ...env },
    });
    browser = await launchBrowser();
    const pages = {} as Record<R, Page>;
    const chats = {} as Record<R, PlaygroundChat>;
    for (const [i, role] of roles.entries()) {
      pages[role] = await openPage(browser, 'fi-FI');
      chats[role] = new PlaygroundChat(pages[role]);
      await chats[role].open(stack.playgrounds[i]?.url ?? '');
    }
    const [s, b] = [stack, browser];
    return {
      pages,
      chats,
      botUrl: s.botUrl,
      close: async (name) => {
        for (const role of roles) {
          const suffix = roles.length > 1 ? `-${role}` : '';
          await screenshot(pages[role], `${name}${suffix}`).catch(() => undefined);
        }
        await b.close();
        await s.stop();
        saveOutput(name, s.recentOutput());
      },
    };
  } catch (e) {
    await browser?.close();
    await stack?.stop();
    throw e;
  }
}

/** Keeps the bot's and the playgrounds' last output beside the screenshots, for diagnosing a failed run. */
function saveOutput(name: string, output: Readonly<Record<string, string>>): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const [part, text] of Object.entries(output))
    writeFileSync(join(ARTIFACTS, `${name}-${part}.log`), text);
}

/** One role's playground in Chromium (the worker's unless told). */
export async function openPlaygroundSession(role: Role = 'worker'): Promise<PlaygroundSession> {
  const sessions = await openPlaygroundSessions([role]);
  return { page: sessions.pages[role], chat: sessions.chats[role], close: sessions.close };
}
