import type { Language } from '../domain/user/language.js';
import type { Actor, AppDeps } from './app-deps.js';

/** Stores the user's own choice of language; it overrides the Teams client's locale from the next answer on. */
export async function setLanguage(deps: AppDeps, actor: Actor, language: Language): Promise<void> {
  await deps.stores.preferences.setLanguage({ ...actor, language, updatedAt: deps.clock.now() });
}
