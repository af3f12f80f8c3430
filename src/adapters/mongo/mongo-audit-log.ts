import type { Collection } from 'mongodb';
import type { AuditEntry } from '../../domain/audit/audit-entry.js';
import type { AuditLog } from '../../ports/audit-log.js';
import { toAuditDocument, type AuditDocument } from './mongo-mappers.js';
import { requireString } from './safe-filter.js';
import { insertOnce, storeCall } from './store-call.js';

export class MongoAuditLog implements AuditLog {
  constructor(private readonly entries: Collection<AuditDocument>) {}

  async append(entry: AuditEntry): Promise<void> {
    requireString(entry.id, 'id', 'audit.append');
    await storeCall('audit.append', () => insertOnce(this.entries, toAuditDocument(entry)));
  }
}
