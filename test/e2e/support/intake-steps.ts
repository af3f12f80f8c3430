import type { Locator, Page } from 'playwright-core';
import type { ScaleDomain, TriageAnswer, TriageQuestion } from '../../../src/domain/case/vocabulary.js';
import { fi } from '../../../src/i18n/fi.js';
import { chooseInDropdown, chooseRadio, fillText, textInput, tickChoice } from './adaptive-card-inputs.js';

/** How a worker fills the three steps of the intake in the playground (whose users get Finnish). */
const t = fi;
const fields = t.intake.fields;

/** The scale as the worker assesses it: challenges in several domains at the same time. */
export const SCALE: Readonly<Record<ScaleDomain, number>> = {
  'managing-affairs': 3,
  appointments: 2,
  housing: 4,
  employment: 4,
  finances: 4,
  health: 3,
  'social-relationships': 2,
};
/** Not "bilateral enough", no other services first, a clear need for coordination: a TYM client. */
export const TRIAGE: Readonly<Record<TriageQuestion, TriageAnswer>> = {
  'bilateral-enough': 'no',
  'other-services-first': 'no',
  'needs-multidisciplinary': 'yes',
  'benefits-from-coordination': 'yes',
  'eases-with-joint-planning': 'yes',
};
/** The playground's bot offers every region: areas are grouped by region in the dropdown. */
export const AREA_TITLE = 'Pohjois-Savo: Kuopio';

/** The radio title of a scale level: its number and short label. */
export const scaleTitle = (domain: ScaleDomain, level: number) =>
  `${level} ${t.intake.scaleLevels[domain][level - 1]}`;

/** Step 1: the basics (unless pre-filled), the situation and the consent to a social-welfare contact. */
export async function fillSituation(
  card: Locator,
  text: { description: string; question: string },
  opts: { isPrefilled: boolean },
): Promise<void> {
  const i = t.intake;
  if (!opts.isPrefilled) {
    await chooseRadio(card, fields.organisation, i.organisations['employment-authority']);
    await chooseInDropdown(card, fields.area, AREA_TITLE);
  }
  await chooseRadio(card, fields.ageGroup, i.ageGroups['30-plus']);
  await chooseRadio(card, fields.unemployment, i.unemployment['over-24m']);
  await textInput(card, fields.description).click();
  await fillText(card, fields.description, text.description);
  await textInput(card, fields.question).click();
  await fillText(card, fields.question, text.question);
  await chooseRadio(card, fields.socialWelfareConsent, t.triage.consent.yes);
}

/** Step 2: the five triage questions and one of Kela's criteria. */
export async function fillTriage(card: Locator): Promise<void> {
  for (const [question, answer] of Object.entries(TRIAGE) as [TriageQuestion, TriageAnswer][]) {
    await chooseRadio(card, t.triage.questions[question].text, t.triage.answers[answer]);
  }
  await tickChoice(card, fields.kelaCriteria, t.triage.kelaCriteria['plan-not-progressing']);
}

/** Step 3: the seven domains of the scale (the form stays a consultation-team meeting). */
export async function fillScale(card: Locator): Promise<void> {
  for (const [domain, level] of Object.entries(SCALE) as [ScaleDomain, number][]) {
    await chooseRadio(card, t.triage.scale.domains[domain].name, scaleTitle(domain, level));
  }
}

/** Physical clicks (mouse-downs) on the page since the last reset. */
export function clickCounter(page: Page) {
  return {
    install: () =>
      page.evaluate(
        "window.__tymClicks = 0; document.addEventListener('mousedown', () => { window.__tymClicks += 1; }, true)",
      ),
    reset: () => page.evaluate('window.__tymClicks = 0'),
    count: () => page.evaluate('window.__tymClicks') as Promise<number>,
  };
}

export async function cardHeight(card: Locator): Promise<number> {
  return Math.round((await card.boundingBox())?.height ?? 0);
}
