import type { Request } from 'express';
import type { Actor } from '../../app/app-deps.js';
import { DEMO_TENANT_ID, DEMO_USERS } from '../../app/dev/demo-users.js';

/** Development: the playground user a request plays, by key (`evaluator`, `worker`, …). */
export const DEV_USER_HEADER = 'x-tym-dev-user';

export const isLoopback = (address: string | undefined): boolean =>
  address !== undefined && /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/.test(address);

/** Development only, from loopback only: the playground user named in the header (the tab in a plain browser). */
export function devUserOf(req: Request): Actor | undefined {
  if (!isLoopback(req.socket.remoteAddress)) return undefined;
  const user = DEMO_USERS.find((u) => u.key === req.get(DEV_USER_HEADER));
  return user && { userId: user.objectId, tenantId: DEMO_TENANT_ID };
}
