import { err, ok, type Result } from '../result.js';
import type { CaseOwner, CaseRecord, CaseStatus } from './case-record.js';

export type LifecycleError =
  { readonly code: 'not-found' } | { readonly code: 'not-allowed'; readonly status: CaseStatus };

/** A worker sees only their own cases; anyone else gets "not found", which reveals nothing. */
export const isOwnedBy = (c: CaseRecord, who: CaseOwner): boolean =>
  c.owner.userId === who.userId && c.owner.tenantId === who.tenantId;

/** Editable while the team has not discussed it yet. */
export const isEditable = (c: CaseRecord): boolean => c.status === 'submitted' || c.status === 'scheduled';

/** Withdrawable until discussed; a discussed case is closed with an outcome instead. */
export const isWithdrawable = isEditable;

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
