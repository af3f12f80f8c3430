import { Router, type RequestHandler } from 'express';
import type { z } from 'zod';
import type { Actor, AppDeps } from '../app/app-deps.js';
import { computeFigures } from '../app/compute-figures.js';
import { computeTrend, figuresOptions } from '../app/figures-dashboard.js';
import { listBottlenecks } from '../app/list-bottlenecks.js';
import type { AuditAction } from '../domain/audit/audit-entry.js';
import { formatPeriod } from '../domain/figures/period.js';
import type { FiguresAccess } from './figures-access.js';
import { optionsJson, reportJson, trendJson } from './figures-json.js';
import { bottlenecksQuery, OptionsQuery, ReportQuery, TrendQuery } from './figures-query.js';

/** One endpoint: admit (401/403), parse the query (400), run one use case and answer its JSON. */
function endpoint<S extends z.ZodType>(
  access: FiguresAccess,
  action: AuditAction,
  schema: S,
  run: (query: z.output<S>, actor: Actor) => Promise<unknown>,
): RequestHandler {
  return async (req, res, next) => {
    try {
      const actor = await access.admit(req, res, action);
      if (!actor) return;
      const query = schema.safeParse(req.query);
      if (!query.success) {
        res.status(400).json({ error: 'bad-query' });
        return;
      }
      res.status(200).json(await run(query.data, actor));
    } catch (e) {
      next(e);
    }
  };
}

/**
 * The dashboard tab's JSON API (`/api/figures…`): the same suppressed figures as the card and the CSV, by fixed
 * period and grouping, for evaluators, convenors and admins. Views are audited (throttled), printed reports always.
 */
export function figuresApi(app: AppDeps, access: FiguresAccess): Router {
  const router = Router();
  const areaCodes = app.areas.map((a) => a.code);
  const Bottlenecks = bottlenecksQuery(areaCodes.length > 0 ? (areaCodes as [string, ...string[]]) : ['']);
  router.get(
    '/api/figures/options',
    endpoint(access, 'figures.viewed', OptionsQuery, async (_q, actor) =>
      optionsJson(await figuresOptions(app, actor)),
    ),
  );
  router.get(
    '/api/figures',
    endpoint(access, 'figures.viewed', ReportQuery, async ({ period, grouping }, actor) => {
      const report = await computeFigures(app, period, grouping);
      const subject = formatPeriod(period);
      await access.audit({
        actor,
        action: 'figures.viewed',
        result: 'ok',
        subject,
        detail: grouping,
        view: 'report',
      });
      return reportJson(report);
    }),
  );
  router.get(
    '/api/figures/report',
    endpoint(access, 'figures.report-printed', ReportQuery, async ({ period, grouping }, actor) => {
      const report = await computeFigures(app, period, grouping);
      const subject = formatPeriod(period);
      await access.audit({
        actor,
        action: 'figures.report-printed',
        result: 'ok',
        subject,
        detail: grouping,
      });
      return reportJson(report);
    }),
  );
  router.get(
    '/api/figures/trend',
    endpoint(access, 'figures.viewed', TrendQuery, async ({ grouping }, actor) => {
      const trend = await computeTrend(app, grouping);
      const detail = `trend:${grouping}`;
      await access.audit({
        actor,
        action: 'figures.viewed',
        result: 'ok',
        subject: 'pilot',
        detail,
        view: 'trend',
      });
      return trendJson(trend);
    }),
  );
  router.get(
    '/api/figures/bottlenecks',
    endpoint(access, 'figures.viewed', Bottlenecks, async ({ period, area }, actor) => {
      const cases = await listBottlenecks(app, period, area);
      const subject = formatPeriod(period);
      const detail = `bottlenecks:${area}`;
      await access.audit({ actor, action: 'figures.viewed', result: 'ok', subject, detail, view: detail });
      return { cases };
    }),
  );
  return router;
}
