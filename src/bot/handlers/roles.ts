import { z } from 'zod';
import type { AppDeps } from '../../app/app-deps.js';
import { changeRole } from '../../app/change-role.js';
import { renderRolesCard } from '../../cards/roles.js';
import { ROLES } from '../../domain/roles/roles.js';
import { cardReply, type HandlerResult, type TurnInfo } from '../reply.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const blank = (v: unknown) =>
  typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v;

/** The roles card's submit: the picked person (people picker value = Entra object id) or a typed object id. */
const ChangeRoleData = z.object({
  user: z.preprocess(blank, z.string().regex(GUID).optional()),
  userTyped: z.preprocess(blank, z.string().regex(GUID).optional()),
  role: z.enum(ROLES),
  change: z.enum(['grant', 'revoke']),
});

export const showRoles = async (info: TurnInfo): Promise<HandlerResult> => ({
  replies: [cardReply(renderRolesCard(info.t, info.roles))],
});

export async function changeRoleAction(info: TurnInfo, deps: AppDeps, data: unknown): Promise<HandlerResult> {
  const r = info.t.convenor.roles;
  const parsed = ChangeRoleData.safeParse(data);
  const userId = parsed.success ? (parsed.data.user ?? parsed.data.userTyped) : undefined;
  if (!parsed.success || !userId) return { card: renderRolesCard(info.t, info.roles, r.pickPerson) };
  const { role, change } = parsed.data;
  const result = await changeRole(deps, { actor: info.actor, actorRoles: info.roles, userId, role, change });
  const notice = result.ok
    ? r.granted({ role: `${change === 'grant' ? '+' : '−'}${r.names[role]}` })
    : r.notAllowed;
  return { card: renderRolesCard(info.t, info.roles, notice) };
}
