import { DateTime } from 'luxon';
import type { Locale } from '../i18n/locale.js';

const HELSINKI = 'Europe/Helsinki';

/** `ti 12.5. 9:30–9:45` (fi) or `Tue 12 May 9:30–9:45` (en), in Helsinki time. */
export function formatTimeBox(start: Date, end: Date, locale: Locale): string {
  const s = DateTime.fromJSDate(start, { zone: HELSINKI }).setLocale(locale === 'fi' ? 'fi' : 'en-GB');
  const e = DateTime.fromJSDate(end, { zone: HELSINKI });
  const day = locale === 'fi' ? s.toFormat('ccc d.L.') : s.toFormat('ccc d LLL');
  return `${day} ${s.toFormat('H:mm')}–${e.toFormat('H:mm')}`;
}

/** `9:30` in Helsinki time. */
export const formatClock = (at: Date): string => DateTime.fromJSDate(at, { zone: HELSINKI }).toFormat('H:mm');
