import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MemoryAuditLog } from '../../src/adapters/memory/memory-audit-log.js';
import type { MemoryReferralRepository } from '../../src/adapters/memory/memory-referral-repository.js';
import { validIntakeInputs } from '../fixtures/intake-inputs.js';
import { cardActionActivity, messageActivity, TENANT_ID, WORKER } from './support/activities.js';
import { startTestBot, type TestBot } from './support/test-app.js';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(() => bot.stop());
beforeEach(() => bot.sink.clear());

const OTHER_WORKER = {
  id: '29:worker-2',
  aadObjectId: '22222222-2222-4222-8222-222222222222',
  name: 'Toinen',
};
const PLANTED_HETU = '131052-308T';

const act = (verb: string, data: object, from = WORKER, locale = 'fi-FI') =>
  bot.post(cardActionActivity(verb, data, { serviceUrl: bot.serviceUrl, from, locale }));

/** The card that replaced the clicked one (Action.Execute invoke response). */
async function invokeCard(verb: string, data: object, from = WORKER, locale = 'fi-FI') {
  const res = await act(verb, data, from, locale).expect(200);
  expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
  return JSON.stringify(res.body.value);
}

const caseIdIn = (cardJson: string) => /"caseId":"([0-9a-f-]{36})"/.exec(cardJson)?.[1] ?? '';

async function submitValidCase(from = WORKER): Promise<string> {
  const card = await invokeCard('submit-case', { ...validIntakeInputs(), acknowledgedWarnings: '' }, from);
  expect(card).toMatch(/KUO-\d{4}-\d{4}/);
  return caseIdIn(card);
}

describe('new consultation request', () => {
  it('opens the intake card from the menu and from the typed command "uusi"', async () => {
    await act('new-request', {}).expect(200);
    await bot.post(messageActivity('uusi', { serviceUrl: bot.serviceUrl })).expect(200);
    const cards = bot.sink.cards().map((c) => JSON.stringify(c));
    expect(cards).toHaveLength(2);
    for (const c of cards) expect(c).toContain('"verb":"submit-case"');
  });

  it('stores a clean case and answers with its reference and the recommendation', async () => {
    const card = await invokeCard('submit-case', validIntakeInputs());
    expect(card).toMatch(
      /Konsultaatiopyyntö KUO-2026-\d{4} vastaanotettu|Konsultaatiopyyntö KUO-\d{4}-\d{4} vastaanotettu/,
    );
    expect(card).toContain('TYM-asiakkuus');
    expect(card).toContain('Kelan kuntoutuksen');
    const stored = await bot.app.deps.stores.cases.get(caseIdIn(card));
    expect(stored?.status).toBe('submitted');
    expect(stored?.owner.userId).toBe(WORKER.aadObjectId);
  });

  it('refuses text with an identity code, keeps everything typed, masks the code, and stores nothing', async () => {
    const mine = () =>
      bot.app.deps.stores.cases.listByOwner({ userId: WORKER.aadObjectId, tenantId: TENANT_ID }, 1000);
    const before = await mine();
    expect(before.length).toBeGreaterThan(0);
    const description = `Asiakkaan henkilötunnus on ${PLANTED_HETU} ja tilanne on vaikea, vuokrarästejä kertynyt.`;
    const card = await invokeCard('submit-case', validIntakeInputs({ description }));
    expect(card).toContain('henkilötunnus');
    expect(card).toContain('131052-***T');
    expect(card).toContain(JSON.stringify(description).slice(1, -1)); // the text is back on the card for fixing
    expect(card).toContain('"verb":"submit-case"');
    const audit = (bot.app.deps.stores.audit as MemoryAuditLog).entries;
    expect(JSON.stringify(audit)).not.toContain(PLANTED_HETU);
    expect(bot.logger.lines.join('\n')).not.toContain(PLANTED_HETU);
    expect(bot.logger.lines.join('\n')).not.toContain('vuokrarästejä');
    expect((await mine()).length).toBe(before.length);
  });

  it('tells an English user in English which passages to rewrite', async () => {
    const card = await invokeCard(
      'submit-case',
      validIntakeInputs({ question: 'Soita numeroon 040 123 4567 ja kysy lisää?' }),
      WORKER,
      'en-US',
    );
    expect(card).toContain('phone number');
    expect(card).toContain('nothing was stored');
  });

  it('lists missing and too long fields on the same card', async () => {
    const card = await invokeCard(
      'submit-case',
      validIntakeInputs({ organisation: '', question: 'x'.repeat(1001) }),
    );
    expect(card).toContain('Oma organisaatiosi: valitse tai täytä.');
    expect(card).toContain('enintään 1000 merkkiä');
  });

  it("requires the client's consent and a party for a network consultation", async () => {
    const card = await invokeCard(
      'submit-case',
      validIntakeInputs({ form: 'network', networkConsent: 'false' }),
    );
    expect(card).toContain('edellyttää asiakkaan suostumusta');
    expect(card).toContain('vähintään yksi osapuoli');
  });

  it.each([
    ['an unknown field', { ...validIntakeInputs(), role: 'admin' }],
    ['an operator object', { ...validIntakeInputs(), description: { $ne: null } }],
    ['a non-UUID case id on update', { ...validIntakeInputs(), caseId: 'x', version: '1' }],
  ])('answers a tampered card (%s) with a clear message and changes nothing', async (_n, data) => {
    const count = (bot.app.deps.stores.audit as MemoryAuditLog).entries.length;
    const res = await act('submit-case', data).expect(200);
    expect(res.body.type).not.toBe('application/vnd.microsoft.card.adaptive');
    expect(bot.sink.texts().join()).toContain('virheelliset tai vanhentuneet');
    expect((bot.app.deps.stores.audit as MemoryAuditLog).entries.length).toBe(count);
  });

  it('creates one case and one reply when Teams delivers the same activity twice', async () => {
    const activity = cardActionActivity('submit-case', validIntakeInputs(), { serviceUrl: bot.serviceUrl });
    const mine = () =>
      bot.app.deps.stores.cases.listByOwner(
        { userId: WORKER.aadObjectId, tenantId: activity.conversation.tenantId },
        1000,
      );
    const before = (await mine()).length;
    const [a, b] = await Promise.all([bot.post(activity), bot.post(activity)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect((await mine()).length).toBe(before + 1);
    const cards = [a.body, b.body].filter((x) => x?.type === 'application/vnd.microsoft.card.adaptive');
    expect(cards).toHaveLength(1);
  });
});

describe('my cases', () => {
  it("lists only the worker's own cases and opens one with its text", async () => {
    const id = await submitValidCase();
    await submitValidCase(OTHER_WORKER);
    bot.sink.clear();
    await act('my-cases', {}).expect(200);
    const list = JSON.stringify(bot.sink.cards()[0]);
    expect(list).toContain(id);
    await act('view-case', { caseId: id }).expect(200);
    const detail = JSON.stringify(bot.sink.cards()[1]);
    expect(detail).toContain('Vuokrarästejä on kertynyt');
  });

  it("never shows another worker's case text, not even with its id", async () => {
    const othersId = await submitValidCase(OTHER_WORKER);
    bot.sink.clear();
    await act('my-cases', {}).expect(200);
    expect(JSON.stringify(bot.sink.cards())).not.toContain(othersId);
    await act('view-case', { caseId: othersId }).expect(200);
    expect(JSON.stringify(bot.sink.sent)).not.toContain('Vuokrarästejä');
    expect(bot.sink.texts().join()).toContain('Tapausta ei löytynyt');
    const edit = await invokeCard('edit-case', { caseId: othersId });
    expect(edit).not.toContain('Vuokrarästejä');
    const withdraw = await invokeCard('withdraw-case', { caseId: othersId });
    expect(withdraw).toContain('Tapausta ei löytynyt');
    expect((await bot.app.deps.stores.cases.get(othersId))?.status).toBe('submitted');
  });

  it('edits a case before it is discussed, re-scanning the new text', async () => {
    const id = await submitValidCase();
    const editCard = await invokeCard('edit-case', { caseId: id });
    expect(editCard).toContain('"verb":"update-case"');
    const refused = await invokeCard('update-case', {
      ...validIntakeInputs({ description: 'Asiakas Matti Virtanen asuu yksin ja tarvitsee tukea.' }),
      caseId: id,
      version: '1',
    });
    expect(refused).toContain('henkilön nimi');
    expect((await bot.app.deps.stores.cases.get(id))?.version).toBe(1);
    const saved = await invokeCard('update-case', {
      ...validIntakeInputs({
        'triage_bilateral-enough': 'yes',
        'triage_needs-multidisciplinary': 'no',
        'triage_benefits-from-coordination': 'no',
        'triage_eases-with-joint-planning': 'no',
        scale_housing: '1',
        scale_finances: '1',
        scale_employment: '2',
        scale_health: '1',
        'scale_managing-affairs': '1',
      }),
      caseId: id,
      version: '1',
    });
    expect(saved).toContain('Kahdenvälinen yhteistyö');
    const stored = await bot.app.deps.stores.cases.get(id);
    expect(stored?.version).toBe(2);
    expect(stored?.events.map((e) => e.type)).toEqual(['submitted', 'edited']);
  });

  it('refuses an edit from a stale card', async () => {
    const id = await submitValidCase();
    await invokeCard('update-case', { ...validIntakeInputs(), caseId: id, version: '1' });
    const stale = await invokeCard('update-case', { ...validIntakeInputs(), caseId: id, version: '1' });
    expect(stale).toContain('on muutettu tämän kortin jälkeen');
  });

  it('withdraws a case, after which it can no longer be edited', async () => {
    const id = await submitValidCase();
    expect(await invokeCard('withdraw-case', { caseId: id })).toContain('on peruttu');
    expect((await bot.app.deps.stores.cases.get(id))?.status).toBe('withdrawn');
    expect(await invokeCard('edit-case', { caseId: id })).toContain('ei voi enää muuttaa');
  });

  it('closes a request whose recommendation is enough', async () => {
    const id = await submitValidCase();
    expect(await invokeCard('close-by-recommendation', { caseId: id })).toContain(
      'suljettu suosituksen mukaisesti',
    );
    expect((await bot.app.deps.stores.cases.get(id))?.status).toBe('closed');
  });
});

describe('direct referral', () => {
  it('records a referral that bypassed the team, with coded fields only', async () => {
    await bot.post(messageActivity('ohjaus', { serviceUrl: bot.serviceUrl })).expect(200);
    expect(JSON.stringify(bot.sink.cards()[0])).toContain('"verb":"record-referral"');
    const card = await invokeCard('record-referral', {
      organisation: 'kela',
      area: 'yla-savo',
      ageGroup: 'under-23',
    });
    expect(card).toContain('kirjattu');
    const referrals = (bot.app.deps.stores.referrals as MemoryReferralRepository).referrals;
    expect(referrals.at(-1)).toMatchObject({
      organisation: 'kela',
      areaCode: 'yla-savo',
      ageGroup: 'under-23',
    });
  });

  it('asks for the missing choices and records nothing', async () => {
    const referrals = (bot.app.deps.stores.referrals as MemoryReferralRepository).referrals;
    const before = referrals.length;
    const card = await invokeCard('record-referral', { organisation: '', area: 'kuopio', ageGroup: '' });
    expect(card).toContain('Oma organisaatiosi: valitse tai täytä.');
    expect(referrals.length).toBe(before);
  });
});
