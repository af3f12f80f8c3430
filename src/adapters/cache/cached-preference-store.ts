import type { Language, LanguagePreference } from '../../domain/user/language.js';
import type { PreferenceStore } from '../../ports/preference-store.js';
import { PerUserCache } from './per-user-cache.js';

/**
 * Every turn needs the user's language, so lookups are kept for a short while per process (a change made on
 * another instance shows within `ttlMs`; one made here at once). Bounded: the oldest entries go first.
 */
export class CachedPreferenceStore implements PreferenceStore {
  private readonly cache: PerUserCache<Language | undefined>;

  constructor(
    private readonly inner: PreferenceStore,
    now: () => number = Date.now,
    ttlMs = 60_000,
    maxEntries = 10_000,
  ) {
    this.cache = new PerUserCache(now, ttlMs, maxEntries);
  }

  async languageOf(user: { userId: string; tenantId: string }): Promise<Language | undefined> {
    const hit = this.cache.get(user);
    if (hit) return hit.value;
    const language = await this.inner.languageOf(user);
    this.cache.set(user, language);
    return language;
  }

  async setLanguage(preference: LanguagePreference): Promise<void> {
    await this.inner.setLanguage(preference);
    this.cache.set(preference, preference.language);
  }
}
