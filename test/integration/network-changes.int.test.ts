import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalCalendarProvider } from '../../src/adapters/local-calendar/local-calendar-provider.js';
import { watchMeetings } from '../../src/app/network/watch-meetings.js';
import type { CaseRecord } from '../../src/domain/case/case-record.js';
import type { NetworkMeeting } from '../../src/domain/network/network-plan.js';
import type { CalendarProvider } from '../../src/ports/calendar-provider.js';
import { validIntakeInputs } from '../fixtures/intake-inputs.js';
import type { FakeGraphEndpoint } from './graph/fake-graph-endpoint.js';
import { startGraph } from './graph/graph-test-kit.js';
import { cardActionActivity, messageActivity, TENANT_ID, WORKER } from './support/activities.js';
import { describeOnEachStore, memoryStores, storeKinds } from './support/store-kinds.js';
import { startTestBotOn, type StoreTestBot } from './support/test-app.js';

/*
 * Item 5 of the Rukkanen issue: after a network consultation is booked, a party's decline or a cancellation in the
 * calendar reaches the worker who booked it, once, in their personal chat and language, with the next common time
 * of the same parties as a one-click booking.
 */
const kinds = await storeKinds('network-changes');

const EXPERT = 'tyollisyys.asiantuntija@example.fi';
const SOCIAL = 'sosiaali.ohjaaja@example.fi';
const KELA = 'kela.edustaja@example.fi';
const CONSENT = { parties: 'employment-authority,social-services,kela', consent: 'true' };

async function insertPoriTeam(bot: StoreTestBot): Promise<void> {
  const now = new Date();
  await bot.app.deps.stores.teams.insert({
    id: randomUUID(),
    areaCode: 'pori',
    convenor: { userId: '44444444-4444-4444-8444-444444444444', tenantId: TENANT_ID },
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

/** The worker's side of the bot: card actions and typed text in the personal chat, and what reached the chat. */
function workerOf(bot: StoreTestBot) {
  /** The invoke's answer and any card sent as a new message. */
  const act = async (verb: string, data: object) => {
    bot.sink.clear();
    const res = await bot.post(cardActionActivity(verb, data, { serviceUrl: bot.serviceUrl })).expect(200);
    return [
      JSON.stringify(res.body.value ?? res.body),
      ...bot.sink.cards().map((c) => JSON.stringify(c)),
    ].join('\n');
  };
  const say = async (text: string) => {
    await bot.post(messageActivity(text, { serviceUrl: bot.serviceUrl })).expect(200);
  };
  const caseOf = async (id: string): Promise<CaseRecord> => {
    const c = await bot.app.deps.stores.cases.get(id);
    if (!c) throw new Error(`no case ${id}`);
    return c;
  };
  const meetingOf = async (id: string): Promise<NetworkMeeting> => {
    const m = (await caseOf(id)).network?.meeting;
    if (!m) throw new Error('not booked');
    return m;
  };
  /** A network case with consent for three parties, booked at the first common time. */
  const bookedCase = async (): Promise<string> => {
    const received = await act('submit-case', {
      ...validIntakeInputs({
        area: 'pori',
        form: 'network',
        networkConsent: 'true',
        networkParties: 'social-services,kela',
      }),
      acknowledgedWarnings: '',
    });
    const caseId = /"caseId":"([0-9a-f-]{36})"/.exec(received)?.[1] ?? '';
    await act('record-network-consent', { caseId, ...CONSENT });
    const [start] = [...(await act('find-network-slots', { caseId })).matchAll(/"start":"([^"]+)"/g)];
    expect(await act('book-network-meeting', { caseId, start: start?.[1] })).toContain('Tapaaminen varattu');
    return caseId;
  };
  /** Sends due notices now; the cards that reached the worker's chat. */
  const notices = async () => {
    bot.sink.clear();
    await bot.app.outbox.runNow();
    return bot.sink.cards().map((c) => JSON.stringify(c));
  };
  return { act, say, caseOf, meetingOf, bookedCase, notices };
}

/** The one-click booking a notice card offers: its slot's start. */
const offeredStart = (card: string | undefined) =>
  /"verb":"book-network-meeting","title":"[^"]*","data":\{"caseId":"[^"]+","start":"([^"]+)"/.exec(
    card ?? '',
  )?.[1];

describeOnEachStore(kinds, 'changes after a network meeting is booked', (kind) => {
  let bot: StoreTestBot;
  let w: ReturnType<typeof workerOf>;
  let local: LocalCalendarProvider;
  beforeAll(async () => {
    bot = await startTestBotOn(kind);
    await insertPoriTeam(bot);
    w = workerOf(bot);
    if (!(bot.app.deps.calendar instanceof LocalCalendarProvider)) throw new Error('not the local calendar');
    local = bot.app.deps.calendar;
  });
  afterAll(() => bot.stop());

  let caseId = '';
  let declined: NetworkMeeting;

  it('tells the worker once when a party declines, with the next common time of the same parties', async () => {
    caseId = await w.bookedCase();
    declined = await w.meetingOf(caseId);
    expect(await bot.app.meetingWatch.runNow()).toMatchObject({ ran: true, changed: 0, unreadable: 0 });
    expect(await local.respond(declined.eventId, KELA, 'declined')).toBe(true);

    expect(await bot.app.meetingWatch.runNow()).toMatchObject({ ran: true, changed: 1 });
    // a second look (a redelivered poll) finds the decline recorded and tells nothing more
    expect(await bot.app.meetingWatch.runNow()).toMatchObject({ ran: true, changed: 0 });
    const c = await w.caseOf(caseId);
    expect(c.network?.meeting?.declinedBy).toEqual([KELA]);
    expect(c.events.at(-1)).toMatchObject({ type: 'network-declined', by: KELA });

    const [card, ...more] = await w.notices();
    expect(more).toEqual([]);
    expect(card).toContain(`Verkostokonsultaation **${c.reference}** tapaamiseen`);
    expect(card).toContain('kutsuttu osapuoli kieltäytyi: Kela.');
    expect(card).not.toContain(KELA);
    const start = Date.parse(offeredStart(card) ?? '');
    expect(start).toBeGreaterThan(Date.now());
    expect(start).not.toBe(declined.start.getTime());
    expect(bot.sink.sent[0]?.conversationId).toBe(`a:personal-${WORKER.aadObjectId}`);
    expect(await w.notices()).toEqual([]);

    const plan = await w.act('plan-network', { caseId });
    expect(plan).toContain('Kutsusta kieltäytyi: Kela.');
    expect(plan).toContain('"verb":"find-network-slots"');
  });

  it('tells a change once even when the case write was lost and the change is seen again', async () => {
    const c = await w.caseOf(caseId);
    const meeting = c.network?.meeting;
    if (!c.network || !meeting) throw new Error('not booked');
    // as if the run that queued the notice had died before writing the case
    const lost = {
      ...c,
      network: { ...c.network, meeting: { ...meeting, declinedBy: [] } },
      version: c.version + 1,
    };
    expect(await bot.app.deps.stores.cases.replace(lost, c.version)).toBe(true);
    expect(await bot.app.meetingWatch.runNow()).toMatchObject({ changed: 1 });
    expect(await w.notices()).toEqual([]);
    expect((await w.caseOf(caseId)).network?.meeting?.declinedBy).toEqual([KELA]);
  });

  it('runs on one instance at a time: another holder does nothing while the lease is held', async () => {
    const other = await watchMeetings(bot.app.deps, { holder: 'another-instance', leaseMs: 60_000 });
    expect(other).toEqual({ ran: false });
  });

  it('books the offered time with one click, replacing the declined meeting for everyone', async () => {
    const c = await w.caseOf(caseId);
    const entry = await bot.app.deps.stores.outbox.entryOf(
      `meeting-changed|${caseId}|${declined.eventId}|declined|${KELA}`,
    );
    const start = String(entry?.notice.data.slotStart);
    const booked = await w.act('book-network-meeting', { caseId, start });
    expect(booked).toContain('Tapaaminen varattu');
    expect(booked).not.toContain('Kutsusta kieltäytyi');
    const meeting = await w.meetingOf(caseId);
    expect(meeting.eventId).not.toBe(declined.eventId);
    expect(meeting.start.toISOString()).toBe(start);
    expect(meeting.attendees).toEqual(declined.attendees);
    expect(meeting.declinedBy).toEqual([]);
    const [old] = await local.getEventStates({ id: WORKER.aadObjectId }, [
      { eventId: declined.eventId, attendees: [] },
    ]);
    expect(old?.status).toBe('cancelled');
    const outbox = bot.app.deps.stores.outbox;
    expect((await outbox.entryOf(`review-due|${caseId}|${declined.eventId}`))?.state).toBe('cancelled');
    expect((await outbox.entryOf(`review-due|${caseId}|${meeting.eventId}`))?.state).toBe('queued');
    expect((await w.caseOf(caseId)).events.filter((e) => e.type === 'network-booked')).toHaveLength(
      c.events.filter((e) => e.type === 'network-booked').length + 1,
    );
  });

  it("tells a cancellation in the calendar in the worker's language and drops the review task", async () => {
    await w.say('language english');
    const meeting = await w.meetingOf(caseId);
    // the organizer cancels in Outlook: the event leaves the calendars
    expect(await bot.app.deps.calendar.cancelEvent({ id: meeting.organizer }, meeting.eventId)).toBe(true);
    expect(await bot.app.meetingWatch.runNow()).toMatchObject({ changed: 1 });
    expect(await bot.app.meetingWatch.runNow()).toMatchObject({ changed: 0 });
    const c = await w.caseOf(caseId);
    expect(c.network?.meeting?.isCancelled).toBe(true);
    expect(c.network?.review).toBeNull();
    expect(c.events.at(-1)).toMatchObject({ type: 'network-cancelled', by: 'calendar' });
    const review = await bot.app.deps.stores.outbox.entryOf(`review-due|${caseId}|${meeting.eventId}`);
    expect(review?.state).toBe('cancelled');

    const [card, ...more] = await w.notices();
    expect(more).toEqual([]);
    expect(card).toContain(`The meeting of network consultation **${c.reference}** on`);
    expect(card).toContain('was cancelled in the calendar.');
    const start = offeredStart(card);
    expect(start).toBeDefined();

    // the same time may come back free: booking it again is a new calendar transaction, a new meeting
    const booked = await w.act('book-network-meeting', { caseId, start });
    expect(booked).toContain('Meeting booked');
    const rebooked = await w.meetingOf(caseId);
    expect(rebooked.eventId).not.toBe(meeting.eventId);
    expect(rebooked.isCancelled).toBe(false);
    await w.say('kieli suomi');
  });

  it('leaves a meeting already held alone, and a meeting the worker cancelled by withdrawing consent', async () => {
    const withdrawn = await w.bookedCase();
    const meeting = await w.meetingOf(withdrawn);
    expect(await w.act('withdraw-network-consent', { caseId: withdrawn })).toContain('Tapaaminen on peruttu');
    expect(await bot.app.meetingWatch.runNow()).toMatchObject({ changed: 0 });
    expect(
      await bot.app.deps.stores.outbox.entryOf(`meeting-changed|${withdrawn}|${meeting.eventId}|cancelled`),
    ).toBeUndefined();
  });
});

describe('changes after booking on the Graph calendar (loopback endpoint)', () => {
  const WORKER_UPN = 'tyontekija@tym.example';
  let bot: StoreTestBot;
  let graph: FakeGraphEndpoint;
  beforeAll(async () => {
    bot = await startTestBotOn({ name: 'memory', make: memoryStores, isUnavailable: false });
    const started = await startGraph({
      [WORKER_UPN]: { items: [] },
      [EXPERT]: { items: [] },
      [SOCIAL]: { items: [] },
      [KELA]: { items: [] },
    });
    graph = started.graph;
    graph.directory.set(WORKER.aadObjectId, WORKER_UPN);
    (bot.app.deps as { calendar: CalendarProvider }).calendar = started.calendar;
    await insertPoriTeam(bot);
  });
  afterAll(async () => {
    await graph.close();
    await bot.stop();
  });

  it("reads each booked meeting with its attendees' answers, and tells a decline and a cancellation once", async () => {
    const w = workerOf(bot);
    const caseId = await w.bookedCase();
    const meeting = await w.meetingOf(caseId);
    graph.respond(meeting.eventId, EXPERT, 'accepted');
    graph.respond(meeting.eventId, SOCIAL, 'declined');
    expect(await bot.app.meetingWatch.runNow()).toMatchObject({ ran: true, checked: 1, changed: 1 });
    expect(await bot.app.meetingWatch.runNow()).toMatchObject({ changed: 0 });
    const [read] = graph.of('getEvent');
    expect(read?.path).toBe(
      `/v1.0/users/${WORKER.aadObjectId}/events/${encodeURIComponent(meeting.eventId)}`,
    );
    expect(read?.query).toEqual({ $select: 'isCancelled,attendees' });
    expect(read?.headers.prefer).toBe('outlook.timezone="FLE Standard Time"');
    expect((await w.caseOf(caseId)).network?.meeting?.declinedBy).toEqual([SOCIAL]);
    const [declinedCard, ...more] = await w.notices();
    expect(more).toEqual([]);
    expect(declinedCard).toContain('kutsuttu osapuoli kieltäytyi: Sosiaalipalvelut.');
    expect(offeredStart(declinedCard)).toBeDefined();

    graph.cancelInOutlook(meeting.eventId);
    expect(await bot.app.meetingWatch.runNow()).toMatchObject({ changed: 1 });
    const [cancelledCard] = await w.notices();
    expect(cancelledCard).toContain('on peruttu kalenterissa.');
    expect((await w.caseOf(caseId)).network?.meeting?.isCancelled).toBe(true);
    expect(await bot.app.meetingWatch.runNow()).toMatchObject({ checked: 0 });
    expect(graph.violations).toEqual([]);
  });
});
