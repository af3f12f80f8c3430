import { withdrawPlan, type NetworkMeeting } from '../../domain/network/network-plan.js';
import { err, type Result } from '../../domain/result.js';
import type { Actor, AppDeps } from '../app-deps.js';
import { loadNetworkCase, saveNetworkPlan, type NetworkError, type NetworkView } from './network-case.js';
import { cancelMeetingChangeNotices, networkNoticePrefix } from './network-notices.js';

/** Takes a cancelled meeting out of the calendars and withdraws the case's queued network notices. */
export async function cancelMeeting(deps: AppDeps, caseId: string, meeting: NetworkMeeting | null) {
  if (meeting) await deps.calendar.cancelEvent({ id: meeting.organizer }, meeting.eventId);
  await deps.notifier.cancel(networkNoticePrefix(caseId));
  await cancelMeetingChangeNotices(deps, caseId);
}

/**
 * The client withdrew consent: a meeting still ahead is cancelled in the calendar, its queued notices are
 * withdrawn, and nothing more is sent until consent is recorded again (coded `network-consent-withdrawn`).
 */
export async function withdrawConsent(
  deps: AppDeps,
  actor: Actor,
  caseId: string,
): Promise<Result<NetworkView, NetworkError>> {
  const r = await loadNetworkCase(deps, actor, caseId);
  if (!r.ok) return r;
  if (!r.value.plan.consent) return err({ code: 'consent-required' });
  const { plan, cancelled } = withdrawPlan(r.value.plan, deps.clock.now());
  const saved = await saveNetworkPlan(deps, r.value, plan, 'network-consent-withdrawn', actor);
  if (saved.ok) await cancelMeeting(deps, caseId, cancelled);
  return saved;
}
