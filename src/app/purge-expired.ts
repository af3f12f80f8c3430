import {
  dedupeCutoff,
  recordCutoff,
  textCutoff,
  type RetentionPolicy,
} from '../domain/retention/retention-policy.js';
import type { Clock, IdGenerator } from '../ports/clock.js';
import type { Stores } from '../ports/stores.js';

/** The lease that keeps the purge to one instance at a time. */
export const RETENTION_LEASE = 'retention';

export interface PurgeDeps {
  readonly stores: Pick<Stores, 'leases' | 'retention' | 'audit'>;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

export interface PurgeSettings {
  /** This instance's name on the lease. */
  readonly holder: string;
  readonly policy: RetentionPolicy;
  /** How long a run holds the lease: the interval, so the holder renews it and a dead one is replaced next run. */
  readonly leaseMs: number;
}

export type PurgeOutcome =
  | { readonly ran: false }
  | { readonly ran: true; readonly texts: number; readonly records: number; readonly dedupeKeys: number };

/**
 * Removes what is past its retention period: whole records first (so the text count covers surviving records
 * only), then free text, then old dedupe keys. Runs only while this instance holds the lease; counts purges in
 * the audit log as the system (no actor), and only when something was purged.
 */
export async function purgeExpired(deps: PurgeDeps, settings: PurgeSettings): Promise<PurgeOutcome> {
  const { stores } = deps;
  const now = deps.clock.now();
  const until = new Date(now.getTime() + settings.leaseMs);
  if (!(await stores.leases.acquire(RETENTION_LEASE, settings.holder, now, until))) return { ran: false };
  const records = await stores.retention.deleteRecords(recordCutoff(now, settings.policy));
  const texts = await stores.retention.purgeText(textCutoff(now, settings.policy));
  const dedupeKeys = await stores.retention.forgetDedupeKeys(dedupeCutoff(now));
  await auditPurge(deps, now, 'record', records);
  await auditPurge(deps, now, 'text', texts);
  return { ran: true, texts, records, dedupeKeys };
}

async function auditPurge(
  deps: PurgeDeps,
  at: Date,
  detail: 'text' | 'record',
  count: number,
): Promise<void> {
  if (count === 0) return;
  await deps.stores.audit.append({
    id: deps.ids.newId(),
    at,
    action: 'retention.purged',
    result: 'ok',
    detail,
    count,
  });
}
