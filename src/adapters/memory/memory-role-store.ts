import type { Role, RoleAssignment } from '../../domain/roles/roles.js';
import type { RoleStore } from '../../ports/role-store.js';

/** Roles in process memory, one assignment per `tenant|user`. */
export class MemoryRoleStore implements RoleStore {
  private readonly byUser = new Map<string, RoleAssignment>();

  async rolesOf(user: { userId: string; tenantId: string }): Promise<readonly Role[]> {
    return [...(this.byUser.get(`${user.tenantId}|${user.userId}`)?.roles ?? [])];
  }

  async setRoles(a: RoleAssignment): Promise<void> {
    this.byUser.set(`${a.tenantId}|${a.userId}`, structuredClone(a));
  }
}
