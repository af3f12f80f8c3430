import type { Language, LanguagePreference } from '../domain/user/language.js';

/** Users' own settings. Adapters throw StoreError on infrastructure failures. */
export interface PreferenceStore {
  /** The language the user chose, or undefined when they never chose one. */
  languageOf(user: { readonly userId: string; readonly tenantId: string }): Promise<Language | undefined>;
  /** Stores (or replaces) the user's choice. */
  setLanguage(preference: LanguagePreference): Promise<void>;
}
