import type { Collection } from 'mongodb';
import { isLanguage, type Language, type LanguagePreference } from '../../domain/user/language.js';
import type { PreferenceStore } from '../../ports/preference-store.js';
import type { PreferenceDocument } from './mongo-mappers.js';
import { requireDate, requireString } from './safe-filter.js';
import { storeCall } from './store-call.js';

/** One document per user; `_id` is `tenant|user`, so a lookup is one `_id` read. */
export class MongoPreferenceStore implements PreferenceStore {
  constructor(private readonly preferences: Collection<PreferenceDocument>) {}

  async languageOf(user: { userId: string; tenantId: string }): Promise<Language | undefined> {
    const op = 'preferences.languageOf';
    const _id = `${requireString(user.tenantId, 'tenantId', op)}|${requireString(user.userId, 'userId', op)}`;
    const doc = await storeCall(op, () => this.preferences.findOne({ _id }));
    return isLanguage(doc?.language) ? doc.language : undefined;
  }

  async setLanguage(p: LanguagePreference): Promise<void> {
    const op = 'preferences.setLanguage';
    const userId = requireString(p.userId, 'userId', op);
    const tenantId = requireString(p.tenantId, 'tenantId', op);
    const language = requireString(p.language, 'language', op);
    const updatedAt = requireDate(p.updatedAt, 'updatedAt', op);
    await storeCall(op, () =>
      this.preferences.updateOne(
        { _id: `${tenantId}|${userId}` },
        { $set: { userId, tenantId, language, updatedAt } },
        { upsert: true },
      ),
    );
  }
}
