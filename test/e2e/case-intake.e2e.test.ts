import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScaleDomain, TriageAnswer, TriageQuestion } from '../../src/domain/case/vocabulary.js';
import { fi } from '../../src/i18n/fi.js';
import { validIntakeInputs } from '../fixtures/intake-inputs.js';
import {
  cardTextOutsideInputs,
  chooseInDropdown,
  chooseRadio,
  deleteFromText,
  dropdownValue,
  fillText,
  radio,
  textInput,
  tickChoice,
} from './support/adaptive-card-inputs.js';
import { ARTIFACTS, screenshot } from './support/browser.js';
import type { PlaygroundChat } from './support/playground-page.js';
import { openPlaygroundSession, type PlaygroundSession } from './support/playground-session.js';

/*
 * A worker sends a case through the real two-step intake in the Agents Playground. The first version of the
 * description carries a (synthetic) personal identity code: the bot must refuse it at the first step, name it only
 * masked (with where it is), and give the card back with everything typed still in place. With the code deleted the
 * worker goes on to the second step (scale and form of consultation); the case is stored only at its submit, the
 * receipt shows its reference and recommendation, and "My cases" lists it. Heights and clicks of both steps are
 * measured at 1366 x 768 and written to test/e2e/artifacts/case-intake-measurements.json.
 *
 * The playground's users get Finnish (a stored language preference of the dev users), whatever locale the
 * playground stamps on activities, so every card here is Finnish.
 */

const t = fi;
const fields = t.intake.fields;
const IDENTITY_CODE = '131052-308T';
const MASKED_CODE = '131052-***T';

// The fixture's clean prose, split so that the identity code sits in the middle and a line break is kept.
const [opening, ...rest] = String(validIntakeInputs().description).split(/(?<=\.) /);
const PLANTED = ` Asiakkaan henkilötunnus on ${IDENTITY_CODE}.`;
const CLEAN_DESCRIPTION = `${opening}\n${rest.join(' ')}`;
const DESCRIPTION_WITH_CODE = `${opening}${PLANTED}\n${rest.join(' ')}`;
const QUESTION = String(validIntakeInputs().question);

const SCALE: Readonly<Record<ScaleDomain, number>> = {
  'managing-affairs': 3,
  appointments: 2,
  housing: 4,
  employment: 4,
  finances: 4,
  health: 3,
  'social-relationships': 2,
};
// Not "bilateral enough", no other services first, a clear need for coordination: a TYM client.
const TRIAGE: Readonly<Record<TriageQuestion, TriageAnswer>> = {
  'bilateral-enough': 'no',
  'other-services-first': 'no',
  'needs-multidisciplinary': 'yes',
  'benefits-from-coordination': 'yes',
  'eases-with-joint-planning': 'yes',
};
const EXPECTED_OUTCOME = t.triage.outcomes['tym-client'].name;

const scaleTitle = (domain: ScaleDomain, level: number) =>
  `${level} – ${t.triage.scale.domains[domain].levels[level - 1]}`;
const REFERENCE = /[A-Z]{3}-\d{4}-\d{4}/;
// The playground's bot offers every region: areas are grouped by region in the dropdown.
const AREA_TITLE = 'Pohjois-Savo: Kuopio';

let session: PlaygroundSession;
let page: Page;
let chat: PlaygroundChat;
let intake: Locator;
let reference = '';

/** Card heights and clicks per step, measured in the playground at 1366 × 768 (a laptop screen). */
const measured: Record<string, number> = {};
const LAPTOP_SCREEN_PX = 768;

/** Physical clicks (mouse-downs) on the page since the last reset. */
const clicks = {
  reset: () => page.evaluate('window.__tymClicks = 0'),
  count: () => page.evaluate('window.__tymClicks') as Promise<number>,
};

async function cardHeight(card: Locator): Promise<number> {
  return Math.round((await card.boundingBox())?.height ?? 0);
}

beforeAll(async () => {
  session = await openPlaygroundSession('worker');
  ({ page, chat } = session);
  await page.evaluate(
    "window.__tymClicks = 0; document.addEventListener('mousedown', () => { window.__tymClicks += 1; }, true)",
  );
});

afterAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'case-intake-measurements.json'), `${JSON.stringify(measured, null, 2)}\n`);
  console.info('case intake measured at 1366 x 768:', measured);
  await session?.close('case-intake-end');
});

/** Step 1 as a worker fills it: basics, the situation, the triage questions and the consent. */
async function fillSituation(card: Locator, description: string): Promise<void> {
  const i = t.intake;
  await chooseRadio(card, fields.organisation, i.organisations['employment-authority']);
  await chooseInDropdown(card, fields.area, AREA_TITLE);
  await chooseRadio(card, fields.ageGroup, i.ageGroups['30-plus']);
  await chooseRadio(card, fields.unemployment, i.unemployment['over-24m']);
  await textInput(card, fields.description).click();
  await fillText(card, fields.description, description);
  await textInput(card, fields.question).click();
  await fillText(card, fields.question, QUESTION);
  for (const [question, answer] of Object.entries(TRIAGE) as [TriageQuestion, TriageAnswer][]) {
    await chooseRadio(card, t.triage.questions[question].text, t.triage.answers[answer]);
  }
  await chooseRadio(card, fields.socialWelfareConsent, t.triage.consent.yes);
}

describe('case intake in the Agents Playground', () => {
  it('opens the first step of the intake from the welcome card', async () => {
    const welcome = chat.card(fi.menu.newRequest);
    await welcome.waitFor({ timeout: 30_000 });
    intake = await chat.nextCard(() =>
      welcome.getByRole('button', { name: fi.menu.newRequest, exact: true }).click(),
    );
    await expect(intake.textContent()).resolves.toContain(t.intake.title);
    await expect(intake.textContent()).resolves.toContain(t.intake.steps.situation);
    measured.step1HeightPx = await cardHeight(intake);
    await intake.getByText(t.intake.title, { exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, 'case-intake-step-1');
    measured.step1Screens = Math.round((measured.step1HeightPx / LAPTOP_SCREEN_PX) * 10) / 10;
  });

  it('refuses a description with a personal identity code at the first step and keeps everything typed', async () => {
    const i = t.intake;
    await clicks.reset();
    await fillSituation(intake, DESCRIPTION_WITH_CODE);
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
    await expect(
      radio(refused, fields.organisation, i.organisations['employment-authority']).isChecked(),
    ).resolves.toBe(true);
    await expect(radio(refused, fields.unemployment, i.unemployment['over-24m']).isChecked()).resolves.toBe(
      true,
    );
    await expect(radio(refused, fields.socialWelfareConsent, t.triage.consent.yes).isChecked()).resolves.toBe(
      true,
    );
    await expect(radio(refused, fields.ageGroup, i.ageGroups['30-plus']).isChecked()).resolves.toBe(true);
    const lastQuestion = t.triage.questions['eases-with-joint-planning'].text;
    await expect(radio(refused, lastQuestion, t.triage.answers.yes).isChecked()).resolves.toBe(true);

    await finding.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'case-intake-refused');
    intake = refused;
  });

  it('goes on to the second step once the code is deleted', async () => {
    await deleteFromText(intake, fields.description, PLANTED);
    await expect(textInput(intake, fields.description).inputValue()).resolves.toBe(CLEAN_DESCRIPTION);
    // A worker who got it right the first time would have sent step 1 once: count that path's clicks.
    const step1Clicks = await clicks.count();
    await intake.getByRole('button', { name: t.intake.next, exact: true }).click();
    const step2 = chat.card(t.intake.steps.assessment);
    await step2.waitFor({ timeout: 30_000 });
    measured.step1Clicks = step1Clicks;
    measured.step2HeightPx = await cardHeight(step2);
    await step2.getByText(t.intake.steps.assessment, { exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, 'case-intake-step-2');
    measured.step2Screens = Math.round((measured.step2HeightPx / LAPTOP_SCREEN_PX) * 10) / 10;
    // A fresh request is a consultation-team meeting unless the worker picks a network consultation.
    await expect(radio(step2, fields.form, t.intake.forms.team).isChecked()).resolves.toBe(true);
    intake = step2;
  });

  it('stores the case at the final submit and shows the reference and the recommendation', async () => {
    await clicks.reset();
    for (const [domain, level] of Object.entries(SCALE) as [ScaleDomain, number][]) {
      await chooseRadio(intake, t.triage.scale.domains[domain].name, scaleTitle(domain, level));
    }
    await tickChoice(intake, fields.kelaCriteria, t.triage.kelaCriteria['plan-not-progressing']);
    await intake.getByRole('button', { name: t.intake.submit, exact: true }).click();
    measured.step2Clicks = await clicks.count();
    measured.totalClicks = measured.step1Clicks! + measured.step2Clicks;

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
