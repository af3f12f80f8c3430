import { effectiveRoles, type Role } from '../domain/roles/roles.js';
import type { Actor, AppDeps } from './app-deps.js';

/** The roles the actor holds now: stored ones, `worker`, and `admin` for a configured admin. */
export async function rolesOf(deps: AppDeps, actor: Actor): Promise<Role[]> {
  if (!actor.userId) return ['worker'];
  const stored = await deps.stores.roles.rolesOf(actor);
  return effectiveRoles(stored, deps.convening.adminIds.includes(actor.userId));
}
