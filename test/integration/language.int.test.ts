import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cardActionActivity, messageActivity, TENANT_ID, WORKER } from './support/activities.js';
import { startTestBot, type TestBot } from './support/test-app.js';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(() => bot.stop());
beforeEach(() => bot.sink.clear());

const USER = { id: '29:lang-user', aadObjectId: '33333333-3333-4333-8333-333333333333', name: 'Kielitesti' };
const say = (text: string, locale: string) =>
  bot.post(messageActivity(text, { serviceUrl: bot.serviceUrl, from: USER, locale })).expect(200);
const lastSent = () => JSON.stringify(bot.sink.sent.at(-1));

describe('language', () => {
  it('follows the Teams locale until the user chooses a language, then keeps the choice', async () => {
    await say('help', 'en-US');
    expect(lastSent()).toContain('New consultation request');
    await say('kieli suomi', 'en-US');
    expect(lastSent()).toContain('suomeksi');
    bot.sink.clear();
    await say('help', 'en-US');
    expect(lastSent()).toContain('Uusi konsultaatiopyyntö');
  });

  it('asks which language when the user types "language" alone, and stores the choice from the card', async () => {
    await say('language', 'fi-FI');
    expect(lastSent()).toContain('"verb":"set-language"');
    const res = await bot
      .post(
        cardActionActivity(
          'set-language',
          { language: 'en', lang: 'fi' },
          { serviceUrl: bot.serviceUrl, from: USER },
        ),
      )
      .expect(200);
    expect(JSON.stringify(res.body)).toContain('From now on I answer you in English');
    bot.sink.clear();
    await say('apua', 'fi-FI');
    expect(lastSent()).toContain('New consultation request');
  });

  it('answers a card action in the language the card was sent in', async () => {
    const res = await bot
      .post(
        cardActionActivity(
          'new-referral',
          { lang: 'fi' },
          { serviceUrl: bot.serviceUrl, from: WORKER, locale: 'en-US' },
        ),
      )
      .expect(200);
    expect(JSON.stringify(res.body) + JSON.stringify(bot.sink.sent)).toMatch(/Organisaatio|Ohjaus|ohjaus/);
  });

  it('refuses a language the product does not have, changing nothing', async () => {
    const res = await bot
      .post(
        cardActionActivity('set-language', { language: 'sv' }, { serviceUrl: bot.serviceUrl, from: WORKER }),
      )
      .expect(200);
    expect(res.body.statusCode).toBe(200);
    expect(
      await bot.app.deps.stores.preferences.languageOf({ userId: WORKER.aadObjectId, tenantId: TENANT_ID }),
    ).toBeUndefined();
  });
});
