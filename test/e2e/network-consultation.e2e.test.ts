import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../../src/app/dev/demo-users.js';
import { NETWORK_PARTIES, type NetworkParty } from '../../src/domain/case/vocabulary.js';
import { fi } from '../../src/i18n/fi.js';
import { validIntakeInputs } from '../fixtures/intake-inputs.js';
import { chooseRadio, choiceCheckbox } from './support/adaptive-card-inputs.js';
import { screenshot } from './support/browser.js';
import { fillScale, fillSituation, fillTriage } from './support/intake-steps.js';
import type { PlaygroundChat } from './support/playground-page.js';
import { openPlaygroundSessions, type PlaygroundSessions } from './support/playground-session.js';

/*
 * The Rukkanen loop (Satakunta's network consultation) in the worker's Agents Playground, on the local calendar,
 * as `npm run dev` runs it: the demo seed gives Kuopio a team whose standing members are the playground's users
 * (the worker as employment expert, a social counsellor, a Kela expert, a public-health nurse). The worker sends a
 * case of form "network consultation" through the real intake, opens it from My cases, records the client's consent
 * for the parties it needs, gets three common free times, books one, is told in the chat when Kela declines (an
 * attendee's answer through the local calendar's development route) and books the next common time the notice
 * offers with one click, and marks the review with the client done. Every assertion is on what the worker sees.
 */

const t = fi;
const i = t.intake;
const n = t.network;
const REFERENCE = /[A-Z]{3}-\d{4}-\d{4}/;
/** The parties the client agreed to: both are named in the demo team, so both are invited. */
const PARTIES: readonly NetworkParty[] = ['social-services', 'kela'];
/** `ma 30.3. 9:00–9:45`: a time box as the cards show it, in Finnish time. */
const TIME_BOX = /\p{L}{2} \d{1,2}\.\d{1,2}\. \d{1,2}:\d{2}–\d{1,2}:\d{2}/u;

let sessions: PlaygroundSessions<'worker'>;
let worker: PlaygroundChat;
let page: Page;
let reference = '';
let booked = '';

beforeAll(async () => {
  sessions = await openPlaygroundSessions(['worker'], { DEV_SEED: '1' });
  worker = sessions.chats.worker;
  page = sessions.pages.worker;
});

afterAll(() => sessions?.close('network-end'));

/**
 * Ticks `titles` in the compact multi-select labelled `label`. The playground renders it as a Fluent combobox whose
 * popup, portalled outside the card, is a `menu` of `menuitemcheckbox`es that stays open while choices are ticked.
 */
async function chooseMany(card: Locator, label: string, titles: readonly string[]): Promise<void> {
  const combo = card.getByRole('combobox', { name: label, exact: true });
  await combo.click();
  const menu = card.page().getByRole('menu');
  await menu.waitFor();
  for (const title of titles) {
    const item = menu.getByRole('menuitemcheckbox', { name: title, exact: true });
    await item.click();
    await expect.poll(() => item.getAttribute('aria-checked')).toBe('true');
  }
  await combo.press('Escape');
  await menu.waitFor({ state: 'hidden' });
}

/** A development route of the bot (loopback only): the local calendar's stand-in for Outlook, the senders. */
async function dev(method: 'GET' | 'POST', path: string, body?: object): Promise<unknown> {
  const res = await fetch(`${sessions.botUrl}${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : null,
  });
  expect(res.status, path).toBe(200);
  return res.json();
}

const textOf = async (card: Locator) => (await card.textContent()) ?? '';

describe('the network consultation (Rukkanen) loop in the Agents Playground', () => {
  it('sends a case of form network consultation through the intake', async () => {
    const welcome = worker.card(t.menu.newRequest);
    await welcome.waitFor({ timeout: 60_000 });
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
    await chooseRadio(step3, i.fields.form, i.forms.network);
    await step3.getByRole('checkbox', { name: i.fields.networkConsent, exact: true }).check();
    await chooseMany(
      step3,
      i.fields.networkParties,
      PARTIES.map((p) => i.parties[p]),
    );
    await step3.getByRole('button', { name: i.submit, exact: true }).click();
    const receipt = worker.card(t.cases.received.recommendation);
    await receipt.waitFor({ timeout: 30_000 });
    reference = (await textOf(receipt)).match(REFERENCE)?.[0] ?? '';
    expect(reference).toMatch(/^KUO-\d{4}-\d{4}$/);
  });

  it('opens the case from My cases and starts the network consultation: nothing is sent before consent', async () => {
    const mine = await worker.nextCard(() => worker.send('omat'));
    await mine.getByText(reference, { exact: true }).waitFor();
    await mine.getByRole('button', { name: t.cases.list.open, exact: true }).first().click();
    const detail = worker.card(n.planButton);
    await detail.waitFor({ timeout: 30_000 });
    const plan = await worker.nextCard(() =>
      detail.getByRole('button', { name: n.planButton, exact: true }).click(),
    );
    const text = await textOf(plan);
    expect(text).toContain(n.title({ reference }));
    expect(text).toContain(n.consentNone);
    expect(await plan.getByRole('button', { name: n.findSlots, exact: true }).count()).toBe(0);
    await plan.getByText(n.consentNone).scrollIntoViewIfNeeded();
    await screenshot(page, 'network-plan-before-consent');
  });

  it('records the consent for the confirmed parties and shows them invited', async () => {
    const plan = worker.card(n.consentNone);
    for (const party of NETWORK_PARTIES) {
      const box = choiceCheckbox(plan, n.pickParties, t.proposal.parties.names[party]);
      if (PARTIES.includes(party)) await box.check();
      else await box.uncheck();
    }
    await plan.getByRole('checkbox', { name: n.consentToggle, exact: true }).check();
    await plan.getByRole('button', { name: n.recordConsent, exact: true }).click();
    const recorded = worker.card(n.findSlots);
    await recorded.waitFor({ timeout: 30_000 });
    const text = await textOf(recorded);
    expect(text).toContain('Suostumus kirjattu');
    expect(text).toContain(n.consentByYou);
    for (const party of PARTIES)
      expect(text).toContain(n.partyNamed({ name: t.proposal.parties.names[party] }));
    expect(text).not.toContain(n.partyNamed({ name: t.proposal.parties.names['health-services'] }));
  });

  it('offers three common free times and books one as a Teams meeting', async () => {
    const plan = worker.card(n.findSlots);
    await plan.getByRole('button', { name: n.findSlots, exact: true }).click();
    const slots = worker.card(n.slotsTitle({ reference }));
    await slots.waitFor({ timeout: 30_000 });
    const times = slots.getByRole('button', { name: /^Varaa / });
    expect(await times.count()).toBe(3);
    const first = (await times.first().textContent()) ?? '';
    booked = first.match(TIME_BOX)?.[0] ?? '';
    expect(booked).not.toBe('');
    await screenshot(page, 'network-slots');
    await times.first().click();
    const meeting = worker.card(n.meeting({ when: booked }));
    await meeting.waitFor({ timeout: 30_000 });
    // the placeholder Teams join link of the local calendar (Action.OpenUrl)
    await meeting.getByText(n.join, { exact: true }).waitFor();
    expect(await textOf(meeting)).toContain('Tehtävä: käy konsultaatio läpi asiakkaan kanssa viimeistään');
    await screenshot(page, 'network-booked');
  });

  it('tells the worker in the chat when Kela declines, and books the next common time with one click', async () => {
    // Kela's expert declines in their calendar (the network meeting's subject names the case, nothing more)
    const kela = demoUser('kela').objectId;
    const invitations = (await dev('GET', `/dev/calendar/invitations?attendee=${kela}`)) as {
      eventId: string;
      subject: string;
    }[];
    const invitation = invitations.find((e) => e.subject === `Rukkanen ${reference}`);
    expect(invitation).toBeDefined();
    const answer = { eventId: invitation?.eventId, attendee: kela, response: 'declined' };
    expect(await dev('POST', '/dev/calendar/respond', answer)).toMatchObject({ response: 'declined' });
    // the watch runs every CALENDAR_WATCH_INTERVAL_MINUTES; here, now
    expect(await dev('POST', '/dev/calendar/check')).toMatchObject({ ran: true, changed: 1 });
    const m = t.notices.meetingChanged;
    const notice = await worker.nextCard(async () => {
      expect(await dev('POST', '/dev/outbox/run')).toMatchObject({ sent: 1 });
    });
    const text = await textOf(notice);
    expect(text).toContain(m.title({ reference }));
    expect(text).toContain(`kutsuttu osapuoli kieltäytyi: ${t.proposal.parties.names.kela}.`);
    expect(text).toContain(booked);
    expect(text).toContain(m.replaces);
    const offer = notice.getByRole('button', { name: /^Varaa / });
    const next = ((await offer.textContent()) ?? '').match(TIME_BOX)?.[0] ?? '';
    expect(next).not.toBe('');
    expect(next).not.toBe(booked);
    await notice.scrollIntoViewIfNeeded();
    await screenshot(page, 'network-declined-notice');

    await offer.click();
    const rebooked = worker.card(n.meeting({ when: next }));
    await rebooked.waitFor({ timeout: 30_000 });
    expect(await textOf(rebooked)).not.toContain('Kutsusta kieltäytyi');
    booked = next;
  });

  it('marks the review with the client done', async () => {
    const plan = worker.card(n.meeting({ when: booked }));
    await plan.getByRole('button', { name: n.completeReview, exact: true }).click();
    const done = worker.card('Konsultaatio käyty läpi asiakkaan kanssa');
    await done.waitFor({ timeout: 30_000 });
    expect(await done.getByRole('button', { name: n.completeReview, exact: true }).count()).toBe(0);
    await done.scrollIntoViewIfNeeded();
    await screenshot(page, 'network-reviewed');
  });
});
