/**
 * The synthetic pilot's cases as timelines: what happened to each case and when, before anything is cut at
 * `asOf` or written. Team cases queue for their area's sessions first come, first served; network cases go
 * through consent, booking and the review with the client (the events the network use cases record).
 */
import type { CaseDetails } from '../../domain/case/case-record.js';
import { RETURN_REASONS, type CaseOutcome, type ReturnReason } from '../../domain/case/outcome.js';
import type { NetworkParty } from '../../domain/case/vocabulary.js';
import type { LocalDate } from '../../domain/scheduling/calendar-date.js';
import { triageCase, type CaseRecommendation } from '../../domain/triage/triage-case.js';
import { helsinkiDate, helsinkiInstant, isWorkday, plusDays, plusWorkdays } from './pilot-calendar.js';
import { caseDetailsFor, decisionFor } from './pilot-profiles.js';
import type { PilotRandom } from './pilot-random.js';
import { placeIn, type PilotSession } from './pilot-sessions.js';

export type PilotStep =
  | { readonly type: 'submitted' | 'edited' | 'withdrawn' | 'closed' | 'postponed'; readonly at: Date }
  | { readonly type: 'network-reviewed' | 'network-consent-withdrawn'; readonly at: Date }
  | { readonly type: 'scheduled'; readonly at: Date; readonly session: PilotSession }
  | { readonly type: 'returned'; readonly at: Date; readonly reason: ReturnReason }
  | { readonly type: 'discussed'; readonly session: PilotSession; readonly outcome: PilotOutcome }
  | { readonly type: 'network-consent'; readonly at: Date; readonly parties: readonly NetworkParty[] }
  | { readonly type: 'network-booked'; readonly at: Date; readonly start: Date; readonly end: Date };

export type PilotOutcome = Omit<CaseOutcome, 'recordedAt' | 'recordedBy'>;

export interface PilotCase {
  readonly id: string;
  readonly areaCode: string;
  readonly ownerIndex: number;
  readonly details: CaseDetails;
  readonly recommendation: CaseRecommendation;
  readonly submittedAt: Date;
  readonly steps: PilotStep[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Network meetings start at 9:00, 10:00, 12:30 or 14:00 (minutes after midnight, Helsinki). */
const MEETING_TIMES = [540, 600, 750, 840] as const;

/** An instant in office hours (8–16, Helsinki) on the first working day on or after `date`. */
export function officeHour(r: PilotRandom, date: LocalDate): Date {
  let d = date;
  while (!isWorkday(d)) d = plusDays(d, 1);
  return helsinkiInstant(d, r.int(8 * 60, 15 * 60 + 59));
}

/** A submission time in the given month: any working day, office hours. */
export const submissionIn = (r: PilotRandom, year: number, month: number): Date =>
  officeHour(r, `${year}-${String(month).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`);

const later = (r: PilotRandom, from: Date, minDays: number, maxDays: number): Date =>
  officeHour(r, plusDays(helsinkiDate(from), r.int(minDays, maxDays)));

const unplace = (s: PilotSession, id: string) => s.placed.splice(s.placed.indexOf(id), 1);

/** A team case: queued, maybe returned for more information or postponed, then discussed with an outcome. */
function teamSteps(r: PilotRandom, c: PilotCase, sessions: readonly PilotSession[]): void {
  const { steps, id, recommendation } = c;
  if (recommendation.outcome !== 'consultation-team' && r.chance(0.08)) {
    steps.push({ type: 'closed', at: later(r, c.submittedAt, 0, 2) });
    return;
  }
  let session = placeIn(sessions, id, c.submittedAt, r.chance(0.08));
  if (!session) return;
  const scheduledAt = new Date(c.submittedAt.getTime() + 60_000);
  steps.push({ type: 'scheduled', at: scheduledAt, session });
  // the worker withdraws, or the convenor returns the case, between its placing and the meeting
  const beforeMeeting = (s: PilotSession, maxDays: number) =>
    new Date(Math.max(scheduledAt.getTime() + HOUR, s.start.getTime() - r.int(1, maxDays) * DAY));
  if (r.chance(0.04)) {
    unplace(session, id);
    steps.push({ type: 'withdrawn', at: beforeMeeting(session, 4) });
    return;
  }
  if (r.chance(0.08)) {
    const returnedAt = beforeMeeting(session, 3);
    unplace(session, id);
    steps.push({ type: 'returned', at: returnedAt, reason: r.pick(RETURN_REASONS) });
    if (r.chance(0.25)) return;
    const editedAt = later(r, returnedAt, 2, 14);
    steps.push({ type: 'edited', at: editedAt });
    session = placeIn(sessions, id, editedAt, false);
    if (!session) return;
    steps.push({ type: 'scheduled', at: new Date(editedAt.getTime() + 60_000), session });
  }
  if (r.chance(0.05)) {
    unplace(session, id);
    steps.push({ type: 'postponed', at: session.end });
    session = placeIn(sessions, id, session.end, false);
    if (!session) return;
    steps.push({ type: 'scheduled', at: new Date(session.end.getTime() + 60_000), session });
  }
  steps.push({ type: 'discussed', session, outcome: decisionFor(r, c.details, recommendation) });
}

/** A network case (Rukkanen): consent, a booked meeting, the review with the client; some stall on the way. */
function networkSteps(r: PilotRandom, c: PilotCase): void {
  const { steps } = c;
  const consentAt = later(r, c.submittedAt, 1, 6);
  steps.push({ type: 'network-consent', at: consentAt, parties: c.details.networkParties });
  if (r.chance(0.05)) {
    const withdrawnAt = later(r, consentAt, 2, 8);
    steps.push({ type: 'network-consent-withdrawn', at: withdrawnAt });
    if (r.chance(0.5)) steps.push({ type: 'withdrawn', at: new Date(withdrawnAt.getTime() + HOUR) });
    return;
  }
  if (r.chance(0.1)) return; // waiting for a common time
  const bookedAt = later(r, consentAt, 1, 4);
  const day = plusWorkdays(helsinkiDate(bookedAt), r.int(3, 10));
  const start = helsinkiInstant(day, r.pick(MEETING_TIMES));
  const end = new Date(start.getTime() + 45 * 60_000);
  steps.push({ type: 'network-booked', at: bookedAt, start, end });
  if (r.chance(0.12)) return; // the review with the client not done yet
  const reviewedAt = officeHour(r, plusWorkdays(helsinkiDate(end), r.int(1, 9)));
  steps.push({ type: 'network-reviewed', at: reviewedAt });
  if (r.chance(0.75)) steps.push({ type: 'closed', at: later(r, reviewedAt, 0, 3) });
}

/** A case's coded start: details, the bot's recommendation (the real triage) and the submission. */
export function newPilotCase(
  r: PilotRandom,
  id: string,
  areaCode: string,
  submittedAt: Date,
  ownerCount: number,
): PilotCase {
  const form = r.chance(0.2) ? 'network' : 'team';
  const details = caseDetailsFor(r, areaCode, form);
  return {
    id,
    areaCode,
    ownerIndex: r.int(0, ownerCount - 1),
    details,
    recommendation: triageCase(details),
    submittedAt,
    steps: [{ type: 'submitted', at: submittedAt }],
  };
}

/** Plays a case's life forward (its area's sessions fill as it goes). */
export function playCase(r: PilotRandom, c: PilotCase, sessions: readonly PilotSession[]): void {
  if (c.details.form === 'network') networkSteps(r, c);
  else teamSteps(r, c, sessions);
}
