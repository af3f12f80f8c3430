import { z } from 'zod';
import type { AppDeps } from '../../app/app-deps.js';
import { loadAgenda } from '../../app/convening/load-agenda.js';
import { moveCaseToSession } from '../../app/convening/move-case.js';
import { openAgendaCase } from '../../app/convening/open-agenda-case.js';
import { recordOutcome, type MeetingResult } from '../../app/convening/record-outcome.js';
import { returnCaseToWorker } from '../../app/convening/return-case.js';
import { renderConvenorCaseCard } from '../../cards/convenor-case.js';
import {
  agreementOf,
  DECISIONS,
  FOLLOW_UP_ACTIONS,
  RESPONSIBLE_ORGANISATIONS,
  RETURN_REASONS,
  SERVICES_NEEDED,
  type FollowUp,
} from '../../domain/case/outcome.js';
import type { HandlerResult, TurnInfo } from '../reply.js';
import { agendaAnswer, agendaNotice, AgendaRef, tampered } from './agenda.js';

const Versioned = AgendaRef.extend({ version: z.coerce.number().int().min(1) });
const blank = (v: unknown) => (v === '' ? undefined : v);
const FollowUpAction = z.preprocess(blank, z.enum(FOLLOW_UP_ACTIONS).optional());
const Responsible = z.preprocess(blank, z.enum(RESPONSIBLE_ORGANISATIONS).optional());
// the card's FOLLOW_UP_SLOTS rows, named as the card names them
const Outcome = Versioned.extend({
  decision: z.preprocess(blank, z.enum(DECISIONS).optional()),
  servicesNeeded: z.enum(SERVICES_NEEDED),
  kelaCooperation: z.enum(['true', 'false']),
  result: z.enum(['discussed', 'postponed']),
  followUp0: FollowUpAction,
  responsible0: Responsible,
  followUp1: FollowUpAction,
  responsible1: Responsible,
});

async function caseCard(
  info: TurnInfo,
  deps: AppDeps,
  data: unknown,
  withText: boolean,
): Promise<HandlerResult> {
  const a = AgendaRef.safeParse(data);
  if (!a.success) return tampered(info);
  const r = await openAgendaCase(deps, info.actor, a.data, withText);
  if (!r.ok) return agendaNotice(info, info.t.convenor.agenda.notFound);
  const view = { ...r.value, showText: withText, isPersonal: info.scope === 'personal' };
  return { card: renderConvenorCaseCard(info.t, info.locale, view) };
}

export const convenorCaseAction = (info: TurnInfo, deps: AppDeps, data: unknown) =>
  caseCard(info, deps, data, false);

/** The free text on request: the verb runs in the personal chat only (the router sends a note elsewhere). */
export const showCaseTextAction = (info: TurnInfo, deps: AppDeps, data: unknown) =>
  caseCard(info, deps, data, true);

const errorText = (info: TurnInfo, code: string) =>
  code === 'stale'
    ? info.t.convenor.agenda.stale
    : code === 'session-full'
      ? info.t.convenor.agenda.sessionFull
      : info.t.convenor.agenda.notFound;

function followUpsOf(d: z.infer<typeof Outcome>): FollowUp[] {
  const rows = [
    { action: d.followUp0, responsible: d.responsible0 },
    { action: d.followUp1, responsible: d.responsible1 },
  ];
  return rows.filter((f): f is FollowUp => f.action !== undefined && f.responsible !== undefined);
}

export async function recordOutcomeAction(
  info: TurnInfo,
  deps: AppDeps,
  data: unknown,
): Promise<HandlerResult> {
  const a = Outcome.safeParse(data);
  if (!a.success || (a.data.result === 'discussed' && !a.data.decision)) return tampered(info);
  const d = a.data;
  const result: MeetingResult =
    d.result === 'postponed'
      ? { kind: 'postponed' }
      : {
          kind: 'discussed',
          outcome: {
            decision: d.decision ?? 'tym-not-current',
            servicesNeeded: d.servicesNeeded,
            kelaCooperation: d.kelaCooperation === 'true',
            followUps: followUpsOf(d),
          },
        };
  const r = await recordOutcome(deps, info.actor, d, result);
  if (!r.ok) return agendaNotice(info, errorText(info, r.error.code));
  const x = info.t.convenor.caseCard;
  const c = r.value;
  const notice = c.outcome
    ? x.recorded({
        reference: c.reference,
        agreement: x.agreement[agreementOf(c.recommendation.outcome, c.outcome.decision)],
      })
    : x.postponed({ reference: c.reference });
  return agendaAnswer(info, await loadAgenda(deps, d.sessionId, info.actor.userId), notice);
}

export async function returnCaseAction(info: TurnInfo, deps: AppDeps, data: unknown): Promise<HandlerResult> {
  const a = Versioned.extend({ reason: z.enum(RETURN_REASONS) }).safeParse(data);
  if (!a.success) return tampered(info);
  const r = await returnCaseToWorker(deps, info.actor, a.data, a.data.reason);
  if (!r.ok) return agendaNotice(info, errorText(info, r.error.code));
  const notice = info.t.convenor.caseCard.returned({ reference: r.value });
  return agendaAnswer(info, await loadAgenda(deps, a.data.sessionId, info.actor.userId), notice);
}

export async function moveCaseAction(info: TurnInfo, deps: AppDeps, data: unknown): Promise<HandlerResult> {
  const a = AgendaRef.extend({ toSessionId: z.string().min(1).max(200) }).safeParse(data);
  if (!a.success) return tampered(info);
  const r = await moveCaseToSession(deps, info.actor, a.data, a.data.toSessionId);
  if (!r.ok) return agendaNotice(info, errorText(info, r.error.code));
  return agendaAnswer(info, await loadAgenda(deps, a.data.sessionId, info.actor.userId));
}
