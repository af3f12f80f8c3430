import { isLanguage } from '../domain/user/language.js';
import type { Locale } from '../i18n/locale.js';

/**
 * Every card action carries `lang`, the language its card was rendered in, so that the answer comes back in the
 * same language. This takes it off the action data: handlers never see `lang` (their schemas are strict), and a
 * `lang` that is not one of ours is dropped as well, as if the card had not sent one.
 */
export function splitCardLanguage(data: unknown): { lang: Locale | undefined; data: unknown } {
  if (!data || typeof data !== 'object' || Array.isArray(data) || !Object.hasOwn(data, 'lang'))
    return { lang: undefined, data };
  const { lang, ...rest } = data as Record<string, unknown>;
  return { lang: isLanguage(lang) ? lang : undefined, data: rest };
}
