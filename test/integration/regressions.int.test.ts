/** Shrunk counterexamples of the fuzz campaign (test/integration/fuzz), kept as ordinary tests. */
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { messageActivity, WORKER } from './support/activities.js';
import { startTestBot, type TestBot } from './support/test-app.js';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(() => bot.stop());
beforeEach(() => bot.sink.clear());

// FUZZ_SEED=20260701: {"kind":"message","user":0,"scope":"personal","text":"apua"} got 2 outgoing activities
it.each([
  ['apua', 'fi-FI'],
  ['help', 'en-US'],
])(
  'answers the typed command %s (%s) in a personal chat with exactly one outgoing activity',
  async (text, locale) => {
    const activity = messageActivity(text, { serviceUrl: bot.serviceUrl, locale, from: WORKER });
    await bot.post(activity).expect(200);
    expect(bot.sink.sent).toHaveLength(1);
  },
);
