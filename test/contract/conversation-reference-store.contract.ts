import { describe, expect, it } from 'vitest';
import { useFreshStores, type MakeStores } from './stores-harness.js';

const AT = new Date('2026-10-25T00:30:00Z');
const ANNA = {
  userId: '11111111-1111-4111-8111-111111111111',
  tenantId: 'tenant-a',
  teamsUserId: '29:anna',
  conversationId: 'a:personal-anna',
  botId: '28:bot',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
};

/** What every ConversationReferenceStore adapter must do. */
export function describeConversationReferenceStoreContract(name: string, make: MakeStores): void {
  describe(`ConversationReferenceStore contract: ${name}`, () => {
    const h = useFreshStores(make);
    const refs = () => h().stores.conversationReferences;

    it('knows no reference for a user who never talked to the bot', async () => {
      expect(await refs().referenceOf(ANNA)).toBeUndefined();
    });

    it('keeps the latest reference per user and tenant and says when it changed', async () => {
      expect(await refs().save(ANNA, AT)).toBe(true);
      expect(await refs().save(ANNA, AT)).toBe(false);
      const moved = { ...ANNA, serviceUrl: 'https://smba.trafficmanager.net/amer/' };
      expect(await refs().save(moved, AT)).toBe(true);
      expect(await refs().referenceOf(ANNA)).toEqual(moved);
      expect(await refs().referenceOf({ ...ANNA, tenantId: 'tenant-b' })).toBeUndefined();
    });
  });
}
