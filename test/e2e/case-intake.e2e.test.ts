import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScaleDomain, TriageAnswer, TriageQuestion } from '../../src/domain/case/vocabulary.js';
import { en } from '../../src/i18n/en.js';
import { fi } from '../../src/i18n/fi.js';
import { validIntakeInputs } from '../fixtures/intake-inputs.js';
import {
  cardTextOutsideInputs,
  choiceCheckbox,
  chooseInDropdown,
  chooseRadio,
  deleteFromText,
  dropdownValue,
  fillText,
  radio,
  textInput,
  tickChoice,
} from './support/adaptive-card-inputs.js';
import { screenshot } from './support/browser.js';
import type { PlaygroundChat } from './support/playground-page.js';
import { openPlaygroundSession, type PlaygroundSession } from './support/playground-session.js';

/*
 * A worker sends a case through the real intake card in the Agents Playground. The first version of the
 * description carries a (synthetic) personal identity code: the bot must refuse it, name it only masked, and give
 * the card back with everything typed still in place. With the code deleted the case is stored, the receipt shows
 * its reference and recommendation, and "My cases" lists it.
 *
 * The welcome card on page load is Finnish (the install activity carries no locale); the playground stamps every
 * later activity with en-US, so the intake card and everything after it are English.
 */

const t = en;
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

let session: PlaygroundSession;
let page: Page;
let chat: PlaygroundChat;
let intake: Locator;
let reference = '';

beforeAll(async () => {
  session = await openPlaygroundSession('worker');
  ({ page, chat } = session);
});

afterAll(() => session?.close('case-intake-end'));

describe('case intake in the Agents Playground', () => {
  it('opens the intake card from the welcome card', async () => {
    const welcome = chat.card(fi.menu.newRequest);
    await welcome.waitFor({ timeout: 30_000 });
    intake = await chat.nextCard(() =>
      welcome.getByRole('button', { name: fi.menu.newRequest, exact: true }).click(),
    );
    await expect(intake.textContent()).resolves.toContain(t.intake.title);
  });

  it('refuses a description with a personal identity code and keeps everything typed', async () => {
    const i = t.intake;
    await chooseInDropdown(intake, fields.organisation, i.organisations['employment-authority']);
    await chooseInDropdown(intake, fields.area, 'Kuopio');
    await chooseRadio(intake, fields.ageGroup, i.ageGroups['30-plus']);
    await chooseInDropdown(intake, fields.unemployment, i.unemployment['over-24m']);
    await fillText(intake, fields.description, DESCRIPTION_WITH_CODE);
    await fillText(intake, fields.question, QUESTION);
    for (const [domain, level] of Object.entries(SCALE) as [ScaleDomain, number][]) {
      await chooseInDropdown(intake, t.triage.scale.domains[domain].name, scaleTitle(domain, level));
    }
    for (const [question, answer] of Object.entries(TRIAGE) as [TriageQuestion, TriageAnswer][]) {
      await chooseRadio(intake, t.triage.questions[question].text, t.triage.answers[answer]);
    }
    await chooseInDropdown(intake, fields.socialWelfareConsent, t.triage.consent.yes);
    await tickChoice(intake, fields.kelaCriteria, t.triage.kelaCriteria['plan-not-progressing']);
    await chooseRadio(intake, fields.form, i.forms.team);

    await intake.getByRole('button', { name: i.submit, exact: true }).click();

    // The invoke response replaces the card in place.
    const refused = chat.card(i.personalData.heading);
    await refused.waitFor({ timeout: 30_000 });
    const finding = refused.getByText(
      i.personalData.finding({
        field: fields.description,
        kind: i.personalData.kinds['identity-code'],
        masked: MASKED_CODE,
      }),
      { exact: true },
    );
    // Listed at the top of the card and again beside the submit button, where the worker is after pressing it.
    await expect(finding.count()).resolves.toBe(2);
    await expect(finding.last().isVisible()).resolves.toBe(true);
    const botText = await cardTextOutsideInputs(refused);
    expect(botText).toContain(MASKED_CODE);
    expect(botText).not.toContain(IDENTITY_CODE);

    // Everything typed is still there, the description to the character (line break included).
    await expect(textInput(refused, fields.description).inputValue()).resolves.toBe(DESCRIPTION_WITH_CODE);
    await expect(textInput(refused, fields.question).inputValue()).resolves.toBe(QUESTION);
    await expect(dropdownValue(refused, fields.organisation)).resolves.toBe(
      i.organisations['employment-authority'],
    );
    await expect(dropdownValue(refused, fields.area)).resolves.toBe('Kuopio');
    await expect(dropdownValue(refused, fields.unemployment)).resolves.toBe(i.unemployment['over-24m']);
    await expect(dropdownValue(refused, t.triage.scale.domains.housing.name)).resolves.toBe(
      scaleTitle('housing', 4),
    );
    await expect(dropdownValue(refused, fields.socialWelfareConsent)).resolves.toBe(t.triage.consent.yes);
    await expect(radio(refused, fields.ageGroup, i.ageGroups['30-plus']).isChecked()).resolves.toBe(true);
    const lastQuestion = t.triage.questions['eases-with-joint-planning'].text;
    await expect(radio(refused, lastQuestion, t.triage.answers.yes).isChecked()).resolves.toBe(true);
    const kela = choiceCheckbox(refused, fields.kelaCriteria, t.triage.kelaCriteria['plan-not-progressing']);
    await expect(kela.isChecked()).resolves.toBe(true);
    await expect(radio(refused, fields.form, i.forms.team).isChecked()).resolves.toBe(true);

    await finding.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'case-intake-refused');
    intake = refused;
  });

  it('stores the case once the code is deleted and shows the reference and the recommendation', async () => {
    await deleteFromText(intake, fields.description, PLANTED);
    await expect(textInput(intake, fields.description).inputValue()).resolves.toBe(CLEAN_DESCRIPTION);
    await intake.getByRole('button', { name: t.intake.submit, exact: true }).click();

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
