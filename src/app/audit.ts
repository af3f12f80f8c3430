import type { AuditEntry } from '../domain/audit/audit-entry.js';
import { describeError } from '../ports/logger.js';
import type { AppDeps } from './app-deps.js';

export type AuditInput = Omit<AuditEntry, 'id' | 'at'>;

/**
 * Appends to the audit log after the action it records has happened. A failing audit store must not turn a done
 * action into "try again" (the worker would then create the case twice), so the failure is logged loudly instead.
 */
export async function recordAudit(
  deps: Pick<AppDeps, 'stores' | 'ids' | 'clock' | 'logger'>,
  entry: AuditInput,
): Promise<void> {
  try {
    await deps.stores.audit.append({ id: deps.ids.newId(), at: deps.clock.now(), ...entry });
  } catch (e) {
    deps.logger.error('audit.append-failed', {
      action: entry.action,
      result: entry.result,
      ...describeError(e),
    });
  }
}
