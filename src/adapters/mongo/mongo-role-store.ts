import type { Collection } from 'mongodb';
import { isRole, type Role, type RoleAssignment } from '../../domain/roles/roles.js';
import type { RoleStore } from '../../ports/role-store.js';
import type { RoleDocument } from './mongo-mappers.js';
import { requireDate, requireString } from './safe-filter.js';
import { storeCall } from './store-call.js';

/** One document per user; `_id` is `tenant|user`, so a lookup is one `_id` read. */
export class MongoRoleStore implements RoleStore {
  constructor(private readonly roles: Collection<RoleDocument>) {}

  async rolesOf(user: { userId: string; tenantId: string }): Promise<readonly Role[]> {
    const op = 'roles.rolesOf';
    const _id = `${requireString(user.tenantId, 'tenantId', op)}|${requireString(user.userId, 'userId', op)}`;
    const doc = await storeCall(op, () => this.roles.findOne({ _id }));
    return (doc?.roles ?? []).filter(isRole);
  }

  async setRoles(a: RoleAssignment): Promise<void> {
    const op = 'roles.setRoles';
    const userId = requireString(a.userId, 'userId', op);
    const tenantId = requireString(a.tenantId, 'tenantId', op);
    const roles = a.roles.filter(isRole);
    const updatedAt = requireDate(a.updatedAt, 'updatedAt', op);
    const updatedBy = requireString(a.updatedBy, 'updatedBy', op);
    await storeCall(op, () =>
      this.roles.updateOne(
        { _id: `${tenantId}|${userId}` },
        { $set: { userId, tenantId, roles, updatedAt, updatedBy } },
        { upsert: true },
      ),
    );
  }
}
