import { z } from 'zod';
import template from '../../cards/figures.card.json' with { type: 'json' };
import { formatPeriod, shiftPeriod, type Period } from '../domain/figures/period.js';
import type { FiguresReport, Published, Waiting } from '../domain/figures/report.js';
import type { Messages } from '../i18n/fi.js';
import { LOCALES } from '../i18n/locale.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';

const Text = z.string().min(1);

export const FiguresCardData = z.object({
  lang: z.enum(LOCALES),
  title: Text,
  intro: Text,
  note: Text,
  facts: z.array(z.object({ title: Text, value: Text })).min(1),
  previous: Text,
  next: z.string(),
  csvUrl: z.string(),
  dashboardUrl: z.string(),
  labels: z.object({ previous: Text, next: Text, csv: Text, dashboard: Text }),
});

export function periodName(t: Messages, p: Period): string {
  if (p.kind === 'month') return t.figures.period.month(p);
  return p.kind === 'quarter' ? t.figures.period.quarter(p) : t.figures.period.pilot;
}

/** A published count as the reader sees it: the number, "<5", or ".." (hidden). */
export const showCount = (t: Messages, v: Published | undefined): string =>
  v === undefined || v === 'hidden' ? t.figures.hidden : v === 'small' ? t.figures.small : String(v);

const showWaiting = (t: Messages, w: Waiting | undefined): string => {
  if (w === undefined || w === 'small') return t.figures.small;
  const n = (x: number) =>
    new Intl.NumberFormat(t.lang === 'fi' ? 'fi-FI' : 'en-GB', { maximumFractionDigits: 1 }).format(x);
  return t.figures.waitingValue({ median: n(w.median), p90: n(w.p90) });
};

/** The total row's value of a column of a table. */
const total = (r: FiguresReport, table: string, column: string): Published | undefined => {
  const tb = r.tables.find((x) => x.id === table);
  return tb?.rows.at(-1)?.[tb.columns.indexOf(column)];
};

/**
 * The headline numbers of a period (all areas together), suppressed as published; buttons to neighbouring months,
 * the CSV and the dashboard tab (a Teams deep link, or in development the tab's own URL).
 */
export function renderFiguresCard(
  t: Messages,
  r: FiguresReport,
  now: Period,
  csvUrl?: string,
  dashboardUrl?: string,
): AdaptiveCardJson {
  const l = t.figures.labels;
  const count = (title: string, table: string, column: string) => ({
    title,
    value: showCount(t, total(r, table, column)),
  });
  const next = shiftPeriod(r.period, 1);
  const isFuture = next !== undefined && formatPeriod(next) > formatPeriod(now);
  const query = `?period=${formatPeriod(r.period)}&grouping=area`;
  return expandTemplate(
    template,
    FiguresCardData.parse({
      lang: t.lang,
      title: t.figures.title({ period: periodName(t, r.period) }),
      intro: t.figures.intro,
      note: t.figures.note,
      facts: [
        count(l.brought, 'flow', 'brought'),
        count(l.networkHeld, 'flow', 'network-held'),
        count(l.viaTeam, 'referral-route', 'via-team'),
        count(l.direct, 'referral-route', 'direct'),
        ...(
          [
            'tym-client',
            'social-services-contact',
            'social-services-notification',
            'health-services-first',
            'bilateral',
            'tym-not-current',
          ] as const
        ).map((d) => count(l[d], 'outcomes', d)),
        count(l.servicesSocial, 'services', 'social'),
        count(l.servicesHealth, 'services', 'health'),
        count(l.servicesBoth, 'services', 'both'),
        count(l.clearNeed, 'multidisciplinary', 'clear-need'),
        count(l.differed, 'agreement', 'differed'),
        { title: l.waiting, value: showWaiting(t, r.waiting.discussed.at(-1)) },
        count(l.waitingOver, 'bottlenecks', 'waiting-over-threshold'),
        count(l.returned, 'bottlenecks', 'returned'),
        count(l.sessionsOver, 'bottlenecks', 'sessions-over-capacity'),
      ],
      previous: formatPeriod(shiftPeriod(r.period, -1) ?? r.period),
      next: next && !isFuture ? formatPeriod(next) : '',
      csvUrl: csvUrl ? `${csvUrl}${query}` : '',
      dashboardUrl: dashboardUrl ?? '',
      labels: t.figures.actions,
    }),
  );
}
