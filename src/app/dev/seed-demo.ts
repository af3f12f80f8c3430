import type { Role } from '../../domain/roles/roles.js';
import type { StandingMember } from '../../domain/team/team.js';
import type { Actor, AppDeps } from '../app-deps.js';
import { changeRole } from '../change-role.js';
import { createTeam } from '../convening/create-team.js';
import { DEMO_TENANT_ID, DEMO_USERS, demoUser } from './demo-users.js';

/** Who the seed acts as in the audit log: no person granted these roles. */
const SEEDER: Actor = { userId: 'dev-seed', tenantId: DEMO_TENANT_ID };

/** Every Tuesday 9:00–10:30 Helsinki time, 15 minutes per case. */
const DEMO_RHYTHM = {
  weekday: 'tuesday',
  intervalWeeks: 1,
  startTime: '09:00',
  durationMinutes: 90,
} as const;
const MINUTES_PER_CASE = 15;

export interface SeedSummary {
  readonly areaCode: string;
  readonly isTeamCreated: boolean;
}

async function grantIfMissing(deps: AppDeps, key: 'convenor' | 'evaluator', role: Role): Promise<void> {
  const user = { userId: demoUser(key).objectId, tenantId: DEMO_TENANT_ID };
  if ((await deps.stores.roles.rolesOf(user)).includes(role)) return;
  await changeRole(deps, {
    actor: SEEDER,
    actorRoles: ['admin'],
    userId: user.userId,
    role,
    change: 'grant',
  });
}

/**
 * Development only (config refuses DEV_SEED in production): "Demo Koollekutsuja" becomes a convenor, "Demo
 * Arvioija" an evaluator, and the first area of the configured region gets a consultation team of the demo users
 * with a weekly rhythm. Idempotent: a restart on the dev store's snapshot finds both done and adds nothing.
 */
export async function seedDemo(deps: AppDeps): Promise<SeedSummary> {
  await grantIfMissing(deps, 'convenor', 'convenor');
  await grantIfMissing(deps, 'evaluator', 'evaluator');
  const area = deps.areas[0];
  if (!area) return { areaCode: '', isTeamCreated: false };
  if (await deps.stores.teams.findByArea(area.code)) return { areaCode: area.code, isTeamCreated: false };
  const members: StandingMember[] = DEMO_USERS.flatMap((u) =>
    u.memberRole ? [{ role: u.memberRole, ref: u.objectId }] : [],
  );
  const convenor = { userId: demoUser('convenor').objectId, tenantId: DEMO_TENANT_ID };
  const created = await createTeam(deps, convenor, {
    areaCode: area.code,
    members,
    rhythm: { ...DEMO_RHYTHM, firstDate: deps.clock.now().toISOString().slice(0, 10) },
    minutesPerCase: MINUTES_PER_CASE,
    casesPerSession: DEMO_RHYTHM.durationMinutes / MINUTES_PER_CASE,
    conversation: null,
  });
  return { areaCode: area.code, isTeamCreated: created.ok };
}
