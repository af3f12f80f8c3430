import type { Organisation } from '../domain/case/vocabulary.js';
import type { Actor, AppDeps } from './app-deps.js';

/** What a new request can take over from the worker's newest case: who they work for and where. */
export interface IntakeDefaults {
  readonly organisation: Organisation;
  /** Absent when the newest case's area is no longer offered here. */
  readonly areaCode?: string;
}

/**
 * The organisation and area of the worker's newest case, to pre-fill a new request (a worker nearly always sends
 * from the same place); `undefined` for a first case. One indexed read of one case.
 */
export async function lastIntakeDefaults(deps: AppDeps, actor: Actor): Promise<IntakeDefaults | undefined> {
  const [newest] = await deps.stores.cases.listByOwner({ userId: actor.userId, tenantId: actor.tenantId }, 1);
  if (!newest) return undefined;
  const areaCode = newest.details.areaCode;
  const isOffered = deps.areas.some((a) => a.code === areaCode);
  return { organisation: newest.details.organisation, ...(isOffered ? { areaCode } : {}) };
}
