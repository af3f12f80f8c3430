import type { Language, LanguagePreference } from '../../domain/user/language.js';
import type { PreferenceStore } from '../../ports/preference-store.js';

interface Entry {
  readonly language: Language | undefined;
  readonly until: number;
}

/**
 * Every turn needs the user's language, so lookups are kept for a short while per process (a change made on
 * another instance shows within `ttlMs`; one made here at once). Bounded: the oldest entries go first.
 */
export class CachedPreferenceStore implements PreferenceStore {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly inner: PreferenceStore,
    private readonly now: () => number = Date.now,
    private readonly ttlMs = 60_000,
    private readonly maxEntries = 10_000,
  ) {}

  async languageOf(user: { userId: string; tenantId: string }): Promise<Language | undefined> {
    const key = `${user.tenantId}|${user.userId}`;
    const hit = this.entries.get(key);
    if (hit && hit.until > this.now()) return hit.language;
    const language = await this.inner.languageOf(user);
    this.remember(key, language);
    return language;
  }

  async setLanguage(preference: LanguagePreference): Promise<void> {
    await this.inner.setLanguage(preference);
    this.remember(`${preference.tenantId}|${preference.userId}`, preference.language);
  }

  private remember(key: string, language: Language | undefined) {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { language, until: this.now() + this.ttlMs });
  }
}
