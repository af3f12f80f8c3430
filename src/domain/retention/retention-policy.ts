import type { CaseRecord } from '../case/case-record.js';

/** The law's outer limit for a consultation record: never kept beyond 4 years, whatever the configuration says. */
export const MAX_RECORD_MONTHS = 48;

/** Activity keys only guard against Teams redelivering within minutes; a day is ample. */
export const DEDUPE_KEEP_MS = 24 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long an ended case keeps its free text, and how long its coded record. */
export interface RetentionPolicy {
  readonly textDays: number;
  readonly recordMonths: number;
}

/** Cases that ended before this instant lose their free text. Times are UTC, so a day is 24 hours. */
export function textCutoff(now: Date, policy: RetentionPolicy): Date {
  return new Date(now.getTime() - policy.textDays * DAY_MS);
}

/**
 * Cases that ended before this instant are deleted. Calendar months in UTC; a day that the target month lacks
 * (31 March minus one month) becomes its last day, so the cutoff never overshoots into the next month.
 */
export function recordCutoff(now: Date, policy: RetentionPolicy): Date {
  const months = Math.min(policy.recordMonths, MAX_RECORD_MONTHS);
  const target = new Date(now.getTime());
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  return target;
}

/** Dedupe keys claimed before this instant are forgotten. */
export const dedupeCutoff = (now: Date): Date => new Date(now.getTime() - DEDUPE_KEEP_MS);

/**
 * When the case ended: its latest `closed`/`withdrawn` event while its status is one of those, else null.
 * A closed case without such an event (older data) counts from `updatedAt`, so it is purged rather than kept.
 */
export function endedAt(c: Pick<CaseRecord, 'status' | 'events' | 'updatedAt'>): Date | null {
  if (c.status !== 'closed' && c.status !== 'withdrawn') return null;
  let latest: Date | null = null;
  for (const e of c.events) {
    if ((e.type === 'closed' || e.type === 'withdrawn') && (!latest || e.at > latest)) latest = e.at;
  }
  return latest ?? c.updatedAt;
}

const endedBefore = (c: Pick<CaseRecord, 'status' | 'events' | 'updatedAt'>, cutoff: Date): boolean => {
  const ended = endedAt(c);
  return ended !== null && ended < cutoff;
};

/** The free text is due for removal. */
export const isTextExpired = (c: CaseRecord, cutoff: Date): boolean =>
  c.text !== null && endedBefore(c, cutoff);

/** The whole record is due for deletion. */
export const isRecordExpired = (c: CaseRecord, cutoff: Date): boolean => endedBefore(c, cutoff);
