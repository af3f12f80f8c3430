import type { Role, RoleAssignment } from '../../domain/roles/roles.js';
import type { RoleStore } from '../../ports/role-store.js';

interface Entry {
  readonly roles: readonly Role[];
  readonly until: number;
}

/**
 * Every turn checks the user's roles, so lookups are kept briefly per process (a change made on another instance
 * shows within `ttlMs`; one made here at once). Bounded: the oldest entries go first.
 */
export class CachedRoleStore implements RoleStore {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly inner: RoleStore,
    private readonly now: () => number = Date.now,
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 10_000,
  ) {}

  async rolesOf(user: { userId: string; tenantId: string }): Promise<readonly Role[]> {
    const key = `${user.tenantId}|${user.userId}`;
    const hit = this.entries.get(key);
    if (hit && hit.until > this.now()) return hit.roles;
    const roles = await this.inner.rolesOf(user);
    this.remember(key, roles);
    return roles;
  }

  async setRoles(a: RoleAssignment): Promise<void> {
    await this.inner.setRoles(a);
    this.remember(`${a.tenantId}|${a.userId}`, a.roles);
  }

  private remember(key: string, roles: readonly Role[]) {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { roles: [...roles], until: this.now() + this.ttlMs });
  }
}
