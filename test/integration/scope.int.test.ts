import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/bot/verbs.js';
import { validIntakeInputs } from '../fixtures/intake-inputs.js';
import { cardActionActivity, messageActivity, TENANT_ID, WORKER } from './support/activities.js';
import { startTestBot, type TestBot } from './support/test-app.js';

/** A phrase planted in the worker's case: it must never leave the personal chat. */
const CASE_TEXT = 'Vuokrarästejä kertynyt kevään aikana, kuntouttava työtoiminta keskeytyi tammikuussa.';
const SCOPES = [
  { scope: 'groupChat', conversationId: '19:group-chat-1@thread.v2', isGroup: true },
  { scope: 'channel', conversationId: '19:channel-1@thread.tacv2;messageid=1700000000000', isGroup: true },
] as const;
const TEXT_COMMANDS = [
  'uusi',
  'omat',
  'ohjaus',
  'apua',
  'help',
  'my cases',
  'new',
  '<at>TYM</at> omat',
  'mitä?',
];

let bot: TestBot;
let caseId = '';

beforeAll(async () => {
  bot = await startTestBot();
  const res = await bot
    .post(cardActionActivity('submit-case', validIntakeInputs({ description: CASE_TEXT }), personal()))
    .expect(200);
  caseId = /"caseId":"([0-9a-f-]{36})"/.exec(JSON.stringify(res.body))?.[1] ?? '';
  expect(caseId).not.toBe('');
});
afterAll(() => bot.stop());
beforeEach(() => bot.sink.clear());

function personal() {
  return { serviceUrl: bot.serviceUrl };
}

/** The same worker, in a shared conversation of the given kind. */
function inScope<T extends { conversation: object }>(activity: T, s: (typeof SCOPES)[number]): T {
  return {
    ...activity,
    conversation: {
      ...activity.conversation,
      id: s.conversationId,
      conversationType: s.scope,
      isGroup: s.isGroup,
    },
  };
}

/** Data a real card of each verb would send, aimed at the worker's own case. */
function dataFor(verb: string): Record<string, unknown> {
  if (verb === 'submit-case') return validIntakeInputs({ description: CASE_TEXT });
  if (verb === 'update-case')
    return { ...validIntakeInputs(), caseId, version: '1', acknowledgedWarnings: '' };
  return { caseId };
}

const everythingSent = (body: unknown) => JSON.stringify(body) + JSON.stringify(bot.sink.sent);

describe.each(SCOPES)('in a $scope', (s) => {
  it.each([...VERBS])('answers the card action "%s" without any case content', async (verb) => {
    const casesBefore = await bot.app.deps.stores.cases.listByOwner(
      { userId: WORKER.aadObjectId, tenantId: TENANT_ID },
      100,
    );
    const res = await bot.post(inScope(cardActionActivity(verb, dataFor(verb), personal()), s)).expect(200);
    const sent = everythingSent(res.body);
    expect(sent).not.toContain('Vuokrarästejä');
    expect(sent).not.toContain(caseId);
    expect(res.body.statusCode).toBe(200);
    const casesAfter = await bot.app.deps.stores.cases.listByOwner(
      { userId: WORKER.aadObjectId, tenantId: TENANT_ID },
      100,
    );
    expect(casesAfter.map((c) => c.version)).toEqual(casesBefore.map((c) => c.version));
  });

  it.each(TEXT_COMMANDS)('answers the typed "%s" with a note pointing to the personal chat', async (text) => {
    await bot.post(inScope(messageActivity(text, personal()), s)).expect(200);
    expect(bot.sink.sent).toHaveLength(1);
    const sent = everythingSent(undefined);
    expect(sent).not.toContain('Vuokrarästejä');
    expect(sent).toContain('https://teams.microsoft.com/l/chat/0/0?users=');
    expect(bot.sink.sent[0]?.conversationId).toBe(s.conversationId);
  });
});

describe('in the personal chat', () => {
  it('answers help typed with a mention, as Teams writes it', async () => {
    await bot.post(messageActivity('<at>TYM-konsultaatio</at>&nbsp;apua', personal())).expect(200);
    expect(bot.sink.sent).toHaveLength(1);
    expect(JSON.stringify(bot.sink.sent)).toContain('new-request');
  });

  it('shows the own case text when the worker opens it', async () => {
    const res = await bot.post(cardActionActivity('view-case', { caseId }, personal())).expect(200);
    expect(everythingSent(res.body)).toContain('Vuokrarästejä');
  });
});
