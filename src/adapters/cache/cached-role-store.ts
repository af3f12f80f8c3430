import type { Role, RoleAssignment } from '../../domain/roles/roles.js';
import type { RoleStore } from '../../ports/role-store.js';
import { PerUserCache } from './per-user-cache.js';

/**
 * Every turn checks the user's roles, so lookups are kept briefly per process (a change made on another instance
 * shows within `ttlMs`; one made here at once). Bounded: the oldest entries go first.
 */
export class CachedRoleStore implements RoleStore {
  private readonly cache: PerUserCache<readonly Role[]>;

  constructor(
    private readonly inner: RoleStore,
    now: () => number = Date.now,
    ttlMs = 30_000,
    maxEntries = 10_000,
  ) {
    this.cache = new PerUserCache(now, ttlMs, maxEntries);
  }

  async rolesOf(user: { userId: string; tenantId: string }): Promise<readonly Role[]> {
    const hit = this.cache.get(user);
    if (hit) return hit.value;
    const roles = await this.inner.rolesOf(user);
    this.cache.set(user, [...roles]);
    return roles;
  }

  async setRoles(a: RoleAssignment): Promise<void> {
    await this.inner.setRoles(a);
    this.cache.set(a, [...a.roles]);
  }
}
