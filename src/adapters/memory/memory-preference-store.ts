import type { Language, LanguagePreference } from '../../domain/user/language.js';
import type { PreferenceStore } from '../../ports/preference-store.js';

const keyOf = (u: { userId: string; tenantId: string }) => `${u.tenantId}|${u.userId}`;

export class MemoryPreferenceStore implements PreferenceStore {
  private readonly languages = new Map<string, LanguagePreference>();

  async languageOf(user: { userId: string; tenantId: string }): Promise<Language | undefined> {
    return this.languages.get(keyOf(user))?.language;
  }

  async setLanguage(preference: LanguagePreference): Promise<void> {
    this.languages.set(keyOf(preference), { ...preference });
  }
}
