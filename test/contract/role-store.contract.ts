import { describe, expect, it } from 'vitest';
import { useFreshStores, type MakeStores } from './stores-harness.js';

const AT = new Date('2026-05-12T06:00:00Z');
const ANNA = { userId: '11111111-1111-4111-8111-111111111111', tenantId: 'tenant-a' };

/** What every RoleStore adapter must do. */
export function describeRoleStoreContract(name: string, make: MakeStores): void {
  describe(`RoleStore contract: ${name}`, () => {
    const h = useFreshStores(make);
    const roles = () => h().stores.roles;

    it('knows no roles for a user never granted one', async () => {
      expect(await roles().rolesOf(ANNA)).toEqual([]);
    });

    it('keeps the latest roles per user and tenant', async () => {
      await roles().setRoles({ ...ANNA, roles: ['convenor', 'admin'], updatedAt: AT, updatedBy: 'x' });
      await roles().setRoles({ ...ANNA, roles: ['convenor'], updatedAt: AT, updatedBy: 'x' });
      expect(await roles().rolesOf(ANNA)).toEqual(['convenor']);
      expect(await roles().rolesOf({ ...ANNA, tenantId: 'tenant-b' })).toEqual([]);
    });
  });
}
