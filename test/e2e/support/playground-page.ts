import type { Locator, Page } from 'playwright-core';

/** The Agents Playground's chat, by the selectors that held on this machine (REFERENCE.md). */
export class PlaygroundChat {
  constructor(private readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByText('Connected.', { exact: false }).first().waitFor({ timeout: 60_000 });
  }

  /** The newest Adaptive Card that contains the text. */
  card(text: string): Locator {
    return this.page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();
  }

  /** Bot message bubbles that contain the text. */
  botMessage(text: string): Locator {
    return this.page.locator('.fai-OutputCard').filter({ hasText: text }).last();
  }

  async send(text: string): Promise<void> {
    const editor = this.page.locator('[data-lexical-editor="true"]');
    await editor.click();
    await editor.pressSequentially(text);
    await this.page.getByRole('button', { name: 'Send Message', exact: true }).click();
  }
}
