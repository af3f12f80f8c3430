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

  // The playground stamps every message and invoke with locale en-US, but its users' stored language is Finnish,
  // so the bot keeps answering in Finnish (one language per conversation).
  it("answers a click on the card's help button with the help text", async () => {
    await chat.card('Uusi konsultaatiopyyntö').getByRole('button', { name: 'Ohje' }).click();
    await chat.botMessage('auttaa tuomaan').waitFor({ timeout: 30_000 });
  });

  it('answers the typed command "apua"', async () => {
    const helpBubbles = () => page.locator('.fai-OutputCard').filter({ hasText: 'auttaa tuomaan' }).count();
    const before = await helpBubbles();
    await chat.send('apua');
    await expect.poll(helpBubbles, { timeout: 30_000 }).toBeGreaterThan(before);
    await screenshot(page, 'help-answered');
  });
});
