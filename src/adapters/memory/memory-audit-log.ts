import type { AuditEntry } from '../../domain/audit/audit-entry.js';
import type { AuditLog } from '../../ports/audit-log.js';

export class MemoryAuditLog implements AuditLog {
  readonly entries: AuditEntry[] = [];

  async append(entry: AuditEntry): Promise<void> {
    // a retried append of the same entry is stored once, as the MongoDB log does by its `_id`
    if (this.entries.some((e) => e.id === entry.id)) return;
    this.entries.push(structuredClone(entry));
  }
}
