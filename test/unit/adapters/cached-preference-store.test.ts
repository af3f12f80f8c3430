import { describe, expect, it } from 'vitest';
import { CachedPreferenceStore } from '../../../src/adapters/cache/cached-preference-store.js';
import { MemoryPreferenceStore } from '../../../src/adapters/memory/memory-preference-store.js';

const USER = { userId: 'u1', tenantId: 't1' };

describe('CachedPreferenceStore', () => {
  it('answers repeated lookups from the cache until the entry expires', async () => {
    const inner = new MemoryPreferenceStore();
    let now = 0;
    const cached = new CachedPreferenceStore(inner, () => now, 1_000);
    expect(await cached.languageOf(USER)).toBeUndefined();
    await inner.setLanguage({ ...USER, language: 'en', updatedAt: new Date(0) }); // another instance
    expect(await cached.languageOf(USER)).toBeUndefined();
    now = 1_001;
    expect(await cached.languageOf(USER)).toBe('en');
  });

  it('shows its own change at once', async () => {
    const cached = new CachedPreferenceStore(new MemoryPreferenceStore(), () => 0);
    expect(await cached.languageOf(USER)).toBeUndefined();
    await cached.setLanguage({ ...USER, language: 'fi', updatedAt: new Date(0) });
    expect(await cached.languageOf(USER)).toBe('fi');
  });

  it('stays within its size bound, forgetting the oldest entry first', async () => {
    const inner = new MemoryPreferenceStore();
    const cached = new CachedPreferenceStore(inner, () => 0, 60_000, 2);
    for (const userId of ['a', 'b', 'c'])
      await cached.setLanguage({ userId, tenantId: 't', language: 'en', updatedAt: new Date(0) });
    await inner.setLanguage({ userId: 'a', tenantId: 't', language: 'fi', updatedAt: new Date(0) });
    expect(await cached.languageOf({ userId: 'a', tenantId: 't' })).toBe('fi');
    expect(await cached.languageOf({ userId: 'c', tenantId: 't' })).toBe('en');
  });
});
