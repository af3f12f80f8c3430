import type { Role, RoleAssignment } from '../domain/roles/roles.js';

/** Users' roles beyond `worker`. Adapters throw StoreError on infrastructure failures. */
export interface RoleStore {
  /** The stored roles of a user; none for a user never granted one. */
  rolesOf(user: { readonly userId: string; readonly tenantId: string }): Promise<readonly Role[]>;
  /** Stores (or replaces) a user's roles. */
  setRoles(assignment: RoleAssignment): Promise<void>;
}
