import type { FiguresOptions } from '../app/figures-dashboard.js';
import { formatPeriod, type Period } from '../domain/figures/period.js';
import { GROUPINGS, type FiguresReport } from '../domain/figures/report.js';

/**
 * The dashboard's JSON: the report as the domain computed it, with its period as the id string. Every other
 * field is passed through as it is, so figures the domain adds (rates, waiting times) reach the tab unchanged.
 */
export const reportJson = (r: FiguresReport) => ({ ...r, period: formatPeriod(r.period) });

const periodJson = (p: Period) => ({ id: formatPeriod(p), kind: p.kind });

export const optionsJson = (o: FiguresOptions) => ({
  current: formatPeriod(o.current),
  periods: o.periods.map(periodJson),
  groupings: [...GROUPINGS],
  areas: o.areas.map((a) => ({ code: a.code, name: a.name })),
  roles: [...o.roles],
});

export const trendJson = (t: { months: readonly Period[]; reports: readonly FiguresReport[] }) => ({
  months: t.months.map(formatPeriod),
  reports: t.reports.map(reportJson),
});
