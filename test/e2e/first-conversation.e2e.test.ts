import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevStack, type DevStack } from '../../scripts/dev/dev-stack.js';
import { freePort, launchBrowser, openPage, screenshot } from './support/browser.js';
import { PlaygroundChat } from './support/playground-page.js';

let stack: DevStack;
let browser: Browser;
let page: Page;
let chat: PlaygroundChat;

beforeAll(async () => {
  stack = await startDevStack({
    role: 'worker',
    botPort: await freePort(),
    playgroundPort: await freePort(),
    stdio: 'pipe',
  });
  browser = await launchBrowser();
  page = await openPage(browser, 'fi-FI');
  chat = new PlaygroundChat(page);
  await chat.open(stack.playgroundUrl);
});

afterAll(async () => {
  if (page) await screenshot(page, 'first-conversation').catch(() => undefined);
  await browser?.close();
  await stack?.stop();
});

describe('first conversation in the Agents Playground', () => {
  it('shows the Finnish welcome card when the chat opens', async () => {
    const welcome = chat.card('Uusi konsultaatiopyyntö');
    await welcome.waitFor({ timeout: 30_000 });
    await expect(welcome.textContent()).resolves.toContain('TYM-konsultaatio');
  });

  // The playground stamps every message and invoke with locale en-US (its install activity carries none), so
  // from here on the bot rightly answers in English, as it would for a Teams client set to English.
  it("answers a click on the card's help button with the help text", async () => {
    await chat.card('Uusi konsultaatiopyyntö').getByRole('button', { name: 'Ohje' }).click();
    await chat.botMessage('helps you bring').waitFor({ timeout: 30_000 });
  });

  it('answers the typed command "apua"', async () => {
    const helpBubbles = () => page.locator('.fai-OutputCard').filter({ hasText: 'helps you bring' }).count();
    const before = await helpBubbles();
    await chat.send('apua');
    await expect.poll(helpBubbles, { timeout: 30_000 }).toBeGreaterThan(before);
    await screenshot(page, 'help-answered');
  });
});
