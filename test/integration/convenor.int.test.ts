import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validIntakeInputs } from '../fixtures/intake-inputs.js';
import { cardActionActivity, messageActivity, TENANT_ID, WORKER } from './support/activities.js';
import { describeOnEachStore, storeKinds } from './support/store-kinds.js';
import { startTestBotOn, type StoreTestBot } from './support/test-app.js';

const kinds = await storeKinds('convenor');

const person = (n: number, name: string) => ({
  id: `29:user-${n}`,
  aadObjectId: `${String(n).repeat(8)}-${String(n).repeat(4)}-4${String(n).repeat(3)}-8${String(n).repeat(3)}-${String(n).repeat(12)}`,
  name,
});
const ADMIN = person(3, 'Ylläpitäjä');
const CONVENOR = person(4, 'Koollekutsuja');
const WORKER_2 = person(5, 'Toinen');
/** Planted in the first case: it must never reach a channel or group chat. */
const CASE_TEXT = 'Vuokrarästejä kertynyt kevään aikana, kuntouttava työtoiminta keskeytyi tammikuussa.';
const CHANNEL = { id: '19:tym-kuopio@thread.tacv2;messageid=1700000000000', type: 'channel' } as const;
const GROUP = { id: '19:group-chat-7@thread.v2', type: 'groupChat' } as const;

type From = typeof WORKER;
type Where = typeof CHANNEL | typeof GROUP | undefined;

describeOnEachStore(kinds, "the convenor's loop", (kind) => {
  let bot: StoreTestBot;
  beforeAll(async () => {
    bot = await startTestBotOn(kind, { TYM_ADMIN_IDS: ADMIN.aadObjectId });
  });
  afterAll(() => bot.stop());

  const inScope = <T extends { conversation: object }>(a: T, where: Where): T =>
    where
      ? {
          ...a,
          conversation: { ...a.conversation, id: where.id, conversationType: where.type, isGroup: true },
        }
      : a;
  const act = async (verb: string, data: object, from: From, where?: Where) => {
    const res = await bot
      .post(inScope(cardActionActivity(verb, data, { serviceUrl: bot.serviceUrl, from }), where))
      .expect(200);
    return JSON.stringify(res.body.value ?? res.body);
  };
  const say = async (text: string, from: From, where?: Where) => {
    bot.sink.clear();
    await bot.post(inScope(messageActivity(text, { serviceUrl: bot.serviceUrl, from }), where)).expect(200);
    return bot.sink
      .cards()
      .map((c) => JSON.stringify(c))
      .join('\n');
  };
  const caseOf = (id: string) => bot.app.deps.stores.cases.get(id);
  const submit = async (from: From, description = validIntakeInputs().description as string) => {
    const card = await act(
      'submit-case',
      { ...validIntakeInputs({ description }), acknowledgedWarnings: '' },
      from,
    );
    return /"caseId":"([0-9a-f-]{36})"/.exec(card)?.[1] ?? '';
  };
  const today = new Date().toISOString().slice(0, 10);
  const teamForm = {
    area: 'kuopio',
    weekday: 'wednesday',
    startTime: '09:00',
    durationMinutes: '90',
    intervalWeeks: '1',
    firstDate: today,
    minutesPerCase: '15',
    casesPerSession: '',
    'picked_employment-expert': '99999999-9999-4999-8999-999999999999',
    typed_kela: 'kela.edustaja@example.fi',
    tie: 'true',
  };

  let firstCase = '';
  let secondCase = '';
  let sessionId = '';

  it('lets a configured admin grant the convenor role by card, audited', async () => {
    expect(await say('roolit', ADMIN)).toContain('"verb":"change-role"');
    const card = await act(
      'change-role',
      { user: CONVENOR.aadObjectId, userTyped: '', role: 'convenor', change: 'grant' },
      ADMIN,
    );
    expect(card).toContain('Rooli muutettu');
    const audit = await bot.readAudit();
    expect(
      audit.some(
        (e) => e.action === 'role.changed' && e.subject === CONVENOR.aadObjectId && e.result === 'ok',
      ),
    ).toBe(true);
    expect(await say('apua', CONVENOR)).toContain('"verb":"teams"');
    expect(await say('apua', WORKER)).not.toContain('"verb":"teams"');
  });

  it('keeps a team case waiting until its area has a team, then places it on the next session', async () => {
    firstCase = await submit(WORKER, CASE_TEXT);
    expect((await caseOf(firstCase))?.status).toBe('submitted');
    expect(await say('tiimit', CONVENOR, CHANNEL)).toContain('"verb":"new-team"');
    expect(await act('new-team', {}, CONVENOR, CHANNEL)).toContain('graph.microsoft.com/users');
    const created = await act('create-team', teamForm, CONVENOR, CHANNEL);
    expect(created).toContain('Tiimi kuopio luotu');
    const placed = await caseOf(firstCase);
    expect(placed?.status).toBe('scheduled');
    sessionId = placed?.slot?.sessionId ?? '';
    expect(placed?.slot?.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/local-/);
    const team = await bot.app.deps.stores.teams.findByArea('kuopio');
    expect(team?.conversation).toEqual({ id: CHANNEL.id, scope: 'channel' });
    expect(team?.members.map((m) => m.role)).toEqual(['employment-expert', 'kela']);
  });

  it('gives the next case the next time box, first come first served, and shows it in My cases', async () => {
    secondCase = await submit(WORKER_2);
    const [a, b] = [await caseOf(firstCase), await caseOf(secondCase)];
    expect(b?.slot?.sessionId).toBe(sessionId);
    expect((b?.slot?.start.getTime() ?? 0) - (a?.slot?.start.getTime() ?? 0)).toBe(15 * 60_000);
    const mine = await say('omat', WORKER_2);
    expect(mine).toMatch(/Asialistalla: \w{2} \d{1,2}\.\d{1,2}\. \d{1,2}:\d{2}–\d{1,2}:\d{2}/);
    expect(mine).toContain('meetup-join/local-');
    expect(
      (
        await bot.app.deps.stores.outbox.entryOf(
          `case-scheduled|${secondCase}|${b?.slot?.start.toISOString()}`,
        )
      )?.notice.to.userId,
    ).toBe(WORKER_2.aadObjectId);
  });

  it("shows the agenda in the team's channel and in a group chat with coded fields only, never the case text", async () => {
    const inChannel = await say('asialista', CONVENOR, CHANNEL);
    const reference = (await caseOf(firstCase))?.reference ?? '?';
    expect(inChannel).toContain(reference);
    expect(inChannel).toContain('Botin suositus');
    const inGroup = await act('view-agenda', { sessionId }, CONVENOR, GROUP);
    const opened = await act('convenor-case', { sessionId, caseId: firstCase }, CONVENOR, GROUP);
    const textInGroup = await act('show-case-text', { sessionId, caseId: firstCase }, CONVENOR, GROUP);
    for (const card of [inChannel, inGroup, opened, textInGroup]) expect(card).not.toContain('Vuokrarästejä');
    expect(opened).not.toContain('"verb":"show-case-text"');
    expect(textInGroup).toContain('henkilökohtaisessa');
  });

  it("shows the free text on request in the convenor's personal chat", async () => {
    const opened = await act('convenor-case', { sessionId, caseId: firstCase }, CONVENOR);
    expect(opened).toContain('"verb":"show-case-text"');
    expect(await act('show-case-text', { sessionId, caseId: firstCase }, CONVENOR)).toContain(
      'Vuokrarästejä',
    );
  });

  it('records the outcome in the meeting; the worker sees it and a notice was enqueued', async () => {
    const version = (await caseOf(firstCase))?.version;
    const card = await act(
      'record-outcome',
      {
        sessionId,
        caseId: firstCase,
        version,
        decision: 'social-services-contact',
        servicesNeeded: 'social',
        kelaCooperation: 'true',
        result: 'discussed',
        followUp0: 'contact-social-welfare',
        responsible0: 'social-services',
        followUp1: '',
        responsible1: '',
      },
      CONVENOR,
      CHANNEL,
    );
    expect(card).toContain('Tulos kirjattu');
    expect(card).toContain('poikkesi suosituksesta');
    const c = await caseOf(firstCase);
    expect(c?.status).toBe('closed');
    expect(c?.outcome).toMatchObject({
      decision: 'social-services-contact',
      servicesNeeded: 'social',
      kelaCooperation: true,
    });
    expect(c?.outcome?.followUps).toEqual([
      { action: 'contact-social-welfare', responsible: 'social-services' },
    ]);
    expect(c?.events.map((e) => e.type).slice(-2)).toEqual(['discussed', 'closed']);
    expect(await say('omat', WORKER)).toContain(
      'Tiimin ratkaisu: Sosiaalipalvelut ensin: yhteydenotto sosiaalihuoltoon',
    );
    expect(await bot.app.deps.stores.outbox.entryOf(`outcome-recorded|${firstCase}`)).toBeDefined();
  });

  it('returns a case with a question; editing it puts it back on the agenda', async () => {
    const version = (await caseOf(secondCase))?.version;
    await act(
      'return-case',
      { sessionId, caseId: secondCase, version, reason: 'needs-more-information' },
      CONVENOR,
    );
    expect((await caseOf(secondCase))?.status).toBe('returned');
    expect(await say('omat', WORKER_2)).toContain('Palautettu: Tarvitaan lisätietoja');
    const edited = {
      ...validIntakeInputs(),
      caseId: secondCase,
      version: String((await caseOf(secondCase))?.version),
      acknowledgedWarnings: '',
    };
    await act('update-case', edited, WORKER_2);
    expect((await caseOf(secondCase))?.status).toBe('scheduled');
  });

  describe('a worker replaying convenor cards', () => {
    const CONVENOR_VERBS: Record<string, () => object> = {
      roles: () => ({}),
      'change-role': () => ({ user: WORKER.aadObjectId, role: 'admin', change: 'grant' }),
      teams: () => ({}),
      'new-team': () => ({}),
      'create-team': () => ({ ...teamForm, area: 'yla-savo' }),
      'view-agenda': () => ({ sessionId }),
      'convenor-case': () => ({ sessionId, caseId: secondCase }),
      'show-case-text': () => ({ sessionId, caseId: secondCase }),
      'move-case-earlier': () => ({ sessionId, caseId: secondCase }),
      'move-case': () => ({ sessionId, caseId: secondCase, toSessionId: sessionId }),
      'return-case': () => ({ sessionId, caseId: secondCase, version: 1, reason: 'question-unclear' }),
      'record-outcome': () => ({
        sessionId,
        caseId: secondCase,
        version: 1,
        decision: 'bilateral',
        servicesNeeded: 'none',
        kelaCooperation: 'false',
        result: 'discussed',
      }),
      'cancel-session': () => ({ sessionId }),
      'move-session': () => ({ sessionId, date: today, time: '10:00' }),
    };
    it.each(Object.keys(CONVENOR_VERBS))('is politely refused on %s, and nothing changes', async (verb) => {
      const before = JSON.stringify([
        await caseOf(secondCase),
        await bot.app.deps.stores.sessions.get(sessionId),
        await bot.app.deps.stores.teams.list(),
        await bot.app.deps.stores.roles.rolesOf({ userId: WORKER.aadObjectId, tenantId: TENANT_ID }),
      ]);
      const card = await act(verb, CONVENOR_VERBS[verb]?.() ?? {}, WORKER);
      expect(card).toContain('ei kuulu roolillesi');
      expect(card).not.toContain('Vuokrarästejä');
      const after = JSON.stringify([
        await caseOf(secondCase),
        await bot.app.deps.stores.sessions.get(sessionId),
        await bot.app.deps.stores.teams.list(),
        await bot.app.deps.stores.roles.rolesOf({ userId: WORKER.aadObjectId, tenantId: TENANT_ID }),
      ]);
      expect(after).toBe(before);
    });
  });
});
