import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  cardActionActivity,
  installActivity,
  messageActivity,
  OTHER_TENANT_ID,
  TENANT_ID,
} from './support/activities.js';
import { describeOnEachStore, storeKinds } from './support/store-kinds.js';
import { startTestBotOn, type StoreTestBot } from './support/test-app.js';

const kinds = await storeKinds('conversation');

describeOnEachStore(kinds, 'the conversation', (kind) => {
  let bot: StoreTestBot;
  beforeAll(async () => {
    bot = await startTestBotOn(kind, { ALLOWED_TENANT_IDS: TENANT_ID });
  });
  afterAll(() => bot.stop());
  beforeEach(() => bot.sink.clear());

  const cardTexts = (card: Record<string, unknown>) => JSON.stringify(card);

  describe('first conversation', () => {
    it('greets a new user with a Finnish welcome card offering the main actions', async () => {
      await bot.post(installActivity({ serviceUrl: bot.serviceUrl })).expect(200);
      const [card] = bot.sink.cards();
      expect(card).toBeDefined();
      expect(card?.version).toBe('1.5');
      const json = cardTexts(card!);
      expect(json).toContain('TYM-konsultaatio');
      expect(json).toContain('Uusi konsultaatiopyyntö');
      expect(json).toContain('Omat tapaukset');
      expect(json).not.toContain('${');
    });

    it('greets in English when the Teams locale is English', async () => {
      await bot.post(installActivity({ serviceUrl: bot.serviceUrl, locale: 'en-US' })).expect(200);
      const json = cardTexts(bot.sink.cards()[0]!);
      expect(json).toContain('New consultation request');
      expect(json).not.toContain('Uusi konsultaatiopyyntö');
    });

    it.each([
      ['apua', 'fi-FI', 'auttaa tuomaan'],
      ['Ohje', 'fi-FI', 'auttaa tuomaan'],
      ['help', 'en-GB', 'helps you bring'],
    ])(
      'answers the typed command %s with help text and the menu, in one activity',
      async (text, locale, expected) => {
        await bot.post(messageActivity(text, { serviceUrl: bot.serviceUrl, locale })).expect(200);
        expect(bot.sink.sent).toHaveLength(1);
        expect(bot.sink.cards()).toHaveLength(1);
        expect(JSON.stringify(bot.sink.cards()[0])).toContain(expected);
      },
    );

    it('answers unknown text helpfully instead of staying silent', async () => {
      await bot.post(messageActivity('mikä on kellonaika', { serviceUrl: bot.serviceUrl })).expect(200);
      expect(bot.sink.texts()).toEqual([]);
      expect(bot.sink.cards()).toHaveLength(1); // one activity: the line is on the menu card
      const card = bot.sink.cards()[0] as { body: Array<{ text?: string }> };
      expect(card.body[0]?.text).toContain('En tunnistanut');
      expect(JSON.stringify(card)).not.toContain('kellonaika'); // what was typed is never quoted
      expect(JSON.stringify(card)).not.toContain('Tuo vaikea asiakastilanne'); // not the whole welcome card
    });

    it('replies to the conversation the message came from', async () => {
      const activity = messageActivity('apua', { serviceUrl: bot.serviceUrl });
      await bot.post(activity).expect(200);
      expect(bot.sink.sent.every((s) => s.conversationId === activity.conversation.id)).toBe(true);
    });
  });

  describe('card actions', () => {
    it('answers the help button through Action.Execute with an invoke response and the help text', async () => {
      const res = await bot.post(cardActionActivity('help', {}, { serviceUrl: bot.serviceUrl })).expect(200);
      expect(res.body.statusCode).toBe(200);
      expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
      expect(JSON.stringify(res.body.value)).toContain('auttaa tuomaan');
      expect(bot.sink.sent).toHaveLength(0);
    });

    it('tells the user when a card action is not recognised (stale or tampered card)', async () => {
      const res = await bot
        .post(cardActionActivity('drop-database', {}, { serviceUrl: bot.serviceUrl }))
        .expect(200);
      expect(res.body.statusCode).toBe(200);
      expect(bot.sink.texts()[0]).toContain('ei tunnistettu');
    });
  });

  describe('tenant allow-list', () => {
    it('ignores messages from a tenant outside the allow-list and logs the rejection', async () => {
      await bot
        .post(messageActivity('apua', { serviceUrl: bot.serviceUrl, tenantId: OTHER_TENANT_ID }))
        .expect(200);
      expect(bot.sink.sent).toHaveLength(0);
      expect(
        bot.logger.lines.some((l) => l.includes('auth.tenant-rejected') && l.includes(OTHER_TENANT_ID)),
      ).toBe(true);
    });

    it('refuses card actions from a tenant outside the allow-list with 403', async () => {
      await bot
        .post(cardActionActivity('help', {}, { serviceUrl: bot.serviceUrl, tenantId: OTHER_TENANT_ID }))
        .expect(403);
      expect(bot.sink.sent).toHaveLength(0);
    });
  });
});
