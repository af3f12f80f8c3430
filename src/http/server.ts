import express, { type Express } from 'express';
import type { GuardMode } from '../ports/morphology.js';
import type { StoreHealth } from '../ports/store-health.js';
import type { Logger } from '../ports/logger.js';
import { botRoute, type BotEndpoint } from './bot-route.js';
import { devCalendarRoutes, type DevCalendar } from './dev-calendar-routes.js';
import { devRoutes, type DevOutbox } from './dev-routes.js';
import { errorHandler, notFound } from './error-handler.js';
import { figuresRoute, type FiguresExportDeps } from './figures-route.js';
import { pagesRouter } from './pages.js';

export interface ServerDeps {
  readonly bot: BotEndpoint;
  readonly storeHealth: StoreHealth;
  readonly logger: Logger;
  readonly bodyLimitBytes: number;
  /** Reported by /readyz so that an operator sees whether the guard runs with Voikko. */
  readonly guardMode: GuardMode;
  /** Development only: `POST /dev/outbox/run`; production passes none, so the route does not exist. */
  readonly devOutbox?: DevOutbox | undefined;
  /** Development on the local calendar only: `POST /dev/calendar/respond` and `/dev/calendar/check`. */
  readonly devCalendar?: DevCalendar | undefined;
  /** The evaluators' CSV export; absent, the route does not exist. */
  readonly figures?: FiguresExportDeps | undefined;
}

/** The express app, not listening: main.ts listens, tests drive it in-process. */
export function createServer(deps: ServerDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(express.json({ limit: deps.bodyLimitBytes, strict: true }));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await deps.storeHealth.ping();
      res.json({ status: 'ready', store: deps.storeHealth.kind, guard: deps.guardMode });
    } catch {
      res.status(503).json({ status: 'unavailable', store: deps.storeHealth.kind, guard: deps.guardMode });
    }
  });
  app.post('/api/messages', botRoute(deps.bot));
  app.use(pagesRouter());
  if (deps.figures) app.use(figuresRoute(deps.figures));
  if (deps.devOutbox) app.use(devRoutes(deps.devOutbox));
  if (deps.devCalendar) app.use(devCalendarRoutes(deps.devCalendar));

  app.use(notFound);
  app.use(errorHandler(deps.logger));
  return app;
}
