import type { AuditEntry } from '../domain/audit/audit-entry.js';

/** Append-only audit trail of who did what to which case, and of authentication failures. */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
}
