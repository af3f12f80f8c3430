import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import type { PlaygroundChat } from './support/playground-page.js';
import { openPlaygroundSession, type PlaygroundSession } from './support/playground-session.js';

let session: PlaygroundSession;
let page: Page;
let chat: PlaygroundChat;

beforeAll(async () => {
  session = await openPlaygroundSession('worker');
  ({ page, chat } = session);
});

afterAll(() => session?.close('first-conversation'));

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
