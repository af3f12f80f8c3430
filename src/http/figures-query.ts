import { z } from 'zod';
import { parsePeriod } from '../domain/figures/period.js';
import { GROUPINGS } from '../domain/figures/report.js';

/**
 * The figures API's queries: fixed periods (`2026-05`, `2026-Q2`, `pilot`), fixed groupings and the deployment's
 * areas, nothing free-form. Strict objects: an unknown or repeated parameter is a 400, never a filter.
 */
const period = z
  .string()
  .max(16)
  .transform((s, ctx) => parsePeriod(s) ?? (ctx.addIssue({ code: 'custom', message: 'period' }), z.NEVER));
const grouping = z.enum(GROUPINGS);

export const ReportQuery = z.strictObject({ period, grouping });
export const TrendQuery = z.strictObject({ grouping });
export const OptionsQuery = z.strictObject({ lang: z.enum(['fi', 'en']).optional() });
export const bottlenecksQuery = (areaCodes: readonly [string, ...string[]]) =>
  z.strictObject({ period, area: z.enum(areaCodes) });
