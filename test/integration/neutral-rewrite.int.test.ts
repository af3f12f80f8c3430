import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { validIntakeInputs } from '../fixtures/intake-inputs.js';
import { cardActionActivity, WORKER } from './support/activities.js';
import { describeOnEachStore, storeKinds } from './support/store-kinds.js';
import { startTestBotOn, type StoreTestBot } from './support/test-app.js';

const kinds = await storeKinds('neutral-rewrite');

interface CardNode {
  readonly type?: string;
  readonly id?: string;
  readonly value?: string;
  readonly verb?: string;
  readonly data?: Record<string, unknown>;
  readonly [key: string]: unknown;
}

/** Every object of a card, depth first. */
function nodesOf(node: unknown): CardNode[] {
  if (Array.isArray(node)) return node.flatMap(nodesOf);
  if (!node || typeof node !== 'object') return [];
  return [node as CardNode, ...Object.values(node).flatMap(nodesOf)];
}

const inputValue = (card: unknown, id: string) => nodesOf(card).find((n) => n.id === id)?.value ?? '';
const actionOf = (card: unknown, verb: string) => nodesOf(card).find((n) => n.verb === verb);

const PERSONAL = {
  description:
    'Asiakas Matti Virtanen (puh. 040 765 4321) on ollut työttömänä kaksi vuotta. Soitin eilen virtaselle, ja hän lupasi toimittaa lääkärinlausunnon.',
  question: 'Voiko Virtaselle lähettää kutsun osoitteeseen matti.virtanen@esimerkki.fi?',
};

describeOnEachStore(kinds, 'the neutral rewrite of a refused text', (kind) => {
  let bot: StoreTestBot;
  beforeAll(async () => {
    bot = await startTestBotOn(kind);
  });
  afterAll(() => bot.stop());
  beforeEach(() => bot.sink.clear());

  async function invokeCard(verb: string, data: object): Promise<unknown> {
    const res = await bot
      .post(cardActionActivity(verb, data, { serviceUrl: bot.serviceUrl, from: WORKER, locale: 'fi-FI' }))
      .expect(200);
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    return res.body.value as unknown;
  }

  const step1Of = (all: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(all).filter(([k]) => !/^(scale_|kela|form|network)/.test(k)));

  it('offers the rewrite on refusal, returns placeholders without the personal data, and stores only what is sent', async () => {
    const all = validIntakeInputs(PERSONAL);
    const auditBefore = (await bot.readAudit()).length;
    const refused = await invokeCard('intake-next', {
      ...step1Of(all),
      acknowledgedWarnings: '',
      lang: 'fi',
    });
    const offer = actionOf(refused, 'apply-neutral-rewrite');
    expect(offer, 'the refusal card offers the neutral version').toBeDefined();

    const rewritten = await invokeCard('apply-neutral-rewrite', { ...step1Of(all), ...offer?.data });
    const description = inputValue(rewritten, 'description');
    const question = inputValue(rewritten, 'question');
    expect(description).toContain('[nimi]');
    expect(description).toContain('[puhelinnumero]');
    expect(question).toContain('[sähköposti]');
    const shown = JSON.stringify(rewritten);
    for (const secret of ['Virtanen', 'virtaselle', 'Virtaselle', '765 4321', 'matti.virtanen@'])
      expect(shown).not.toContain(secret);
    expect(actionOf(rewritten, 'apply-neutral-rewrite'), 'no second offer on the clean card').toBeUndefined();
    expect((await bot.readAudit()).length, 'nothing stored by the rewrite').toBe(auditBefore);

    const next = actionOf(rewritten, 'intake-next');
    const step2 = await invokeCard('intake-next', { ...step1Of(all), description, question, ...next?.data });
    const next2 = actionOf(step2, 'intake-next');
    expect(next2, 'the rewritten text passes the guard').toBeDefined();
    const step3 = await invokeCard('intake-next', { ...all, description, question, ...next2?.data });
    const submit = actionOf(step3, 'submit-case');
    expect(submit, 'the third step sends the case').toBeDefined();
    const receipt = JSON.stringify(
      await invokeCard('submit-case', { ...all, description, question, ...submit?.data }),
    );
    expect(receipt).toMatch(/KUO-\d{4}-\d{4}/);
    const caseId = /"caseId":"([0-9a-f-]{36})"/.exec(receipt)?.[1] ?? '';
    const stored = await bot.app.deps.stores.cases.get(caseId);
    expect(stored?.text?.description).toBe(description);
    expect(stored?.text?.question).toBe(question);
  });
});
