import { z } from 'zod';
import type { AppDeps } from '../../app/app-deps.js';
import { bookMeeting } from '../../app/network/book-meeting.js';
import { completeReview } from '../../app/network/complete-review.js';
import {
  DEFAULT_SEARCH_DAYS,
  findNetworkSlots,
  NETWORK_MEETING_MINUTES,
} from '../../app/network/find-slots.js';
import { listNetworkCases } from '../../app/network/list-network-cases.js';
import { loadNetworkCase, type NetworkView } from '../../app/network/network-case.js';
import { recordConsent } from '../../app/network/record-consent.js';
import { withdrawConsent } from '../../app/network/withdraw-consent.js';
import { renderNetworkCasesCard } from '../../cards/network-cases.js';
import { renderNetworkPlanCard } from '../../cards/network-plan.js';
import { renderNetworkSlotsCard } from '../../cards/network-slots.js';
import { renderNoticeCard } from '../../cards/notice.js';
import { NETWORK_PARTIES } from '../../domain/case/vocabulary.js';
import type { Result } from '../../domain/result.js';
import { cardReply, textReply, type HandlerResult, type TurnInfo } from '../reply.js';

const CaseRef = z.object({ caseId: z.uuid() });
const OpenPlan = z.object({ caseId: z.uuid().optional() });
/** The consent card's inputs: a comma-separated multi-select and a toggle. */
const RecordConsent = CaseRef.extend({
  parties: z
    .string()
    .max(200)
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(z.enum(NETWORK_PARTIES)))
    .default([]),
  consent: z.enum(['true', 'false']).default('false'),
});
const BookMeeting = CaseRef.extend({ start: z.iso.datetime() });

const tampered = (info: TurnInfo): HandlerResult => ({ replies: [textReply(info.t.common.unknownAction)] });
type ProblemCode = keyof TurnInfo['t']['network']['problems'];
const problemText = (info: TurnInfo, code: string): string => {
  const problems = info.t.network.problems;
  return code in problems ? problems[code as ProblemCode] : problems['not-found'];
};
const planCard = (info: TurnInfo, view: NetworkView, notice?: string) =>
  renderNetworkPlanCard(info.t, info.locale, view, {
    actorId: info.actor.userId,
    ...(notice !== undefined && { notice }),
  });

/** Replaces the clicked card with the plan as it is now, or with what went wrong. */
function answerPlan(info: TurnInfo, r: Result<NetworkView, { readonly code: string }>): HandlerResult {
  return { card: r.ok ? planCard(info, r.value) : renderNoticeCard(info.t, problemText(info, r.error.code)) };
}

/** "Plan the network consultation" on a case, or `verkosto` typed: the plan card, or the list of network cases. */
export async function planNetworkAction(
  info: TurnInfo,
  deps: AppDeps,
  data: unknown,
): Promise<HandlerResult> {
  const a = OpenPlan.safeParse(data);
  if (!a.success) return tampered(info);
  if (!a.data.caseId)
    return { replies: [cardReply(renderNetworkCasesCard(info.t, await listNetworkCases(deps, info.actor)))] };
  const r = await loadNetworkCase(deps, info.actor, a.data.caseId);
  const card = r.ok ? planCard(info, r.value) : renderNoticeCard(info.t, problemText(info, r.error.code));
  return { replies: [cardReply(card)] };
}

export async function recordConsentAction(
  info: TurnInfo,
  deps: AppDeps,
  data: unknown,
): Promise<HandlerResult> {
  const a = RecordConsent.safeParse(data);
  if (!a.success) return tampered(info);
  if (a.data.consent !== 'true' || a.data.parties.length === 0) {
    const r = await loadNetworkCase(deps, info.actor, a.data.caseId);
    return r.ok
      ? { card: planCard(info, r.value, info.t.network.problems['parties-required']) }
      : answerPlan(info, r);
  }
  return answerPlan(info, await recordConsent(deps, info.actor, a.data));
}

export async function withdrawConsentAction(
  info: TurnInfo,
  deps: AppDeps,
  data: unknown,
): Promise<HandlerResult> {
  const a = CaseRef.safeParse(data);
  if (!a.success) return tampered(info);
  return answerPlan(info, await withdrawConsent(deps, info.actor, a.data.caseId));
}

export async function findSlotsAction(info: TurnInfo, deps: AppDeps, data: unknown): Promise<HandlerResult> {
  const a = CaseRef.safeParse(data);
  if (!a.success) return tampered(info);
  const view = await loadNetworkCase(deps, info.actor, a.data.caseId);
  if (!view.ok) return answerPlan(info, view);
  const r = await findNetworkSlots(deps, view.value);
  if (!r.ok) return answerPlan(info, r);
  const search = {
    minutes: NETWORK_MEETING_MINUTES,
    days: deps.convening.networkSearchDays ?? DEFAULT_SEARCH_DAYS,
  };
  return { card: renderNetworkSlotsCard(info.t, info.locale, view.value.c, r.value.slots, search) };
}

export async function bookMeetingAction(
  info: TurnInfo,
  deps: AppDeps,
  data: unknown,
): Promise<HandlerResult> {
  const a = BookMeeting.safeParse(data);
  if (!a.success) return tampered(info);
  return answerPlan(
    info,
    await bookMeeting(deps, info.actor, { caseId: a.data.caseId, start: new Date(a.data.start) }),
  );
}

export async function completeReviewAction(
  info: TurnInfo,
  deps: AppDeps,
  data: unknown,
): Promise<HandlerResult> {
  const a = CaseRef.safeParse(data);
  if (!a.success) return tampered(info);
  return answerPlan(info, await completeReview(deps, info.actor, a.data.caseId));
}
