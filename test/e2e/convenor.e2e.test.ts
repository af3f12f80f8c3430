import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fi } from '../../src/i18n/fi.js';
import { validIntakeInputs } from '../fixtures/intake-inputs.js';
import { chooseInDropdown } from './support/adaptive-card-inputs.js';
import { screenshot } from './support/browser.js';
import { fillScale, fillSituation, fillTriage } from './support/intake-steps.js';
import type { PlaygroundChat } from './support/playground-page.js';
import { openPlaygroundSessions, type PlaygroundSessions } from './support/playground-session.js';

/*
 * The convenor's loop with two roles played at the same time against one bot and one store, as `npm run dev` does:
 * the bot seeds the demo consultation team (DEV_SEED=1: Kuopio, every Tuesday 9:00–10:30, 15 min per case,
 * convened by "Demo Koollekutsuja"). The worker sends a case through the real intake in the worker's playground;
 * it lands on the next session's agenda, and the worker sees the slot in My cases. The convenor, in the convenor's
 * playground, opens the teams, the session's agenda and the case, and records the team's decision; the worker sees
 * it in My cases.
 */

const t = fi;
const c = t.convenor;
const REFERENCE = /[A-Z]{3}-\d{4}-\d{4}/;
const DECISION = t.triage.outcomes['social-services-contact'].name;
const SERVICES = c.caseCard.servicesNeeded.social;

let sessions: PlaygroundSessions<'worker' | 'convenor'>;
let worker: PlaygroundChat;
let convenor: PlaygroundChat;
let workerPage: Page;
let convenorPage: Page;
let reference = '';
let agenda: Locator;

beforeAll(async () => {
  sessions = await openPlaygroundSessions(['worker', 'convenor'], { DEV_SEED: '1' });
  ({ worker, convenor } = sessions.chats);
  ({ worker: workerPage, convenor: convenorPage } = sessions.pages);
});

afterAll(() => sessions?.close('convenor-end'));

async function myCases(): Promise<Locator> {
  const card = await worker.nextCard(() => worker.send('omat'));
  await card.getByText(reference, { exact: true }).scrollIntoViewIfNeeded();
  return card;
}

describe("the convenor's loop in two Agents Playgrounds at once", () => {
  it('shows the convenor the seeded demo team with its rhythm and sessions', async () => {
    const welcome = convenor.card(c.menu.teams);
    await welcome.waitFor({ timeout: 30_000 });
    const teams = await convenor.nextCard(() => convenor.send('tiimit'));
    const text = (await teams.textContent()) ?? '';
    expect(text).toContain(c.teams.title);
    expect(text).toContain('Kuopio');
    expect(text).toContain(c.teams.rhythm({ weekday: c.weekdays.tuesday, time: '9:00', interval: 1 }));
    await screenshot(convenorPage, 'convenor-teams');
  });

  it("puts the worker's team case on the next session's agenda and shows the slot in My cases", async () => {
    const i = t.intake;
    const welcome = worker.card(t.menu.newRequest);
    await welcome.waitFor({ timeout: 30_000 });
    const step1 = await worker.nextCard(() =>
      welcome.getByRole('button', { name: t.menu.newRequest, exact: true }).click(),
    );
    const { description, question } = validIntakeInputs();
    await fillSituation(
      step1,
      { description: String(description), question: String(question) },
      { isPrefilled: false },
    );
    await step1.getByRole('button', { name: i.next, exact: true }).click();
    const step2 = worker.card(i.steps.triage);
    await step2.waitFor({ timeout: 30_000 });
    await fillTriage(step2);
    await step2.getByRole('button', { name: i.next, exact: true }).click();
    const step3 = worker.card(i.steps.assessment);
    await step3.waitFor({ timeout: 30_000 });
    await fillScale(step3);
    await step3.getByRole('button', { name: i.submit, exact: true }).click();
    const receipt = worker.card(t.cases.received.recommendation);
    await receipt.waitFor({ timeout: 30_000 });
    reference = ((await receipt.textContent()) ?? '').match(REFERENCE)?.[0] ?? '';
    expect(reference).toMatch(/^KUO-\d{4}-\d{4}$/);

    const mine = await myCases();
    const text = (await mine.textContent()) ?? '';
    expect(text).toContain(t.cases.statuses.scheduled);
    expect(text).toMatch(/Asialistalla: \w{2} \d{1,2}\.\d{1,2}\. 9:00–9:15/);
    await screenshot(workerPage, 'convenor-worker-scheduled');
  });

  it("shows the convenor the case on the session's agenda", async () => {
    const teams = await convenor.nextCard(() => convenor.send('tiimit'));
    // the session the case went to says so: 1 of 6 time boxes taken
    await teams
      .getByRole('button', { name: /\(1\/6\)$/ })
      .first()
      .click();
    agenda = convenor.card(reference);
    await agenda.waitFor({ timeout: 30_000 });
    const text = (await agenda.textContent()) ?? '';
    expect(text).toMatch(/Asialista: Kuopio/);
    expect(text).not.toContain(String(validIntakeInputs().description).slice(0, 30));
    await agenda.getByText(reference, { exact: false }).first().scrollIntoViewIfNeeded();
    await screenshot(convenorPage, 'convenor-agenda');
  });

  it('records the outcome in the meeting beside the bot recommendation', async () => {
    await agenda.getByRole('button', { name: c.agenda.open, exact: true }).first().click();
    const caseCard = convenor.card(c.caseCard.outcome);
    await caseCard.waitFor({ timeout: 30_000 });
    expect(await caseCard.textContent()).toContain(c.agenda.recommendation);
    await chooseInDropdown(caseCard, c.caseCard.decision, DECISION);
    await chooseInDropdown(caseCard, c.caseCard.services, SERVICES);
    await caseCard.getByText(c.caseCard.outcome, { exact: true }).scrollIntoViewIfNeeded();
    await screenshot(convenorPage, 'convenor-outcome-form');
    await caseCard.getByRole('button', { name: c.caseCard.record, exact: true }).click();
    const recorded = convenor.card(
      c.caseCard.recorded({ reference, agreement: '' }).split('.')[0] ?? reference,
    );
    await recorded.waitFor({ timeout: 30_000 });
    expect(await recorded.textContent()).toContain(c.caseCard.agreement.differed);
    await screenshot(convenorPage, 'convenor-outcome-recorded');
  });

  it("shows the worker the team's decision in My cases", async () => {
    const mine = await myCases();
    const text = (await mine.textContent()) ?? '';
    expect(text).toContain(c.myCases.outcome({ decision: DECISION }));
    expect(text).toContain(t.cases.statuses.closed);
    await screenshot(workerPage, 'convenor-worker-outcome');
  });
});
