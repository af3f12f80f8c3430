import type { Middleware, TurnContext } from 'botbuilder';

/** Reads an activity's tenant; the bot owns reading activities, so the composition root passes its reader in. */
export type TenantOf = (activity: TurnContext['activity']) => string | undefined;

/**
 * Drops activities from tenants outside the allow-list before any handler sees them. Runs after the adapter has
 * authenticated the request, so an unauthenticated caller still gets 401, not a hint about tenants.
 */
export function tenantGuard(
  allowed: readonly string[],
  tenantOf: TenantOf,
  onRejected: (tenantId: string) => void,
): Middleware {
  const allow = new Set(allowed.map((t) => t.toLowerCase()));
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      if (allow.size === 0) return next();
      const tenant = tenantOf(context.activity)?.toLowerCase() ?? '';
      if (allow.has(tenant)) return next();
      onRejected(tenant);
      if (context.activity.type === 'invoke') {
        await context.sendActivity({ type: 'invokeResponse', value: { status: 403 } });
      }
    },
  };
}
