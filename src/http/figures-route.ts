import { Router, type Request } from 'express';
import { z } from 'zod';
import type { Actor, AppDeps } from '../app/app-deps.js';
import { recordAudit } from '../app/audit.js';
import { computeFigures } from '../app/compute-figures.js';
import { DEMO_TENANT_ID, DEMO_USERS } from '../app/dev/demo-users.js';
import { rolesOf } from '../app/roles-of.js';
import { formatPeriod, parsePeriod } from '../domain/figures/period.js';
import { GROUPINGS } from '../domain/figures/report.js';
import { hasAnyRole, type Role } from '../domain/roles/roles.js';
import { figuresCsv } from './figures-csv.js';

export interface FiguresExportDeps {
  readonly app: AppDeps;
  readonly mode: 'development' | 'production';
}

/** Only fixed periods and groupings: anything else is a 400, never a free-form filter. */
const Query = z.strictObject({
  period: z
    .string()
    .max(16)
    .transform((s, ctx) => parsePeriod(s) ?? (ctx.addIssue({ code: 'custom', message: 'period' }), z.NEVER)),
  grouping: z.enum(GROUPINGS),
});

const ALLOWED: readonly Role[] = ['evaluator', 'convenor', 'admin'];
/** Development: the playground user a request plays, by key (`evaluator`, `worker`, …). */
export const DEV_USER_HEADER = 'x-tym-dev-user';

const isLoopback = (address: string | undefined) =>
  address !== undefined && /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/.test(address);

/**
 * Who asks. Development: a playground user named by header, from loopback only. Production: a Teams SSO bearer
 * token, which needs `jose` to verify (signature via the tenant's JWKS, issuer, audience, tenant, expiry); it is not
 * installed, so production refuses every request rather than trust an unverified token.
 */
function authenticate(req: Request, mode: FiguresExportDeps['mode']): Actor | undefined {
  if (mode !== 'development' || !isLoopback(req.socket.remoteAddress)) return undefined;
  const user = DEMO_USERS.find((u) => u.key === req.get(DEV_USER_HEADER));
  return user && { userId: user.objectId, tenantId: DEMO_TENANT_ID };
}

/** `GET /api/figures.csv?period=2026-05&grouping=area`: the suppressed figures as CSV for evaluators; audited. */
export function figuresRoute(deps: FiguresExportDeps): Router {
  const router = Router();
  router.get('/api/figures.csv', async (req, res, next) => {
    try {
      const actor = authenticate(req, deps.mode);
      if (!actor) {
        void recordAudit(deps.app, {
          action: 'figures.exported',
          result: 'denied',
          detail: 'unauthenticated',
        });
        res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'unauthenticated' });
        return;
      }
      if (!hasAnyRole(await rolesOf(deps.app, actor), ALLOWED)) {
        void recordAudit(deps.app, { actor, action: 'figures.exported', result: 'denied', detail: 'role' });
        res.status(403).json({ error: 'forbidden' });
        return;
      }
      const query = Query.safeParse(req.query);
      if (!query.success) {
        res.status(400).json({ error: 'bad-query' });
        return;
      }
      const { period, grouping } = query.data;
      const report = await computeFigures(deps.app, period, grouping);
      await recordAudit(deps.app, {
        actor,
        action: 'figures.exported',
        result: 'ok',
        subject: formatPeriod(period),
        detail: grouping,
      });
      res
        .status(200)
        .type('text/csv; charset=utf-8')
        .set(
          'Content-Disposition',
          `attachment; filename="tym-figures-${formatPeriod(period)}-${grouping}.csv"`,
        )
        .set('Cache-Control', 'no-store')
        .send(figuresCsv(report));
    } catch (e) {
      next(e);
    }
  });
  return router;
}
