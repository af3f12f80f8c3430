import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fi } from '../../src/i18n/fi.js';
import { validIntakeInputs } from '../fixtures/intake-inputs.js';
import {
  cardTextOutsideInputs,
  deleteFromText,
  dropdownValue,
  radio,
  textInput,
} from './support/adaptive-card-inputs.js';
import { ARTIFACTS, screenshot } from './support/browser.js';
import {
  AREA_TITLE,
  cardHeight,
  clickCounter,
  fillScale,
  fillSituation,
  fillTriage,
} from './support/intake-steps.js';
import type { PlaygroundChat } from './support/playground-page.js';
import { openPlaygroundSession, type PlaygroundSession } from './support/playground-session.js';

/*
 * A worker sends a case through the real three-step intake in the Agents Playground. The first version of the
 * description carries a (synthetic) personal identity code: the bot must refuse it at the first step, name it only
 * masked (with where it is), and give the card back with everything typed still in place. With the code deleted the
 * worker goes on to the triage questions, then to the scale and the form of consultation; the case is stored only
 * at the final submit, the receipt shows its reference and recommendation, and "My cases" lists it. The worker's
 * second request (issue 8) starts with the organisation and area of the first, is refused for a phone number and a
 * name, and is sent as the neutral version the bot offers. Heights and clicks of each step are measured at
 * 1366 x 768 and written to test/e2e/artifacts/case-intake-measurements.json.
 *
 * The playground's users get Finnish (a stored language preference of the dev users), whatever locale the
 * playground stamps on activities, so every card here is Finnish.
 */

const t = fi;
const i = t.intake;
const fields = i.fields;
const IDENTITY_CODE = '131052-308T';
const MASKED_CODE = '131052-***T';

// The fixture's clean prose, split so that the identity code sits in the middle and a line break is kept.
const [opening, ...rest] = String(validIntakeInputs().description).split(/(?<=\.) /);
const PLANTED = ` Asiakkaan henkilötunnus on ${IDENTITY_CODE}.`;
const CLEAN_DESCRIPTION = `${opening}\n${rest.join(' ')}`;
const DESCRIPTION_WITH_CODE = `${opening}${PLANTED}\n${rest.join(' ')}`;
const QUESTION = String(validIntakeInputs().question);
// The second request: a (synthetic) name and phone number written into the situation.
const PHONE = '040 765 4321';
const DESCRIPTION_WITH_NAME_AND_PHONE = `Asiakas Matti Virtanen (puh. ${PHONE}) on ollut työttömänä yli kaksi vuotta. ${rest.join(' ')}`;

const EXPECTED_OUTCOME = t.triage.outcomes['tym-client'].name;
const REFERENCE = /[A-Z]{3}-\d{4}-\d{4}/;

let session: PlaygroundSession;
let page: Page;
let chat: PlaygroundChat;
let clicks: ReturnType<typeof clickCounter>;
let intake: Locator;
let reference = '';

/** Card heights and clicks per step, measured in the playground at 1366 × 768 (a laptop screen). */
const measured: Record<string, number> = {};
const LAPTOP_SCREEN_PX = 768;
const TWO_SCREENS_PX = 2 * LAPTOP_SCREEN_PX;
const screens = (px: number) => Math.round((px / LAPTOP_SCREEN_PX) * 10) / 10;

/** Measures the card of a step as it first appears, before anything is typed into it. */
async function measureStep(card: Locator, key: string, title: string): Promise<void> {
  measured[`${key}HeightPx`] = await cardHeight(card);
  measured[`${key}Screens`] = screens(measured[`${key}HeightPx`]!);
  await card.getByText(title, { exact: true }).scrollIntoViewIfNeeded();
  await screenshot(page, `case-intake-${key}`);
  expect
    .soft(measured[`${key}HeightPx`], `${key} fits in two laptop screens`)
    .toBeLessThanOrEqual(TWO_SCREENS_PX);
}

/** Presses the step's button and waits for the next step, which replaces the card in place. */
async function next(card: Locator, stepTitle: string): Promise<Locator> {
  await card.getByRole('button', { name: i.next, exact: true }).click();
  const nextCard = chat.card(stepTitle);
  await nextCard.waitFor({ timeout: 30_000 });
  return nextCard;
}

beforeAll(async () => {
  session = await openPlaygroundSession('worker');
  ({ page, chat } = session);
  clicks = clickCounter(page);
  await clicks.install();
});

afterAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'case-intake-measurements.json'), `${JSON.stringify(measured, null, 2)}\n`);
  console.info('case intake measured at 1366 x 768:', measured);
  await session?.close('case-intake-end');
});

describe('case intake in the Agents Playground', () => {
  it('opens the first step of the intake from the welcome card, nothing chosen for a first case', async () => {
    const welcome = chat.card(fi.menu.newRequest);
    await welcome.waitFor({ timeout: 30_000 });
    intake = await chat.nextCard(() =>
      welcome.getByRole('button', { name: fi.menu.newRequest, exact: true }).click(),
    );
    await expect(intake.textContent()).resolves.toContain(i.title);
    await expect(intake.textContent()).resolves.toContain(i.steps.situation);
    await expect(intake.textContent()).resolves.not.toContain(i.prefilled);
    await measureStep(intake, 'step1', i.title);
  });

  it('refuses a description with a personal identity code at the first step and keeps everything typed', async () => {
    await clicks.reset();
    await fillSituation(
      intake,
      { description: DESCRIPTION_WITH_CODE, question: QUESTION },
      { isPrefilled: false },
    );
    await intake.getByRole('button', { name: i.next, exact: true }).click();

    // The invoke response replaces the card in place.
    const refused = chat.card(i.personalData.heading);
    await refused.waitFor({ timeout: 30_000 });
    const finding = refused.getByText(
      i.personalData.finding({
        field: fields.description,
        at: i.personalData.at({ line: 1, before: 'henkilötunnus on' }),
        kind: i.personalData.kinds['identity-code'],
        masked: MASKED_CODE,
      }),
      { exact: true },
    );
    // Listed at the top of the card and again beside the button, where the worker is after pressing it.
    await expect(finding.count()).resolves.toBe(2);
    await expect(finding.last().isVisible()).resolves.toBe(true);
    const botText = await cardTextOutsideInputs(refused);
    expect(botText).toContain(MASKED_CODE);
    expect(botText).not.toContain(IDENTITY_CODE);

    // Everything typed is still there, the description to the character (line break included).
    await expect(textInput(refused, fields.description).inputValue()).resolves.toBe(DESCRIPTION_WITH_CODE);
    await expect(textInput(refused, fields.question).inputValue()).resolves.toBe(QUESTION);
    await expect(dropdownValue(refused, fields.area)).resolves.toBe(AREA_TITLE);
    for (const [label, title] of [
      [fields.organisation, i.organisations['employment-authority']],
      [fields.unemployment, i.unemployment['over-24m']],
      [fields.socialWelfareConsent, t.triage.consent.yes],
      [fields.ageGroup, i.ageGroups['30-plus']],
    ] as const) {
      await expect(radio(refused, label, title).isChecked(), label).resolves.toBe(true);
    }
    await finding.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'case-intake-refused');
    intake = refused;
  });

  it('goes on to the triage questions once the code is deleted, then to the scale', async () => {
    await deleteFromText(intake, fields.description, PLANTED);
    await expect(textInput(intake, fields.description).inputValue()).resolves.toBe(CLEAN_DESCRIPTION);
    // A worker who got it right the first time would have sent step 1 once: count that path's clicks.
    measured.step1Clicks = await clicks.count();
    const step2 = await next(intake, i.steps.triage);
    await measureStep(step2, 'step2', i.steps.triage);

    await clicks.reset();
    await fillTriage(step2);
    const step3 = await next(step2, i.steps.assessment);
    measured.step2Clicks = await clicks.count();
    await measureStep(step3, 'step3', i.steps.assessment);
    // A fresh request is a consultation-team meeting unless the worker picks a network consultation.
    await expect(radio(step3, fields.form, i.forms.team).isChecked()).resolves.toBe(true);
    intake = step3;
  });

  it('shows the full level descriptions of the scale only when asked', async () => {
    const full = t.triage.scale.domains.housing.levels[3];
    const description = intake.getByText(full, { exact: true });
    await expect(description.isVisible()).resolves.toBe(false);
    const toggle = intake.getByRole('button', { name: i.showLevelDescriptions, exact: true });
    await toggle.click();
    await expect(description.isVisible()).resolves.toBe(true);
    await description.scrollIntoViewIfNeeded();
    await screenshot(page, 'case-intake-level-descriptions');
    await toggle.click();
    await expect(description.isVisible()).resolves.toBe(false);
  });

  it('stores the case at the final submit and shows the reference and the recommendation', async () => {
    await clicks.reset();
    await fillScale(intake);
    await intake.getByRole('button', { name: i.submit, exact: true }).click();
    measured.step3Clicks = await clicks.count();
    measured.totalClicks = measured.step1Clicks! + measured.step2Clicks! + measured.step3Clicks;

    const receipt = chat.card(t.cases.received.recommendation);
    await receipt.waitFor({ timeout: 30_000 });
    const text = (await receipt.textContent()) ?? '';
    reference = text.match(REFERENCE)?.[0] ?? '';
    expect(reference, text).toMatch(/^KUO-\d{4}-\d{4}$/);
    expect(text).toContain(t.cases.received.title({ reference }));
    expect(text).toContain(EXPECTED_OUTCOME);
    expect(text).toContain(t.triage.outcomes['tym-client'].explanation);

    await receipt.getByText(t.cases.received.title({ reference }), { exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, 'case-intake-receipt');
    // Target: under 20 clicks. Not met for a first case (see the measurements); this guards against regressions.
    expect(measured.totalClicks).toBeLessThan(25);
  });

  it('lists the case under "My cases"', async () => {
    const receipt = chat.card(reference);
    const myCases = await chat.nextCard(() =>
      receipt.getByRole('button', { name: t.cases.list.title, exact: true }).click(),
    );
    await expect(myCases.getByText(t.cases.list.title, { exact: true }).isVisible()).resolves.toBe(true);
    await expect(myCases.getByText(reference, { exact: true }).isVisible()).resolves.toBe(true);
    const text = (await myCases.textContent()) ?? '';
    expect(text).toContain(t.cases.statuses.submitted);
    expect(text).toContain(EXPECTED_OUTCOME);
    await expect(myCases.getByRole('button', { name: t.cases.list.open, exact: true }).count()).resolves.toBe(
      1,
    );
  });
});

describe("the worker's second request: pre-filled, refused for a name and a phone number, sent neutral", () => {
  it('starts with the organisation and area of the first case chosen', async () => {
    const welcome = chat.card(fi.menu.newRequest);
    intake = await chat.nextCard(() =>
      welcome.getByRole('button', { name: fi.menu.newRequest, exact: true }).first().click(),
    );
    await expect(intake.textContent()).resolves.toContain(i.prefilled);
    await expect(
      radio(intake, fields.organisation, i.organisations['employment-authority']).isChecked(),
    ).resolves.toBe(true);
    await expect(dropdownValue(intake, fields.area)).resolves.toBe(AREA_TITLE);
    await measureStep(intake, 'returningStep1', i.title);
  });

  it('refuses the phone number and the name and offers the neutral version', async () => {
    await clicks.reset();
    const text = { description: DESCRIPTION_WITH_NAME_AND_PHONE, question: QUESTION };
    await fillSituation(intake, text, { isPrefilled: true });
    await intake.getByRole('button', { name: i.next, exact: true }).click();
    const refused = chat.card(i.personalData.heading);
    await refused.waitFor({ timeout: 30_000 });
    measured.returningStep1Clicks = await clicks.count();
    const botText = await cardTextOutsideInputs(refused);
    expect(botText).toContain(i.personalData.kinds.phone);
    expect(botText).toContain(i.personalData.kinds.name);
    expect(botText).not.toContain(PHONE);
    expect(botText).not.toContain('Virtanen');
    await screenshot(page, 'neutral-rewrite-refused');
    intake = refused;
  });

  it('shows the text with placeholders for review, storing nothing yet', async () => {
    await intake.getByRole('button', { name: i.personalData.useNeutral, exact: true }).click();
    const rewritten = chat.card(i.personalData.rewrittenHeading);
    await rewritten.waitFor({ timeout: 30_000 });
    const description = await textInput(rewritten, fields.description).inputValue();
    expect(description).toContain(i.personalData.placeholders.phone);
    expect(description).toContain(i.personalData.placeholders.name);
    expect(description).not.toContain(PHONE);
    expect(description).not.toContain('Virtanen');
    await expect(textInput(rewritten, fields.question).inputValue()).resolves.toBe(QUESTION);
    await expect(radio(rewritten, fields.ageGroup, i.ageGroups['30-plus']).isChecked()).resolves.toBe(true);
    await textInput(rewritten, fields.description).scrollIntoViewIfNeeded();
    await screenshot(page, 'neutral-rewrite-review');
    intake = rewritten;
  });

  it('sends the neutral version through the remaining steps and stores it', async () => {
    const step2 = await next(intake, i.steps.triage);
    await clicks.reset();
    await fillTriage(step2);
    const step3 = await next(step2, i.steps.assessment);
    measured.returningStep2Clicks = await clicks.count();
    await clicks.reset();
    await fillScale(step3);
    await step3.getByRole('button', { name: i.submit, exact: true }).click();
    measured.returningStep3Clicks = await clicks.count();
    measured.returningTotalClicks =
      measured.returningStep1Clicks! + measured.returningStep2Clicks + measured.returningStep3Clicks;

    const receipt = chat.card(t.cases.received.recommendation);
    await expect
      .poll(async () => (await receipt.textContent())?.match(REFERENCE)?.[0] ?? reference, {
        timeout: 30_000,
      })
      .not.toBe(reference);
    const second = ((await receipt.textContent()) ?? '').match(REFERENCE)?.[0] ?? '';
    expect(second).toMatch(/^KUO-\d{4}-\d{4}$/);
    await receipt
      .getByText(t.cases.received.title({ reference: second }), { exact: true })
      .scrollIntoViewIfNeeded();
    await screenshot(page, 'neutral-rewrite-receipt');
    expect(measured.returningTotalClicks).toBeLessThan(22);
  });
});
