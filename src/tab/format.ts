import type { Messages, Lang } from './i18n.js';
import type { FiguresOptionsJson, Grouping, Published, Waiting } from './figures-json.js';

const LOCALES: Readonly<Record<Lang, string>> = { fi: 'fi-FI', en: 'en-GB' };

export const localeOf = (lang: Lang): string => LOCALES[lang];

/** Whole numbers with the language's grouping; days with at most one decimal. */
export const formatNumber = (n: number, lang: Lang, maxDecimals = 0): string =>
  new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: maxDecimals }).format(n);

/** A share in per cent (the API sends 40.5 for 40.5 %). */
export const formatPercent = (rate: number, lang: Lang): string =>
  new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 0 }).format(rate / 100);

/** What a published cell reads as: the number, "<5" or "–" (the spoken form is for screen readers). */
export function cellText(
  v: Published | undefined,
  lang: Lang,
  m: Messages,
): { shown: string; spoken?: string } {
  if (typeof v === 'number') return { shown: formatNumber(v, lang) };
  if (v === 'small') return { shown: m.cells.small, spoken: m.cells.smallSpoken };
  return { shown: m.cells.hidden, spoken: m.cells.hiddenSpoken };
}

export const waitingText = (w: Waiting | undefined, part: 'median' | 'p90', lang: Lang, m: Messages) =>
  w === undefined || w === 'small' ? cellText('small', lang, m) : { shown: formatNumber(w[part], lang, 1) };

/** `2026-05` → "toukokuu 2026" / "May 2026"; `2026-Q2` → "Q2/2026"; `pilot` → "Koko pilotti". */
export function periodLabel(id: string, lang: Lang, m: Messages, month: 'long' | 'short' = 'long'): string {
  if (id === 'pilot') return m.period.pilot;
  const q = /^(\d{4})-Q([1-4])$/.exec(id);
  if (q) return m.period.quarter(Number(q[2]), Number(q[1]));
  const mo = /^(\d{4})-(\d{2})$/.exec(id);
  if (!mo) return id;
  const date = new Date(Date.UTC(Number(mo[1]), Number(mo[2]) - 1, 1));
  const format: Intl.DateTimeFormatOptions =
    month === 'long' ? { month: 'long', year: 'numeric' } : { month: 'short', year: '2-digit' };
  return new Intl.DateTimeFormat(localeOf(lang), { ...format, timeZone: 'UTC' }).format(date);
}

/** A row's label: an area's name, an organisation or age group in words, or the total. */
export function groupLabel(
  grouping: Grouping,
  code: string,
  areas: FiguresOptionsJson['areas'],
  m: Messages,
): string {
  if (grouping === 'area') return areas.find((a) => a.code === code)?.name ?? code;
  const labels: Readonly<Record<string, string>> =
    grouping === 'organisation' ? m.tables.organisations : m.tables.ageGroups;
  return labels[code] ?? code;
}

/** A column's label in its table, falling back to the code for a column this build does not know. */
export function columnLabel(table: string, column: string, m: Messages): string {
  const labels = (m.tables.columns as Readonly<Record<string, Readonly<Record<string, string>>>>)[table];
  return labels?.[column] ?? column;
}
