import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarProvider } from '../../src/ports/calendar-provider.js';
import { validIntakeInputs } from '../fixtures/intake-inputs.js';
import { cardActionActivity, messageActivity, TENANT_ID, WORKER } from './support/activities.js';
import { startGraph } from './graph/graph-test-kit.js';
import { describeOnEachStore, memoryStores, storeKinds } from './support/store-kinds.js';
import { startTestBotOn, type StoreTestBot } from './support/test-app.js';

const kinds = await storeKinds('network');

const person = (n: number, name: string) => ({
  id: `29:user-${n}`,
  aadObjectId: `${String(n).repeat(8)}-${String(n).repeat(4)}-4${String(n).repeat(3)}-8${String(n).repeat(3)}-${String(n).repeat(12)}`,
  name,
});
const ADMIN = person(3, 'Ylläpitäjä');
const CONVENOR = person(4, 'Koollekutsuja');
const WORKER_2 = person(5, 'Toinen');
const EXPERT = 'tyollisyys.asiantuntija@example.fi';
const SOCIAL = 'sosiaali.ohjaaja@example.fi';
const KELA = 'kela.edustaja@example.fi';
/** Planted in the case: it must never reach a group chat. */
const CASE_TEXT = 'Vuokrarästejä kertynyt kevään aikana, kuntouttava työtoiminta keskeytyi tammikuussa.';
const GROUP = { id: '19:group-chat-7@thread.v2', type: 'groupChat' } as const;
const DAY = 86_400_000;

type From = typeof WORKER;

/** The Pori team's directory: an employment expert, a social worker and Kela; no public-health nurse. */
async function insertPoriTeam(bot: StoreTestBot): Promise<void> {
  const now = new Date();
  await bot.app.deps.stores.teams.insert({
    id: randomUUID(),
    areaCode: 'pori',
    convenor: { userId: CONVENOR.aadObjectId, tenantId: TENANT_ID },
    members: [
      { role: 'employment-expert', ref: EXPERT },
      { role: 'social-worker', ref: SOCIAL },
      { role: 'kela', ref: KELA },
    ],
    rhythm: {
      weekday: 'wednesday',
      intervalWeeks: 1,
      startTime: '09:00',
      durationMinutes: 90,
      firstDate: now.toISOString().slice(0, 10),
    },
    minutesPerCase: 15,
    casesPerSession: 6,
    conversation: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
}

describeOnEachStore(kinds, 'the network consultation (Rukkanen) loop', (kind) => {
  let bot: StoreTestBot;
  beforeAll(async () => {
    bot = await startTestBotOn(kind, { TYM_ADMIN_IDS: ADMIN.aadObjectId });
    await insertPoriTeam(bot);
  });
  afterAll(() => bot.stop());

  const inGroup = <T extends { conversation: object }>(a: T, isGroup: boolean): T =>
    isGroup
      ? { ...a, conversation: { ...a.conversation, id: GROUP.id, conversationType: GROUP.type, isGroup } }
      : a;
  /** The invoke's answer and any card sent as a new message. */
  const act = async (verb: string, data: object, from: From = WORKER, isGroup = false) => {
    bot.sink.clear();
    const res = await bot
      .post(inGroup(cardActionActivity(verb, data, { serviceUrl: bot.serviceUrl, from }), isGroup))
      .expect(200);
    const sent = bot.sink.cards().map((c) => JSON.stringify(c));
    return [JSON.stringify(res.body.value ?? res.body), ...sent].join('\n');
  };
  const say = async (text: string, from: From = WORKER, isGroup = false) => {
    bot.sink.clear();
    await bot.post(inGroup(messageActivity(text, { serviceUrl: bot.serviceUrl, from }), isGroup)).expect(200);
    return bot.sink
      .cards()
      .map((c) => JSON.stringify(c))
      .join('\n');
  };
  const caseOf = async (id: string) => {
    const c = await bot.app.deps.stores.cases.get(id);
    if (!c) throw new Error(`no case ${id}`);
    return c;
  };
  const submitNetworkCase = async () => {
    const card = await act('submit-case', {
      ...validIntakeInputs({
        area: 'pori',
        description: CASE_TEXT,
        form: 'network',
        networkConsent: 'true',
        networkParties: 'employment-authority,social-services',
      }),
      acknowledgedWarnings: '',
    });
    const id = /"caseId":"([0-9a-f-]{36})"/.exec(card)?.[1];
    if (!id) throw new Error(`no case in ${card.slice(0, 300)}`);
    return id;
  };
  /** Whether the person's calendar is busy at some time of the range. */
  const isBusy = async (who: string, start: Date, end: Date) => {
    const [s] = await bot.app.deps.calendar.getSchedule([{ id: who }], {
      start: start.getTime(),
      end: end.getTime(),
    });
    return s?.ok === true && s.busy.length > 0;
  };
  const consent = { parties: 'employment-authority,social-services,health-services', consent: 'true' };
  const startsOf = (card: string) =>
    [
      ...card.matchAll(
        /"verb":"book-network-meeting","title":"[^"]*","data":\{"caseId":"[^"]+","start":"([^"]+)"/g,
      ),
    ].map((m) => m[1] ?? '');

  let caseId = '';

  it('offers the planning from the case and from the typed command, in the personal chat', async () => {
    caseId = await submitNetworkCase();
    expect(await act('view-case', { caseId })).toContain('"verb":"plan-network"');
    expect(await say('verkosto')).toContain(`"caseId":"${caseId}"`);
    const plan = await act('plan-network', { caseId });
    expect(plan).toContain('Verkostokonsultaatio (Rukkanen)');
    expect(plan).toContain('TYM-terveydenhoitaja: nimettävä');
    expect(plan).toContain('"verb":"record-network-consent"');
    expect(plan).not.toContain('"verb":"find-network-slots"');
  });

  it('sends nothing and books nothing before consent', async () => {
    expect(await act('find-network-slots', { caseId })).toContain('Kirjaa ensin asiakkaan suostumus');
    const start = new Date(Date.now() + 2 * DAY).toISOString();
    expect(await act('book-network-meeting', { caseId, start })).toContain(
      'Kirjaa ensin asiakkaan suostumus',
    );
    expect(await act('record-network-consent', { caseId, ...consent, consent: 'false' })).toContain(
      'vahvista suostumus',
    );
    const c = await caseOf(caseId);
    expect(c.network?.consent ?? null).toBeNull();
    expect(await isBusy(WORKER.aadObjectId, new Date(), new Date(Date.now() + 30 * DAY))).toBe(false);
  });

  it('runs the loop: consent, parties, three times, booking with only those parties, review task, done', async () => {
    const recorded = await act('record-network-consent', { caseId, ...consent });
    expect(recorded).toContain('Suostumus kirjattu');
    expect(recorded).toContain('"verb":"find-network-slots"');
    const stored = await caseOf(caseId);
    expect(stored.network?.consent).toMatchObject({
      by: WORKER.aadObjectId,
      parties: ['employment-authority', 'social-services', 'health-services'],
    });

    const slots = startsOf(await act('find-network-slots', { caseId }));
    expect(slots).toHaveLength(3);
    const first = slots[0] ?? '';
    expect(Date.parse(first)).toBeGreaterThan(Date.now());

    const booked = await act('book-network-meeting', { caseId, start: first });
    expect(booked).toContain('Tapaaminen varattu');
    expect(booked).toContain('meetup-join/local-');
    const c = await caseOf(caseId);
    const meeting = c.network?.meeting;
    expect(meeting?.start.toISOString()).toBe(first);
    expect(meeting?.end.getTime()).toBe(Date.parse(first) + 45 * 60_000);
    expect(meeting?.attendees).toEqual([EXPERT, SOCIAL]);
    expect(c.events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['network-consent', 'network-booked']),
    );

    const [start, end] = [meeting?.start ?? new Date(), meeting?.end ?? new Date()];
    expect(await isBusy(WORKER.aadObjectId, start, end)).toBe(true);
    expect(await isBusy(EXPERT, start, end)).toBe(true);
    expect(await isBusy(SOCIAL, start, end)).toBe(true);
    expect(await isBusy(KELA, start, end)).toBe(false);

    const reminder = await bot.app.deps.stores.outbox.entryOf(`review-due|${caseId}|${meeting?.eventId}`);
    expect(reminder?.state).toBe('queued');
    expect(reminder?.notice.kind).toBe('review-due');
    expect(reminder?.notice.to.userId).toBe(WORKER.aadObjectId);
    expect(c.network?.review?.dueDate).toBe(reminder?.notice.data.dueDate);
    expect(reminder?.notice.dueAt.getTime()).toBeGreaterThan(end.getTime());

    // booking again is one meeting: the same case and slot are the same calendar transaction
    expect(await act('book-network-meeting', { caseId, start: first })).toContain('Tapaaminen on jo varattu');

    const done = await act('complete-network-review', { caseId });
    expect(done).toContain('Konsultaatio käyty läpi asiakkaan kanssa');
    const reviewed = await caseOf(caseId);
    expect(reviewed.network?.review?.doneAt).toBeInstanceOf(Date);
    expect(reviewed.events.at(-1)?.type).toBe('network-reviewed');
    expect(
      (await bot.app.deps.stores.outbox.entryOf(`review-due|${caseId}|${meeting?.eventId}`))?.state,
    ).toBe('cancelled');
  });

  it('cancels the pending meeting and its notices when the client withdraws consent', async () => {
    const second = await submitNetworkCase();
    await act('record-network-consent', { caseId: second, ...consent });
    const [start] = startsOf(await act('find-network-slots', { caseId: second }));
    await act('book-network-meeting', { caseId: second, start });
    const meeting = (await caseOf(second)).network?.meeting;
    if (!meeting) throw new Error('not booked');
    expect(await isBusy(SOCIAL, meeting.start, meeting.end)).toBe(true);

    const withdrawn = await act('withdraw-network-consent', { caseId: second });
    expect(withdrawn).toContain('Tapaaminen on peruttu');
    const c = await caseOf(second);
    expect(c.network?.consent).toBeNull();
    expect(c.network?.meeting?.isCancelled).toBe(true);
    expect(c.events.at(-1)?.type).toBe('network-consent-withdrawn');
    expect(await isBusy(SOCIAL, meeting.start, meeting.end)).toBe(false);
    expect(await isBusy(WORKER.aadObjectId, meeting.start, meeting.end)).toBe(false);
    expect((await bot.app.deps.stores.outbox.entryOf(`review-due|${second}|${meeting.eventId}`))?.state).toBe(
      'cancelled',
    );
    expect(await act('find-network-slots', { caseId: second })).toContain('Kirjaa ensin asiakkaan suostumus');
  });

  it('cancels a pending meeting when the worker withdraws the whole case', async () => {
    const third = await submitNetworkCase();
    await act('record-network-consent', { caseId: third, ...consent });
    const [start] = startsOf(await act('find-network-slots', { caseId: third }));
    await act('book-network-meeting', { caseId: third, start });
    const meeting = (await caseOf(third)).network?.meeting;
    if (!meeting) throw new Error('not booked');
    expect(await isBusy(EXPERT, meeting.start, meeting.end)).toBe(true);
    await act('withdraw-case', { caseId: third });
    const c = await caseOf(third);
    expect(c.status).toBe('withdrawn');
    expect(c.network?.meeting?.isCancelled).toBe(true);
    expect(await isBusy(EXPERT, meeting.start, meeting.end)).toBe(false);
    expect((await bot.app.deps.stores.outbox.entryOf(`review-due|${third}|${meeting.eventId}`))?.state).toBe(
      'cancelled',
    );
    expect(await act('plan-network', { caseId: third })).toContain('Tapaus on suljettu tai peruttu');
  });

  it("lets the area team's convenor plan, but not another worker, who learns nothing about the case", async () => {
    await act(
      'change-role',
      { user: CONVENOR.aadObjectId, userTyped: '', role: 'convenor', change: 'grant' },
      ADMIN,
    );
    expect(await act('plan-network', { caseId }, CONVENOR)).toContain('Verkostokonsultaatio (Rukkanen)');
    const before = (await caseOf(caseId)).version;
    for (const verb of [
      'plan-network',
      'record-network-consent',
      'withdraw-network-consent',
      'find-network-slots',
    ]) {
      const answer = await act(verb, { caseId, ...consent }, WORKER_2);
      expect(answer, verb).toContain('Tapausta ei löytynyt');
      expect(answer, verb).not.toContain((await caseOf(caseId)).reference);
    }
    expect((await caseOf(caseId)).version).toBe(before);
    const audit = await bot.readAudit();
    expect(
      audit.some(
        (e) => e.result === 'denied' && e.subject === caseId && e.actor?.userId === WORKER_2.aadObjectId,
      ),
    ).toBe(true);
  });

  it('shows no case content in a group chat, only the way to the personal chat', async () => {
    const reference = (await caseOf(caseId)).reference;
    for (const answer of [
      await say('verkosto', WORKER, true),
      await act('plan-network', { caseId }, WORKER, true),
      await act('find-network-slots', { caseId }, WORKER, true),
    ]) {
      expect(answer).toContain('henkilökohtaisessa keskustelussa');
      expect(answer).not.toContain(reference);
      expect(answer).not.toContain('Vuokrarästejä');
      expect(answer).not.toContain('meetup-join');
    }
  });
});

describe('the network consultation on the Graph calendar (loopback endpoint)', () => {
  const WORKER_UPN = 'tyontekija@tym.example';

  it('reads free/busy through getSchedule and books a Teams meeting with only the consented parties', async () => {
    const bot = await startTestBotOn({ name: 'memory', make: memoryStores, isUnavailable: false });
    const now = Date.now();
    const { graph, calendar } = await startGraph({
      [WORKER_UPN]: { items: [] },
      [EXPERT]: { items: [{ status: 'busy', start: now, end: now + 3 * DAY }] },
      [SOCIAL]: { items: [] },
    });
    try {
      graph.directory.set(WORKER.aadObjectId, WORKER_UPN);
      (bot.app.deps as { calendar: CalendarProvider }).calendar = calendar;
      await insertPoriTeam(bot);
      const post = async (verb: string, data: object) => {
        bot.sink.clear();
        const res = await bot
          .post(cardActionActivity(verb, data, { serviceUrl: bot.serviceUrl }))
          .expect(200);
        return JSON.stringify(res.body.value ?? res.body);
      };
      const received = await post('submit-case', {
        ...validIntakeInputs({
          area: 'pori',
          form: 'network',
          networkConsent: 'true',
          networkParties: 'social-services',
        }),
        acknowledgedWarnings: '',
      });
      const caseId = /"caseId":"([0-9a-f-]{36})"/.exec(received)?.[1] ?? '';
      await post('record-network-consent', {
        caseId,
        parties: 'employment-authority,social-services,health-services',
        consent: 'true',
      });
      const slots = [...(await post('find-network-slots', { caseId })).matchAll(/"start":"([^"]+)"/g)].map(
        (m) => m[1] ?? '',
      );
      expect(slots).toHaveLength(3);
      expect(Date.parse(slots[0] ?? '')).toBeGreaterThanOrEqual(now + 3 * DAY);
      const schedules = graph.of('getSchedule').map((r) => (r.body as { schedules: string[] }).schedules);
      expect(schedules).toEqual([[WORKER_UPN, EXPERT, SOCIAL]]);

      expect(await post('book-network-meeting', { caseId, start: slots[0] })).toContain('Tapaaminen varattu');
      const [created] = graph.of('createEvent');
      const body = created?.body as {
        attendees: { emailAddress: { address: string } }[];
        transactionId: string;
      };
      expect(created?.path).toBe(`/v1.0/users/${WORKER.aadObjectId}/events`);
      expect(body.attendees.map((a) => a.emailAddress.address)).toEqual([EXPERT, SOCIAL]);
      expect(body.transactionId).toBe(`network|${caseId}|${slots[0]}`);

      expect(await post('withdraw-network-consent', { caseId })).toContain('Tapaaminen on peruttu');
      expect(graph.of('cancelEvent')).toHaveLength(1);
      expect(graph.violations).toEqual([]);
    } finally {
      await graph.close();
      await bot.stop();
    }
  });
});
