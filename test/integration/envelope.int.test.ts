import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { validIntakeInputs } from '../fixtures/intake-inputs.js';
import { cardActionActivity, installActivity, messageActivity, WORKER } from './support/activities.js';
import { startTestBot, type TestBot } from './support/test-app.js';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(() => bot.stop());
beforeEach(() => bot.sink.clear());

const message = () => messageActivity('apua', { serviceUrl: bot.serviceUrl });
const invoke = () => cardActionActivity('help', {}, { serviceUrl: bot.serviceUrl });

/** Each entry breaks one field the bot relies on, the way the hostile requests that crashed turns did. */
const MALFORMED: ReadonlyArray<readonly [string, () => object]> = [
  ['a non-string conversation.tenantId', () => ({ ...message(), conversation: { id: 'a:1', tenantId: 42 } })],
  [
    'a non-string conversationType',
    () => ({ ...message(), conversation: { id: 'a:1', conversationType: {} } }),
  ],
  ['a non-string from.aadObjectId', () => ({ ...message(), from: { id: '29:x', aadObjectId: ['x'] } })],
  ['a non-string from.name', () => ({ ...message(), from: { id: '29:x', name: { $ne: null } } })],
  ['an invoke value that is not an object', () => ({ ...invoke(), value: 'help' })],
  ['an invoke value without an action', () => ({ ...invoke(), value: { trigger: 'manual' } })],
  ['a conversation id with a lone surrogate', () => ({ ...message(), conversation: { id: 'a:\ud800x' } })],
  ['a conversation id with a control character', () => ({ ...message(), conversation: { id: 'a:\u0000' } })],
  ['an over-long serviceUrl', () => ({ ...message(), serviceUrl: `https://x.example/${'a'.repeat(3000)}` })],
  ['entities that are not an array', () => ({ ...message(), entities: { type: 'clientInfo' } })],
  [
    'membersAdded that is not an array',
    () => ({ ...installActivity({ serviceUrl: bot.serviceUrl }), membersAdded: 'bot' }),
  ],
];

describe('a malformed activity', () => {
  it.each(MALFORMED)('with %s gets 400, the generic body, and no turn runs', async (_name, make) => {
    const res = await bot.post(make());
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'bad request' });
    expect(bot.sink.sent).toHaveLength(0);
  });

  it('with identity fields as operator objects stores nothing, and the worker can still list their cases', async () => {
    const tampered = {
      ...cardActionActivity('submit-case', validIntakeInputs(), { serviceUrl: bot.serviceUrl }),
      from: { id: '29:x', aadObjectId: { $ne: null } },
    };
    await bot.post(tampered).expect(400);
    const res = await bot
      .post(cardActionActivity('my-cases', {}, { serviceUrl: bot.serviceUrl }))
      .expect(200);
    expect(res.body.statusCode).toBe(200);
  });
});

describe('invokes the bot does not handle', () => {
  it.each([
    ['an unknown name', { name: 'composeExtension/query' }],
    ['no name', { name: undefined }],
  ])('with %s get HTTP 200 and the documented error response, never 501', async (_n, patch) => {
    const res = await bot.post({ ...invoke(), ...patch }).expect(200);
    expect(res.body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
  });
});

describe('conversation ids beyond Latin-1', () => {
  it('answers a message in a conversation whose id has characters above U+00FF', async () => {
    const id = 'a:keskustelu-€-中文-🙂';
    await bot.post(messageActivity('apua', { serviceUrl: bot.serviceUrl, conversationId: id })).expect(200);
    expect(bot.sink.sent.length).toBeGreaterThan(0);
    expect(bot.sink.sent[0]?.conversationId).toBe(id);
  });

  it('answers an install with the welcome card there too', async () => {
    const id = 'a:tervetuloa-ÄÖ-ł';
    await bot
      .post(installActivity({ serviceUrl: bot.serviceUrl, conversationId: id, from: WORKER }))
      .expect(200);
    expect(bot.sink.cards()).toHaveLength(1);
  });
});

describe('other activity types', () => {
  it.each(['typing', 'messageReaction', 'installationUpdate', 'event', 'endOfConversation'])(
    'accepts a %s activity with 200 and no reply',
    async (type) => {
      await bot.post({ ...message(), type }).expect(200);
      expect(bot.sink.sent).toHaveLength(0);
    },
  );
});
