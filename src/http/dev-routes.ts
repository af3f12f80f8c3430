import { Router } from 'express';

export interface DevOutbox {
  /** Sends the notices that are due now; resolves what happened, in counts. */
  runNow(): Promise<{ sent: number; retried: number; failed: number; waiting: number }>;
}

export const isLoopback = (address: string | undefined) =>
  address !== undefined && /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/.test(address);

/**
 * Development only: `POST /dev/outbox/run` sends due reminders now, so the convenor loop can be played in minutes.
 * Mounted only when TYM_MODE=development, and even then answers callers on loopback only.
 */
export function devRoutes(outbox: DevOutbox): Router {
  const router = Router();
  router.post('/dev/outbox/run', async (req, res, next) => {
    if (!isLoopback(req.socket.remoteAddress)) return next();
    try {
      res.json(await outbox.runNow());
    } catch (e) {
      next(e);
    }
  });
  return router;
}
