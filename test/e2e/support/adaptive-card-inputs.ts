import type { Locator } from 'playwright-core';

/**
 * Fills Adaptive Card inputs as the Agents Playground renders them (the adaptivecards SDK with Fluent UI v9
 * controls), by their accessible names, as a worker would:
 * - compact `Input.ChoiceSet`: a Fluent `Combobox` (an `<input role=combobox>` named by the label; its value is the
 *   chosen title) whose `role=listbox` popup is portalled to the end of `<body>`, outside the card;
 * - expanded single-select: a `radiogroup` named by the label, one `radio` per choice title;
 * - expanded multi-select: `checkbox`es named "<label> <choice title>" (no group role);
 * - `Input.Text` (multi-line too): a `<textarea>`/`<input>` with role `textbox`, named by the label;
 * - `Input.Toggle`: a `checkbox` named by its title.
 * Every helper reads the control back, so a click that did not land fails here and not at the submit.
 *
 * Keep the mouse on the chat while a card holds unsent input and take only viewport screenshots: the playground
 * re-creates a card's object whenever the message re-renders (hovering the chat list on the left does it), and the
 * typed values are lost (see `screenshot`).
 */

/** Picks `title` in the compact choice set labelled `label`. */
export async function chooseInDropdown(card: Locator, label: string, title: string): Promise<void> {
  const combo = card.getByRole('combobox', { name: label, exact: true });
  await combo.click();
  // Only one Fluent popup is open at a time; it lives outside the card, so look for it on the page.
  const listbox = card.page().getByRole('listbox');
  await listbox.waitFor();
  await listbox.getByRole('option', { name: title, exact: true }).click();
  await listbox.waitFor({ state: 'hidden' });
  await waitForValue(combo, title);
}

/** The current title in the compact choice set labelled `label` ('' when none is chosen). */
export function dropdownValue(card: Locator, label: string): Promise<string> {
  return card.getByRole('combobox', { name: label, exact: true }).inputValue();
}

/** The radio button `title` of the expanded single-select choice set labelled `label`. */
export function radio(card: Locator, label: string, title: string): Locator {
  return card
    .getByRole('radiogroup', { name: label, exact: true })
    .getByRole('radio', { name: title, exact: true });
}

/** Picks `title` in the expanded single-select choice set labelled `label`. */
export async function chooseRadio(card: Locator, label: string, title: string): Promise<void> {
  await radio(card, label, title).check();
}

/** The checkbox `title` of the expanded multi-select choice set labelled `label`. */
export function choiceCheckbox(card: Locator, label: string, title: string): Locator {
  return card.getByRole('checkbox', { name: `${label} ${title}`, exact: true });
}

/** Ticks `title` in the expanded multi-select choice set labelled `label`. */
export async function tickChoice(card: Locator, label: string, title: string): Promise<void> {
  await choiceCheckbox(card, label, title).check();
}

/** The text input (single- or multi-line) labelled `label`. */
export function textInput(card: Locator, label: string): Locator {
  return card.getByRole('textbox', { name: label, exact: true });
}

/** Replaces the text of the input labelled `label` (an `input` event, as typing gives). */
export async function fillText(card: Locator, label: string, text: string): Promise<void> {
  const input = textInput(card, label);
  await input.fill(text);
  await waitForValue(input, text);
}

/** Edits the text of the input labelled `label` as a worker would: selects `fragment` and presses Delete. */
export async function deleteFromText(card: Locator, label: string, fragment: string): Promise<void> {
  const input = textInput(card, label);
  const before = await input.inputValue();
  const start = before.indexOf(fragment);
  if (start < 0) throw new Error(`${JSON.stringify(fragment)} is not in ${JSON.stringify(before)}`);
  await input.focus();
  // (Typed structurally: this project's TypeScript config has no DOM library.)
  type Selectable = { setSelectionRange(from: number, to: number): void };
  await input.evaluate(
    (el, [from, to]) => (el as unknown as Selectable).setSelectionRange(from!, to!),
    [start, start + fragment.length],
  );
  await input.press('Delete');
  await waitForValue(input, before.slice(0, start) + before.slice(start + fragment.length));
}

/**
 * The card's visible text without the values held in its inputs: what the bot itself wrote on the card. (A
 * textarea's value is not in the text of its parents, but its initial text can be its child text node.)
 */
export function cardTextOutsideInputs(card: Locator): Promise<string> {
  return card.evaluate((root) => {
    const copy = root.cloneNode(true) as typeof root;
    for (const control of copy.querySelectorAll('textarea, input')) control.remove();
    return copy.textContent ?? '';
  });
}

async function waitForValue(input: Locator, expected: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await input.inputValue();
    if (value === expected) return;
    if (Date.now() > deadline) {
      throw new Error(`input holds ${JSON.stringify(value)}, expected ${JSON.stringify(expected)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
