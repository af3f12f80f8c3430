/** What the audit log records. Never free text, tokens or identity codes: codes, ids and counts only. */
export const AUDIT_ACTIONS = [
  'case.created',
  'case.viewed',
  'case.edited',
  'case.withdrawn',
  'case.closed',
  'case.refused',
  'referral.recorded',
  'auth.failed',
  'retention.purged',
  'role.changed',
  'team.created',
  'session.changed',
  'agenda.changed',
  'case.returned',
  'outcome.recorded',
  'figures.exported',
  'figures.viewed',
  'figures.report-printed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  readonly id: string;
  readonly at: Date;
  /** Who: Teams (Entra) object id + tenant id; absent for the system (retention job). */
  readonly actor?: { readonly userId: string; readonly tenantId: string };
  readonly action: AuditAction;
  readonly result: 'ok' | 'refused' | 'denied' | 'failed';
  /** The case id or reference, a tenant id, … never text typed by a user. */
  readonly subject?: string;
  /** A code such as `personal-data-found` or `identity-code,name`. */
  readonly detail?: string;
  readonly count?: number;
}
