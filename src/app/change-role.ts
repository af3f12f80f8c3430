import { changeRoles, grantableRoles, type Role, type RoleChange } from '../domain/roles/roles.js';
import { err, ok, type Result } from '../domain/result.js';
import type { Actor, AppDeps } from './app-deps.js';
import { recordAudit } from './audit.js';

export interface ChangeRoleInput {
  readonly actor: Actor;
  readonly actorRoles: readonly Role[];
  /** Entra object id of the user whose role changes (same tenant as the actor). */
  readonly userId: string;
  readonly role: Role;
  readonly change: RoleChange;
}

/** An admin or convenor grants or takes back a role; every change (and refusal) is audited. */
export async function changeRole(
  deps: AppDeps,
  input: ChangeRoleInput,
): Promise<Result<readonly Role[], { readonly code: 'not-allowed' }>> {
  const { actor, role, change } = input;
  const subject = input.userId;
  if (!grantableRoles(input.actorRoles).includes(role)) {
    await recordAudit(deps, {
      actor,
      action: 'role.changed',
      result: 'denied',
      subject,
      detail: `${change}:${role}`,
    });
    return err({ code: 'not-allowed' });
  }
  const target = { userId: input.userId, tenantId: actor.tenantId };
  const roles = changeRoles(await deps.stores.roles.rolesOf(target), role, change);
  await deps.stores.roles.setRoles({
    ...target,
    roles,
    updatedAt: deps.clock.now(),
    updatedBy: actor.userId,
  });
  await recordAudit(deps, {
    actor,
    action: 'role.changed',
    result: 'ok',
    subject,
    detail: `${change}:${role}`,
  });
  return ok(roles);
}
