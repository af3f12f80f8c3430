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

  /** Every Adaptive Card in the chat, oldest first. */
  cards(): Locator {
    return this.page.locator('.ac-adaptiveCard');
  }

  /**
   * Runs `action` and waits for the first card it brings as a new message. A card an `Action.Execute` returns
   * replaces its own card in place (same message), so wait for that one with `card(text)` instead.
   */
  async nextCard(action: () => Promise<void>, timeout = 30_000): Promise<Locator> {
    const before = await this.cards().count();
    await action();
    const card = this.cards().nth(before);
    await card.waitFor({ timeout });
    return card;
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
