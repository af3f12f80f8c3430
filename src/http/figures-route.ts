import { Router } from 'express';
import type { AppDeps } from '../app/app-deps.js';
import { computeFigures } from '../app/compute-figures.js';
import { formatPeriod } from '../domain/figures/period.js';
import { createAuthenticate } from './auth/authenticate.js';
import type { SsoVerifier, TabSsoSettings } from './auth/teams-sso.js';
import { figuresAccess } from './figures-access.js';
import { figuresApi } from './figures-api.js';
import { figuresCsv } from './figures-csv.js';
import { ReportQuery } from './figures-query.js';

export interface FiguresExportDeps {
  readonly app: AppDeps;
  readonly mode: 'development' | 'production';
  /** The tab's Teams SSO; unset, only the development header works (and only in development, from loopback). */
  readonly sso?: TabSsoSettings | undefined;
  /** Replaces the JWKS-backed verifier (tests). */
  readonly verifier?: SsoVerifier;
}

/**
 * The evaluators' figures over HTTP: `GET /api/figures.csv` (the export, audited as `figures.exported`) and the
 * dashboard's JSON API (figures-api.ts). Every answer is `no-store`; who asks is a Teams SSO token (development:
 * also the playground user named in `x-tym-dev-user`, from loopback).
 */
export function figuresRoute(deps: FiguresExportDeps): Router {
  const authenticate = createAuthenticate({
    mode: deps.mode,
    sso: deps.sso,
    ...(deps.verifier && { verifier: deps.verifier }),
  });
  const access = figuresAccess(deps.app, authenticate);
  const router = Router();
  router.get('/api/figures.csv', async (req, res, next) => {
    try {
      const actor = await access.admit(req, res, 'figures.exported');
      if (!actor) return;
      const query = ReportQuery.safeParse(req.query);
      if (!query.success) {
        res.status(400).json({ error: 'bad-query' });
        return;
      }
      const { period, grouping } = query.data;
      const report = await computeFigures(deps.app, period, grouping);
      const subject = formatPeriod(period);
      await access.audit({ actor, action: 'figures.exported', result: 'ok', subject, detail: grouping });
      res
        .status(200)
        .type('text/csv; charset=utf-8')
        .set('Content-Disposition', `attachment; filename="tym-figures-${subject}-${grouping}.csv"`)
        .send(figuresCsv(report));
    } catch (e) {
      next(e);
    }
  });
  router.use(figuresApi(deps.app, access));
  return router;
}
