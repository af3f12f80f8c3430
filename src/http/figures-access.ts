import type { Request, Response } from 'express';
import type { Actor, AppDeps } from '../app/app-deps.js';
import { recordAudit, type AuditInput } from '../app/audit.js';
import { rolesOf } from '../app/roles-of.js';
import type { AuditAction } from '../domain/audit/audit-entry.js';
import { hasAnyRole, type Role } from '../domain/roles/roles.js';
import type { Authenticate } from './auth/authenticate.js';
import { AuditThrottle } from './figures-audit.js';

/** Evaluators, convenors and admins see the figures; a worker does not. */
const ALLOWED: readonly Role[] = ['evaluator', 'convenor', 'admin'];

export interface FiguresAccess {
  /** The actor allowed to see figures, or undefined once the refusal (401/403) was sent and audited. */
  admit(req: Request, res: Response, action: AuditAction): Promise<Actor | undefined>;
  /** Audits an action; a view only once per user, subject and view per hour. */
  audit(entry: AuditInput & { readonly view?: string }): Promise<void>;
}

const whoOf = (actor: Actor | undefined) => (actor ? `${actor.tenantId}|${actor.userId}` : 'anonymous');

export function figuresAccess(app: AppDeps, authenticate: Authenticate): FiguresAccess {
  const throttle = new AuditThrottle();
  const audit: FiguresAccess['audit'] = async ({ view, ...entry }) => {
    const key = [entry.action, entry.result, whoOf(entry.actor), entry.subject, view ?? entry.detail].join(
      '|',
    );
    if (entry.action === 'figures.viewed' && !throttle.shouldRecord(key, app.clock.now())) return;
    await recordAudit(app, entry);
  };
  return {
    audit,
    async admit(req, res, action) {
      res.set('Cache-Control', 'no-store');
      const who = await authenticate(req, app.clock.now());
      if (!who.ok) {
        await audit({ action, result: 'denied', detail: `unauthenticated:${who.failure}` });
        const challenge = who.failure === 'no-token' ? 'Bearer' : 'Bearer error="invalid_token"';
        res.status(401).set('WWW-Authenticate', challenge).json({ error: 'unauthenticated' });
        return undefined;
      }
      if (!hasAnyRole(await rolesOf(app, who.actor), ALLOWED)) {
        await audit({ actor: who.actor, action, result: 'denied', detail: 'role' });
        res.status(403).json({ error: 'forbidden' });
        return undefined;
      }
      return who.actor;
    },
  };
}
