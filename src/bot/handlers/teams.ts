import { z } from 'zod';
import type { AppDeps } from '../../app/app-deps.js';
import { createTeam, type NewTeam } from '../../app/convening/create-team.js';
import { listTeams } from '../../app/convening/list-teams.js';
import { renderTeamFormCard, type TeamFormValues } from '../../cards/team-form.js';
import { renderTeamsCard } from '../../cards/teams.js';
import { WEEKDAYS } from '../../domain/scheduling/calendar-date.js';
import {
  DEFAULT_MINUTES_PER_CASE,
  defaultCasesPerSession,
  MEMBER_ROLES,
  type StandingMember,
} from '../../domain/team/team.js';
import { cardReply, type HandlerResult, type TurnInfo } from '../reply.js';

const blank = (v: unknown) => (v === '' ? undefined : v);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UPN = /^[^\s@,;<>]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24}$/;
const list = (v: unknown) => (typeof v === 'string' ? v.split(/[,;\s]+/).filter(Boolean) : []);

const CreateTeamData = z.object({
  area: z.string().min(1).max(64),
  weekday: z.enum(WEEKDAYS),
  startTime: z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/),
  durationMinutes: z.coerce.number().int().min(15).max(480),
  intervalWeeks: z.coerce.number().int(),
  firstDate: z.iso.date(),
  minutesPerCase: z.preprocess(
    blank,
    z.coerce.number().int().min(5).max(120).default(DEFAULT_MINUTES_PER_CASE),
  ),
  casesPerSession: z.preprocess(blank, z.coerce.number().int().min(1).max(40).optional()),
  tie: z.enum(['true', 'false']).optional(),
});

/** Picked people (object ids) and typed addresses per member role; anything else in the fields is refused. */
function membersOf(raw: Record<string, unknown>): StandingMember[] | undefined {
  const members: StandingMember[] = [];
  for (const role of MEMBER_ROLES) {
    const refs = [...list(raw[`picked_${role}`]), ...list(raw[`typed_${role}`])];
    if (refs.some((r) => !GUID.test(r) && !UPN.test(r))) return undefined;
    for (const ref of new Set(refs)) members.push({ role, ref });
  }
  return members;
}

const teamForm = (info: TurnInfo, deps: AppDeps, values?: TeamFormValues, problems?: string[]) =>
  renderTeamFormCard(info.t, {
    areas: deps.areas,
    canTie: info.scope !== 'personal',
    ...(values && { values }),
    ...(problems && { problems }),
  });

export async function showTeams(info: TurnInfo, deps: AppDeps): Promise<HandlerResult> {
  return { replies: [cardReply(renderTeamsCard(info.t, info.locale, await listTeams(deps)))] };
}

export const showNewTeam = async (info: TurnInfo, deps: AppDeps): Promise<HandlerResult> => ({
  card: teamForm(info, deps),
});

export async function createTeamAction(info: TurnInfo, deps: AppDeps, data: unknown): Promise<HandlerResult> {
  const raw = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const parsed = CreateTeamData.safeParse(raw);
  const members = membersOf(raw);
  const p = info.t.convenor.form.problems;
  if (!parsed.success || !members) return { card: teamForm(info, deps, undefined, [p.invalid]) };
  const d = parsed.data;
  const input: NewTeam = {
    areaCode: d.area,
    members,
    rhythm: {
      weekday: d.weekday,
      startTime: d.startTime,
      durationMinutes: d.durationMinutes,
      intervalWeeks: d.intervalWeeks,
      firstDate: d.firstDate,
    },
    minutesPerCase: d.minutesPerCase,
    casesPerSession: d.casesPerSession ?? defaultCasesPerSession(d.durationMinutes, d.minutesPerCase),
    conversation:
      d.tie === 'true' && info.scope !== 'personal' ? { id: info.conversationId, scope: info.scope } : null,
  };
  const r = await createTeam(deps, info.actor, input);
  if (!r.ok) {
    const problems = r.error.code === 'invalid' ? r.error.problems.map((x) => p[x.code]) : [p[r.error.code]];
    return { card: teamForm(info, deps, undefined, problems) };
  }
  const notice = info.t.convenor.form.created({
    area: r.value.team.areaCode,
    sessions: r.value.sessions.length,
  });
  return { card: renderTeamsCard(info.t, info.locale, [r.value], notice) };
}
