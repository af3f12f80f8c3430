import { LANGUAGES, type Language } from '../domain/user/language.js';

/** The two languages of the product (one list, in the domain). Finnish is the default; English when the Teams locale says so. */
export const LOCALES = LANGUAGES;
export type Locale = Language;

/** Teams sends e.g. `fi-FI`, `en-US`, `en-GB`, `sv-SE`. Anything but English gets Finnish. */
export function pickLocale(teamsLocale: string | undefined | null): Locale {
  return teamsLocale && /^en\b/i.test(teamsLocale.trim()) ? 'en' : 'fi';
}

/** Strings and string-returning functions, widened so the English catalogue must match the Finnish one's shape. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };
