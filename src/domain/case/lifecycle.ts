import { err, ok, type Result } from '../result.js';
import type { CaseOwner, CaseRecord, CaseStatus } from './case-record.js';

export type LifecycleError =
  { readonly code: 'not-found' } | { readonly code: 'not-allowed'; readonly status: CaseStatus };

/** A worker sees only their own cases; anyone else gets "not found", which reveals nothing. */
export const isOwnedBy = (c: CaseRecord, who: CaseOwner): boolean =>
  c.owner.userId === who.userId && c.owner.tenantId === who.tenantId;

/** Editable while the team has not discussed it yet (a returned case is answered by editing it). */
export const isEditable = (c: CaseRecord): boolean =>
  c.status === 'submitted' || c.status === 'scheduled' || c.status === 'returned';

/** Withdrawable until discussed; a discussed case is closed with an outcome instead. */
export const isWithdrawable = (c: CaseRecord): boolean => isEditable(c);

/** A recommendation other than "bring to the team" lets the worker close the request while it is still queued. */
export const isClosableByRecommendation = (c: CaseRecord): boolean =>
  c.status === 'submitted' && c.recommendation.outcome !== 'consultation-team';

/** The worker follows the triage recommendation: the case closes with it and no consultation. */
export function closeByRecommendation(
  c: CaseRecord,
  who: CaseOwner,
  now: Date,
): Result<CaseRecord, LifecycleError> {
  if (!isOwnedBy(c, who)) return err({ code: 'not-found' });
  if (!isClosableByRecommendation(c)) return err({ code: 'not-allowed', status: c.status });
  return ok({
    ...c,
    status: 'closed',
    events: [...c.events, { type: 'closed', at: now, by: who.userId }],
    updatedAt: now,
    version: c.version + 1,
  });
}

export function withdrawCase(c: CaseRecord, who: CaseOwner, now: Date): Result<CaseRecord, LifecycleError> {
  if (!isOwnedBy(c, who)) return err({ code: 'not-found' });
  if (!isWithdrawable(c)) return err({ code: 'not-allowed', status: c.status });
  return ok({
    ...c,
    status: 'withdrawn',
    events: [...c.events, { type: 'withdrawn', at: now, by: who.userId }],
    updatedAt: now,
    version: c.version + 1,
  });
}
