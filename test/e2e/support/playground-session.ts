import type { Browser, Page } from 'playwright-core';
import { startDevStack, type DevStack } from '../../../scripts/dev/dev-stack.js';
import type { Role } from '../../../scripts/dev/playground-config.js';
import { freePort, launchBrowser, openPage, screenshot } from './browser.js';
import { PlaygroundChat } from './playground-page.js';

export interface PlaygroundSession {
  readonly page: Page;
  readonly chat: PlaygroundChat;
  /** Saves a last screenshot under `name`, closes the browser and stops the bot and the playground. */
  close(name: string): Promise<void>;
}

/**
 * The bot on the embedded in-memory store (whatever MONGODB_URI the shell has: a fresh sequence, nothing written
 * elsewhere) with the Agents Playground in front, opened in Chromium as `role`, ready when it says "Connected."
 */
export async function openPlaygroundSession(role: Role = 'worker'): Promise<PlaygroundSession> {
  let stack: DevStack | undefined;
  let browser: Browser | undefined;
  try {
    stack = await startDevStack({
      role,
      botPort: await freePort(),
      playgroundPort: await freePort(),
      stdio: 'pipe',
      env: { MONGODB_URI: '' },
    });
    browser = await launchBrowser();
    const page = await openPage(browser, 'fi-FI');
    const chat = new PlaygroundChat(page);
    await chat.open(stack.playgroundUrl);
    const [s, b] = [stack, browser];
    return {
      page,
      chat,
      close: async (name) => {
        await screenshot(page, name).catch(() => undefined);
        await b.close();
        await s.stop();
      },
    };
  } catch (e) {
    await browser?.close();
    await stack?.stop();
    throw e;
  }
}
