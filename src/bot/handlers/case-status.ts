import type { AppDeps } from '../../app/app-deps.js';
import { loadOwnCase } from '../../app/load-own-case.js';
import { renderNoticeCard } from '../../cards/notice.js';
import type { HandlerResult, TurnInfo } from '../reply.js';

/** Who Teams refreshes a case card for (`refresh.userIds`): the owner, as a Teams user id (MRI, `29:…`). */
export function refreshUserIdsOf(info: TurnInfo): string[] {
  return /^29:[\w:.-]{1,200}$/.test(info.teamsUserId) ? [info.teamsUserId] : [];
}

/** "This card is out of date" with the case's current status; not found for anything but an own case. */
export async function outOfDate(info: TurnInfo, deps: AppDeps, caseId: string): Promise<HandlerResult> {
  const r = await loadOwnCase(deps, info.actor, caseId);
  const n = info.t.cases.notices;
  if (!r.ok) return { card: renderNoticeCard(info.t, n.notFound) };
  const status = info.t.cases.statuses[r.value.status];
  return { card: renderNoticeCard(info.t, n.outOfDate({ reference: r.value.reference, status })) };
}

/**
 * A card made from an older version of the case changes nothing: its click answers with the current status.
 * Undefined when the card is current (or carries no version, as cards sent before versions were added).
 */
export async function checkCardVersion(
  info: TurnInfo,
  deps: AppDeps,
  caseId: string,
  version: number | undefined,
): Promise<HandlerResult | undefined> {
  if (version === undefined) return undefined;
  const r = await loadOwnCase(deps, info.actor, caseId);
  if (!r.ok) return { card: renderNoticeCard(info.t, info.t.cases.notices.notFound) };
  return r.value.version === version ? undefined : outOfDate(info, deps, caseId);
}
