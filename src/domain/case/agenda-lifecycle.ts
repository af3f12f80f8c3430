import type { CaseEventType, CaseRecord, CaseSlot } from './case-record.js';
import type { CaseOutcome, ReturnReason } from './outcome.js';

/** Case changes made by the agenda and the meeting: pure, each appends one coded event and bumps the version. */

const step = (c: CaseRecord, type: CaseEventType, at: Date, by: string) => ({
  events: [...c.events, { type, at, by }],
  updatedAt: at,
  version: c.version + 1,
});

const sameSlot = (a: CaseSlot | undefined, b: CaseSlot): boolean =>
  a !== undefined &&
  a.sessionId === b.sessionId &&
  a.start.getTime() === b.start.getTime() &&
  a.end.getTime() === b.end.getTime() &&
  a.joinUrl === b.joinUrl;

/** Can be given a time box: waiting in the queue, or already on an agenda. */
export const isPlaceable = (c: CaseRecord): boolean =>
  c.details.form === 'team' && (c.status === 'submitted' || c.status === 'scheduled');

/** Gives the case its time box: `scheduled` the first time, `rescheduled` when the time changes. */
export function scheduleCase(c: CaseRecord, slot: CaseSlot, at: Date, by: string): CaseRecord {
  if (c.status === 'scheduled' && sameSlot(c.slot, slot)) return c;
  const type = c.status === 'scheduled' ? 'rescheduled' : 'scheduled';
  return { ...c, status: 'scheduled', slot, ...step(c, type, at, by) };
}

/** Sends the case back to its worker with a coded reason; it leaves the agenda. */
export function returnCase(c: CaseRecord, reason: ReturnReason, at: Date, by: string): CaseRecord {
  const { slot: _slot, ...rest } = c;
  return { ...rest, status: 'returned', returnReason: reason, ...step(c, 'returned', at, by) };
}

/** An edit answers a returned case: it goes back to the team's queue. */
export function requeueCase(c: CaseRecord): CaseRecord {
  if (c.status !== 'returned') return c;
  const { returnReason: _reason, ...rest } = c;
  return { ...rest, status: 'submitted' };
}

/** The team discussed the case and decided: it is closed with the outcome (its slot stays as the record). */
export function recordCaseOutcome(c: CaseRecord, outcome: CaseOutcome): CaseRecord {
  const at = outcome.recordedAt;
  const discussed = { ...c, ...step(c, 'discussed', at, outcome.recordedBy) };
  return { ...discussed, status: 'closed', outcome, ...step(discussed, 'closed', at, outcome.recordedBy) };
}

/** Not reached or postponed: back to the queue, to be placed in the next session with room. */
export function postponeCase(c: CaseRecord, at: Date, by: string): CaseRecord {
  const { slot: _slot, ...rest } = c;
  return { ...rest, status: 'submitted', ...step(c, 'postponed', at, by) };
}
