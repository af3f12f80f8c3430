import type { Published, TrendJson } from './figures-json.js';
import type { Messages } from './i18n.js';
import { headlineOf } from './report-cells.js';

export const SERIES = ['brought', 'decided', 'networkHeld'] as const;
export type Series = (typeof SERIES)[number];

export const seriesLabel = (m: Messages, s: Series): string =>
  s === 'brought' ? m.headline.brought : s === 'decided' ? m.headline.decided : m.headline.networkHeld;

/** Per month, all groups together: the total row of each month's report. */
export function monthRows(
  trend: TrendJson,
): { month: string; values: Record<Series, Published | undefined> }[] {
  return trend.reports.map((r, i) => {
    const h = headlineOf(r);
    return {
      month: trend.months[i] ?? r.period,
      values: { brought: h.brought, decided: h.decided, networkHeld: h.networkHeld },
    };
  });
}
