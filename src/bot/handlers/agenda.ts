import { z } from 'zod';
import type { AppDeps } from '../../app/app-deps.js';
import { cancelSession } from '../../app/convening/cancel-session.js';
import { listTeams } from '../../app/convening/list-teams.js';
import { loadAgenda, loadNextAgenda, type Agenda } from '../../app/convening/load-agenda.js';
import { moveSession } from '../../app/convening/move-session.js';
import { moveCaseEarlier } from '../../app/convening/reorder-case.js';
import { renderAgendaCard } from '../../cards/agenda.js';
import { renderNoticeCard } from '../../cards/notice.js';
import { renderTeamsCard } from '../../cards/teams.js';
import type { Result } from '../../domain/result.js';
import { textReply, type HandlerResult, type TurnInfo } from '../reply.js';

const SessionId = z.string().min(1).max(200);
export const AgendaRef = z.object({ sessionId: SessionId, caseId: z.uuid() });
const ViewAgenda = z.object({ sessionId: SessionId.optional() });
const MoveSession = z.object({
  sessionId: SessionId,
  date: z.iso.date(),
  time: z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/),
});

export const tampered = (info: TurnInfo): HandlerResult => ({
  replies: [textReply(info.t.common.unknownAction)],
});
export const agendaNotice = (info: TurnInfo, text: string): HandlerResult => ({
  card: renderNoticeCard(info.t, text),
});

/** Answers with the agenda card (replacing the clicked card), or "not found". */
export function agendaAnswer(info: TurnInfo, r: Result<Agenda, unknown>, notice = ''): HandlerResult {
  if (!r.ok) return agendaNotice(info, info.t.convenor.agenda.notFound);
  return { card: renderAgendaCard(info.t, info.locale, r.value, notice) };
}

/**
 * A session's agenda; typed `asialista` without a session: in the team's channel or group chat its next
 * meeting, in the personal chat the list of teams to pick from.
 */
export async function viewAgendaAction(info: TurnInfo, deps: AppDeps, data: unknown): Promise<HandlerResult> {
  const a = ViewAgenda.safeParse(data);
  if (!a.success) return tampered(info);
  if (a.data.sessionId)
    return agendaAnswer(info, await loadAgenda(deps, a.data.sessionId, info.actor.userId));
  if (info.scope === 'personal') return { card: renderTeamsCard(info.t, info.locale, await listTeams(deps)) };
  const next = await loadNextAgenda(deps, info.conversationId, info.actor.userId);
  return next.ok ? agendaAnswer(info, next) : agendaNotice(info, info.t.convenor.agenda.noTeamHere);
}

export async function moveCaseEarlierAction(
  info: TurnInfo,
  deps: AppDeps,
  data: unknown,
): Promise<HandlerResult> {
  const a = AgendaRef.safeParse(data);
  if (!a.success) return tampered(info);
  const r = await moveCaseEarlier(deps, info.actor, a.data.sessionId, a.data.caseId);
  return r.ok
    ? agendaAnswer(info, await loadAgenda(deps, r.value, info.actor.userId))
    : agendaNotice(info, info.t.convenor.agenda.notFound);
}

export async function cancelSessionAction(
  info: TurnInfo,
  deps: AppDeps,
  data: unknown,
): Promise<HandlerResult> {
  const a = ViewAgenda.required().safeParse(data);
  if (!a.success) return tampered(info);
  const r = await cancelSession(deps, info.actor, a.data.sessionId);
  const x = info.t.convenor.agenda;
  return agendaNotice(info, r.ok ? x.cancelledNotice({ count: r.value }) : x.notFound);
}

export async function moveSessionAction(
  info: TurnInfo,
  deps: AppDeps,
  data: unknown,
): Promise<HandlerResult> {
  const a = MoveSession.safeParse(data);
  const x = info.t.convenor.agenda;
  if (!a.success) return agendaNotice(info, x.dayOff);
  const r = await moveSession(deps, info.actor, a.data.sessionId, { date: a.data.date, time: a.data.time });
  if (r.ok) return agendaAnswer(info, await loadAgenda(deps, r.value, info.actor.userId), x.moved);
  return agendaNotice(
    info,
    r.error.code === 'day-off' ? x.dayOff : r.error.code === 'in-the-past' ? x.inThePast : x.notFound,
  );
}
