import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { validIntakeInputs } from '../fixtures/intake-inputs.js';
import { cardActionActivity, messageActivity, TENANT_ID, WORKER } from './support/activities.js';
import { describeOnEachStore, storeKinds } from './support/store-kinds.js';
import { startTestBotOn, type StoreTestBot } from './support/test-app.js';

const kinds = await storeKinds('intake');

const OTHER_WORKER = {
  id: '29:worker-2',
  aadObjectId: '22222222-2222-4222-8222-222222222222',
  name: 'Toinen',
};
const PLANTED_HETU = '131052-308T';

describeOnEachStore(kinds, 'the intake flow', (kind) => {
  let bot: StoreTestBot;
  beforeAll(async () => {
    bot = await startTestBotOn(kind);
  });
  afterAll(() => bot.stop());
  beforeEach(() => bot.sink.clear());

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
      for (const c of cards) expect(c).toContain('"verb":"intake-next"');
    });

    it("pre-fills a new request with the organisation and area of the worker's newest case", async () => {
      await submitValidCase();
      bot.sink.clear();
      await act('new-request', {}).expect(200);
      const [card] = bot.sink.cards().map((c) => JSON.stringify(c));
      expect(card).toMatch(/"id":"organisation"[^}]*"value":"employment-authority"/);
      expect(card).toMatch(/"id":"area"[^}]*"value":"kuopio"/);
      expect(card).toContain('edellisen tapauksesi mukaan');
    });

    it('takes the request in three steps, storing nothing until the final submit, which validates everything', async () => {
      const all = validIntakeInputs();
      const step1 = Object.fromEntries(
        Object.entries(all).filter(([k]) => !/^(scale_|kela|form|network)/.test(k)),
      );
      const count = async () => (await bot.readAudit()).length;
      const before = await count();
      const step2 = JSON.parse(
        await invokeCard('intake-next', { ...step1, acknowledgedWarnings: '', lang: 'fi' }),
      );
      const next = step2.actions[0];
      expect(next.verb).toBe('intake-next');
      const step3 = JSON.parse(await invokeCard('intake-next', { ...all, ...next.data }));
      expect(await count()).toBe(before);
      const submit = step3.actions[0];
      expect(submit.verb).toBe('submit-case');
      expect(submit.data).toMatchObject({ description: all.description, lang: 'fi' });
      // A carried step-1 value that was tampered with is caught by the strict contract of the final submit.
      const tamperedRes = await act('submit-case', { ...all, ...submit.data, area: { $ne: null } }).expect(
        200,
      );
      expect(tamperedRes.body.type).not.toBe('application/vnd.microsoft.card.adaptive');
      const receipt = await invokeCard('submit-case', { ...all, ...submit.data });
      expect(receipt).toMatch(/Konsultaatiopyyntö KUO-\d{4}-\d{4} vastaanotettu/);
    });

    it('refuses personal data already at the first step, where the text was typed', async () => {
      const step1 = {
        ...validIntakeInputs(),
        description: 'Asiakkaan henkilötunnus on 131052-308T ja tilanne on vaikea.',
      };
      const card = await invokeCard('intake-next', { ...step1, acknowledgedWarnings: '' });
      expect(card).toContain('henkilötunnus');
      expect(card).toContain('"verb":"intake-next"');
      expect(card).not.toContain('131052-308T"');
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
      expect(card).toContain('131052-\\\\*\\\\*\\\\*T'); // masked, and escaped for markdown
      expect(card).toContain(JSON.stringify(description).slice(1, -1)); // the text is back on the card for fixing
      expect(card).toContain('"verb":"intake-next"'); // on the first step, where the text is
      const audit = await bot.readAudit();
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
      const count = (await bot.readAudit()).length;
      const res = await act('submit-case', data).expect(200);
      expect(res.body.type).not.toBe('application/vnd.microsoft.card.adaptive');
      expect(bot.sink.texts().join()).toContain('virheelliset tai vanhentuneet');
      expect((await bot.readAudit()).length).toBe(count);
    });

    it('creates one case when Teams delivers the same activity twice, and answers both with the same receipt or "still working"', async () => {
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
      expect(cards.length).toBeGreaterThanOrEqual(1);
      const references = cards.map((c) => /[A-Z]{3}-\d{4}-\d{4}/.exec(JSON.stringify(c))?.[0]);
      expect(new Set(references).size).toBe(1);
      for (const body of [a.body, b.body].filter((x) => !cards.includes(x)))
        expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    });

    it('replays the same receipt when Teams redelivers a submit after the first answer was lost', async () => {
      const activity = cardActionActivity('submit-case', validIntakeInputs(), { serviceUrl: bot.serviceUrl });
      const first = await bot.post(activity).expect(200);
      const again = await bot.post(activity).expect(200);
      expect(again.body).toEqual(first.body);
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
      expect(editCard).toContain('"verb":"intake-next"');
      expect(editCard).toContain(`"caseId":"${id}"`);
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
      expect(stale).toContain('Tämä kortti on vanhentunut, joten mitään ei muutettu');
      expect(stale).toContain('tila on nyt: Lähetetty tiimille');
    });

    it('says "updated", not "received", after an edit', async () => {
      const id = await submitValidCase();
      const saved = await invokeCard('update-case', { ...validIntakeInputs(), caseId: id, version: '1' });
      expect(saved).toMatch(/Konsultaatiopyyntö KUO-\d{4}-\d{4} päivitetty/);
      expect(saved).not.toContain('vastaanotettu');
    });

    it('asks for confirmation before withdrawing, and cancelling changes nothing', async () => {
      const id = await submitValidCase();
      const confirm = await invokeCard('confirm-withdraw', { caseId: id, version: 1, lang: 'fi' });
      expect(confirm).toMatch(/Perutaanko pyyntö KUO-\d{4}-\d{4}\?/);
      expect(confirm).toContain('"verb":"withdraw-case"');
      expect((await bot.app.deps.stores.cases.get(id))?.status).toBe('submitted');
      const cancelled = await invokeCard('refresh-case', {
        caseId: id,
        version: 1,
        view: 'detail',
        lang: 'fi',
      });
      expect(cancelled).toContain('Lähetetty tiimille');
      expect(await invokeCard('withdraw-case', { caseId: id, version: 1, lang: 'fi' })).toContain(
        'on peruttu',
      );
      expect((await bot.app.deps.stores.cases.get(id))?.status).toBe('withdrawn');
    });

    it('answers a click on an out-of-date card with the current status and changes nothing', async () => {
      const id = await submitValidCase();
      await invokeCard('update-case', { ...validIntakeInputs(), caseId: id, version: '1' });
      for (const verb of ['withdraw-case', 'close-by-recommendation', 'edit-case', 'confirm-withdraw']) {
        const card = await invokeCard(verb, { caseId: id, version: 1, lang: 'fi' });
        expect(card, verb).toContain('Tämä kortti on vanhentunut');
        expect(card, verb).toContain('Lähetetty tiimille');
      }
      const stored = await bot.app.deps.stores.cases.get(id);
      expect([stored?.status, stored?.version]).toEqual(['submitted', 2]);
    });

    it('refreshes an old receipt to the current status', async () => {
      const id = await submitValidCase();
      await invokeCard('withdraw-case', { caseId: id, version: 1 });
      const card = await invokeCard('refresh-case', { caseId: id, version: 1, view: 'receipt', lang: 'fi' });
      expect(card).toContain('Tila: Peruttu');
      expect(card).not.toContain('close-by-recommendation');
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
      const referrals = await bot.readReferrals();
      expect(referrals.at(-1)).toMatchObject({
        organisation: 'kela',
        areaCode: 'yla-savo',
        ageGroup: 'under-23',
      });
    });

    it('asks for the missing choices and records nothing', async () => {
      const before = (await bot.readReferrals()).length;
      const card = await invokeCard('record-referral', { organisation: '', area: 'kuopio', ageGroup: '' });
      expect(card).toContain('Oma organisaatiosi: valitse tai täytä.');
      expect((await bot.readReferrals()).length).toBe(before);
    });
  });
});
