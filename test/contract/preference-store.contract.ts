import { describe, expect, it } from 'vitest';
import { useFreshStores, type MakeStores } from './stores-harness.js';

const AT = new Date('2026-10-25T00:30:00Z');
const ANNA = { userId: '11111111-1111-4111-8111-111111111111', tenantId: 'tenant-a' };

/** What every PreferenceStore adapter must do. */
export function describePreferenceStoreContract(name: string, make: MakeStores): void {
  describe(`PreferenceStore contract: ${name}`, () => {
    const h = useFreshStores(make);
    const prefs = () => h().stores.preferences;

    it('knows no language for a user who never chose one', async () => {
      expect(await prefs().languageOf(ANNA)).toBeUndefined();
    });

    it('keeps the latest choice per user and tenant', async () => {
      await prefs().setLanguage({ ...ANNA, language: 'en', updatedAt: AT });
      await prefs().setLanguage({ ...ANNA, language: 'fi', updatedAt: AT });
      expect(await prefs().languageOf(ANNA)).toBe('fi');
      expect(await prefs().languageOf({ ...ANNA, tenantId: 'tenant-b' })).toBeUndefined();
    });
  });
}
