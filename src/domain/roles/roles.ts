/**
 * Who may do what. Everyone is a worker; convenors run consultation teams, evaluators read figures, admins grant
 * roles. Stored per user (Entra object id + tenant); configured admins are admins whatever the store says.
 */
export const ROLES = ['worker', 'convenor', 'evaluator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The roles a user holds beyond `worker` (which everyone holds), as stored. */
export interface RoleAssignment {
  readonly userId: string;
  readonly tenantId: string;
  readonly roles: readonly Role[];
  readonly updatedAt: Date;
  /** Entra object id of who made the last change. */
  readonly updatedBy: string;
}

export type RoleChange = 'grant' | 'revoke';

export const isRole = (v: unknown): v is Role =>
  typeof v === 'string' && (ROLES as readonly string[]).includes(v);

/** Stored roles plus `worker`, plus `admin` for a configured admin; in the order of ROLES, each once. */
export function effectiveRoles(stored: readonly Role[], isConfiguredAdmin: boolean): Role[] {
  const held = new Set<Role>(['worker', ...stored, ...(isConfiguredAdmin ? (['admin'] as const) : [])]);
  return ROLES.filter((r) => held.has(r));
}

export const hasAnyRole = (held: readonly Role[], allowed: readonly Role[]): boolean =>
  held.some((r) => allowed.includes(r));

/** Admins grant every role; convenors grant (and take back) the convenor and evaluator roles. */
export function grantableRoles(held: readonly Role[]): Role[] {
  if (held.includes('admin')) return ['convenor', 'evaluator', 'admin'];
  if (held.includes('convenor')) return ['convenor', 'evaluator'];
  return [];
}

/** The stored roles after a grant or revoke (`worker` is never stored: everyone holds it). */
export function changeRoles(stored: readonly Role[], role: Role, change: RoleChange): Role[] {
  const next = new Set<Role>(stored.filter((r) => r !== 'worker'));
  if (change === 'grant' && role !== 'worker') next.add(role);
  else next.delete(role);
  return ROLES.filter((r) => next.has(r));
}
