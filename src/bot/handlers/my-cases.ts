import { z } from 'zod';
import type { AppDeps } from '../../app/app-deps.js';
import { closeByRecommendation } from '../../app/close-by-recommendation.js';
import { listMyCases } from '../../app/list-my-cases.js';
import { loadOwnCase } from '../../app/load-own-case.js';
import { viewCase } from '../../app/view-case.js';
import { withdrawCase } from '../../app/withdraw-case.js';
import { intakeValuesOf } from '../../cards/case-intake-submit.js';
import { renderIntakeCard } from '../../cards/case-intake.js';
import { renderCaseDetailCard } from '../../cards/case-detail.js';
import { renderCaseReceivedCard } from '../../cards/case-received.js';
import { renderConfirmWithdrawCard } from '../../cards/confirm-withdraw.js';
import { renderMyCasesCard } from '../../cards/my-cases.js';
import { renderNoticeCard } from '../../cards/notice.js';
import type { CaseRecord } from '../../domain/case/case-record.js';
import { isEditable, isWithdrawable } from '../../domain/case/lifecycle.js';
import type { Result } from '../../domain/result.js';
import { cardReply, textReply, type HandlerResult, type TurnInfo } from '../reply.js';
import { checkCardVersion, refreshUserIdsOf } from './case-status.js';

/** A case button's data: the case and the version its card was made from (absent on cards sent before versions). */
const CaseAction = z.strictObject({ caseId: z.uuid(), version: z.coerce.number().int().min(1).optional() });
const RefreshAction = CaseAction.extend({ view: z.enum(['detail', 'receipt']) });

const tampered = (info: TurnInfo): HandlerResult => ({ replies: [textReply(info.t.common.unknownAction)] });
const notice = (info: TurnInfo, text: string): HandlerResult => ({ card: renderNoticeCard(info.t, text) });
const detailCard = (info: TurnInfo, c: CaseRecord) =>
  renderCaseDetailCard(info.t, info.locale, c, { refreshUserIds: refreshUserIdsOf(info) });

export async function showMyCases(info: TurnInfo, deps: AppDeps): Promise<HandlerResult> {
  const cases = await listMyCases(deps, info.actor);
  return { replies: [cardReply(renderMyCasesCard(info.t, info.locale, cases))] };
}

export async function viewCaseAction(info: TurnInfo, deps: AppDeps, data: unknown): Promise<HandlerResult> {
  const a = CaseAction.safeParse(data);
  if (!a.success) return tampered(info);
  const r = await viewCase(deps, info.actor, a.data.caseId);
  if (!r.ok) return { replies: [textReply(info.t.cases.notices.notFound)] };
  return { replies: [cardReply(detailCard(info, r.value))] };
}

/**
 * Universal Actions refresh (and "do not withdraw"): the card as the case is now. The detail card shows the text
 * again only to its owner, and the view is audited when the case changed since the card was made.
 */
export async function refreshCaseAction(
  info: TurnInfo,
  deps: AppDeps,
  data: unknown,
): Promise<HandlerResult> {
  const a = RefreshAction.safeParse(data);
  if (!a.success) return tampered(info);
  const { caseId, version, view } = a.data;
  const load = view === 'detail' && version !== undefined ? loadOwnCase : viewCase;
  const r = await load(deps, info.actor, caseId);
  if (!r.ok) return notice(info, info.t.cases.notices.notFound);
  if (view === 'detail' && r.value.version !== version) await viewCase(deps, info.actor, caseId);
  if (view === 'detail') return { card: detailCard(info, r.value) };
  return { card: renderCaseReceivedCard(info.t, r.value, { refreshUserIds: refreshUserIdsOf(info) }) };
}

export async function editCaseAction(info: TurnInfo, deps: AppDeps, data: unknown): Promise<HandlerResult> {
  const a = CaseAction.safeParse(data);
  if (!a.success) return tampered(info);
  const stale = await checkCardVersion(info, deps, a.data.caseId, a.data.version);
  if (stale) return stale;
  const r = await viewCase(deps, info.actor, a.data.caseId);
  if (!r.ok) return notice(info, info.t.cases.notices.notFound);
  const c = r.value;
  if (!isEditable(c) || c.text === null) return notice(info, info.t.cases.notices.notEditable);
  const values = intakeValuesOf({ ...c.details, text: c.text });
  const edit = { caseId: c.id, version: c.version, reference: c.reference };
  return { card: renderIntakeCard(info.t, { areas: deps.areas, values, edit }) };
}

/** "Withdraw" on the detail card asks first; only the confirmation card withdraws. */
export async function confirmWithdrawAction(
  info: TurnInfo,
  deps: AppDeps,
  data: unknown,
): Promise<HandlerResult> {
  const a = CaseAction.safeParse(data);
  if (!a.success) return tampered(info);
  const stale = await checkCardVersion(info, deps, a.data.caseId, a.data.version);
  if (stale) return stale;
  const r = await loadOwnCase(deps, info.actor, a.data.caseId);
  if (!r.ok) return notice(info, info.t.cases.notices.notFound);
  if (!isWithdrawable(r.value)) return notice(info, info.t.cases.notices.notWithdrawable);
  return { card: renderConfirmWithdrawCard(info.t, r.value) };
}

type CaseChange = (
  deps: AppDeps,
  actor: TurnInfo['actor'],
  caseId: string,
) => Promise<
  Result<CaseRecord, { readonly code: 'not-found' | 'stale' | 'not-withdrawable' | 'not-closable' }>
>;

/** Runs a one-click change of an own case and answers with a notice replacing the clicked card. */
async function changeCase(
  info: TurnInfo,
  deps: AppDeps,
  data: unknown,
  change: CaseChange,
  done: (reference: string) => string,
  refused: string,
): Promise<HandlerResult> {
  const a = CaseAction.safeParse(data);
  if (!a.success) return tampered(info);
  const stale = await checkCardVersion(info, deps, a.data.caseId, a.data.version);
  if (stale) return stale;
  const r = await change(deps, info.actor, a.data.caseId);
  if (r.ok) return notice(info, done(r.value.reference));
  const n = info.t.cases.notices;
  return notice(
    info,
    r.error.code === 'not-found' ? n.notFound : r.error.code === 'stale' ? n.stale : refused,
  );
}

export const withdrawCaseAction = (info: TurnInfo, deps: AppDeps, data: unknown): Promise<HandlerResult> =>
  changeCase(
    info,
    deps,
    data,
    withdrawCase,
    (reference) => info.t.cases.notices.withdrawn({ reference }),
    info.t.cases.notices.notWithdrawable,
  );

export const closeByRecommendationAction = (
  info: TurnInfo,
  deps: AppDeps,
  data: unknown,
): Promise<HandlerResult> =>
  changeCase(
    info,
    deps,
    data,
    closeByRecommendation,
    (reference) => info.t.cases.notices.closed({ reference }),
    info.t.cases.notices.notClosable,
  );
