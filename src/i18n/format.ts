import type { Locale } from './locale.js';

/** All dates and times users see are in Finnish time, whatever the server's zone. */
export const HELSINKI = 'Europe/Helsinki';

const dateTime: Readonly<Record<Locale, Intl.DateTimeFormat>> = {
  fi: new Intl.DateTimeFormat('fi-FI', { timeZone: HELSINKI, dateStyle: 'short', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: HELSINKI, dateStyle: 'medium', timeStyle: 'short' }),
};

/** E.g. `23.11.2026 klo 10.51` (fi) or `23 Nov 2026, 10:51` (en). */
export const formatDateTime = (at: Date, locale: Locale): string => dateTime[locale].format(at);
