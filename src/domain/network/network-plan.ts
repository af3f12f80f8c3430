import type { CaseRecord } from '../case/case-record.js';
import type { NetworkParty } from '../case/vocabulary.js';
import type { ConsultationTeam, MemberRole } from '../team/team.js';

/** The client's consent to a network consultation (Rukkanen): who obtained it, when, and for which parties. */
export interface NetworkConsent {
  /** Entra object id of the worker or convenor who obtained it. */
  readonly by: string;
  readonly at: Date;
  /** Never empty: the consultation involves these parties only. */
  readonly parties: readonly NetworkParty[];
}

/** The booked meeting (UTC times); `isCancelled` once consent was withdrawn before it. */
export interface NetworkMeeting {
  readonly eventId: string;
  /** The calendar that holds it: the worker who owns the case. */
  readonly organizer: string;
  readonly attendees: readonly string[];
  readonly start: Date;
  readonly end: Date;
  readonly joinUrl: string;
  readonly bookedAt: Date;
  readonly isCancelled: boolean;
  /** Invited people who have declined, as last read from the calendar (absent on meetings booked before). */
  readonly declinedBy?: readonly string[];
}

/** "Go through the consultation with the client": due on a Helsinki date, done when the worker says so. */
export interface NetworkReview {
  readonly dueDate: string;
  readonly doneAt: Date | null;
}

/** A case's network consultation; nulls (not absent keys) so every store reads back what it wrote. */
export interface NetworkPlan {
  readonly consent: NetworkConsent | null;
  readonly meeting: NetworkMeeting | null;
  readonly review: NetworkReview | null;
}

export const EMPTY_PLAN: NetworkPlan = { consent: null, meeting: null, review: null };

/** The standing-member role that stands for each party in an area team's directory. */
export const PARTY_ROLE = {
  'employment-authority': 'employment-expert',
  'social-services': 'social-worker',
  'health-services': 'public-health-nurse',
  'psychosocial-under-23': 'psychosocial-under-23',
  'psychosocial-23-plus': 'psychosocial-23-plus',
  kela: 'kela',
} as const satisfies Record<NetworkParty, MemberRole>;

/** A party and the person who represents it, or null: "to be named", not bookable. */
export interface NamedParty {
  readonly party: NetworkParty;
  readonly person: string | null;
}

/** Each party's person: the area team's first standing member with the party's role. */
export function nameParties(
  parties: readonly NetworkParty[],
  team: Pick<ConsultationTeam, 'members'> | undefined,
): NamedParty[] {
  return parties.map((party) => ({
    party,
    person: team?.members.find((m) => m.role === PARTY_ROLE[party])?.ref ?? null,
  }));
}

export type NetworkProblem =
  | { readonly code: 'not-network' }
  | { readonly code: 'case-ended' }
  | { readonly code: 'consent-required' }
  | { readonly code: 'no-bookable-party' }
  | { readonly code: 'already-booked' }
  | { readonly code: 'not-booked' };

const ENDED: readonly CaseRecord['status'][] = ['closed', 'withdrawn'];

/** Whether the case may be planned at all: a network case still in progress. */
export function checkPlannable(c: Pick<CaseRecord, 'status' | 'details'>): NetworkProblem | undefined {
  if (c.details.form !== 'network') return { code: 'not-network' };
  if (ENDED.includes(c.status)) return { code: 'case-ended' };
  return undefined;
}

/** A meeting that was booked and not cancelled. */
export const activeMeeting = (plan: NetworkPlan): NetworkMeeting | null =>
  plan.meeting && !plan.meeting.isCancelled ? plan.meeting : null;

/** Invited people whose decline of the meeting was recorded. */
export const declinesOf = (meeting: NetworkMeeting): readonly string[] => meeting.declinedBy ?? [];

/** A meeting still on but declined by someone: a new time may be booked in its place. */
export const isDeclined = (meeting: NetworkMeeting): boolean => declinesOf(meeting).length > 0;

/**
 * Nothing is sent before consent, and only to the parties it covers that have a named person: the people to
 * invite, or why there are none. A plan with an active meeting is booked already, unless someone declined it.
 */
export function bookableParties(
  plan: NetworkPlan,
  named: readonly NamedParty[],
): { ok: true; people: string[] } | { ok: false; problem: NetworkProblem } {
  if (!plan.consent) return { ok: false, problem: { code: 'consent-required' } };
  const meeting = activeMeeting(plan);
  if (meeting && !isDeclined(meeting)) return { ok: false, problem: { code: 'already-booked' } };
  const covered = new Set(plan.consent.parties);
  const people = named.filter((n) => covered.has(n.party)).flatMap((n) => (n.person ? [n.person] : []));
  if (people.length === 0) return { ok: false, problem: { code: 'no-bookable-party' } };
  return { ok: true, people: [...new Set(people)] };
}

/**
 * The calendar transaction of a booking: the same case and slot book once, whatever retries happen. A later booking
 * of the case (`attempt`: the bookings before it) is a new transaction, even at a time a cancelled meeting had.
 */
export const meetingTransactionId = (caseId: string, start: Date, attempt = 0): string =>
  `network|${caseId}|${start.toISOString()}${attempt > 0 ? `|${attempt}` : ''}`;

/**
 * The plan once the client withdrew consent or the case was withdrawn: a meeting still ahead is cancelled (and
 * returned, for the calendar) and its review dropped; a meeting already held keeps its review.
 */
export function withdrawPlan(
  plan: NetworkPlan,
  now: Date,
): { readonly plan: NetworkPlan; readonly cancelled: NetworkMeeting | null } {
  const meeting = activeMeeting(plan);
  const isPending = meeting !== null && meeting.end > now;
  return {
    plan: {
      consent: null,
      meeting: isPending ? { ...meeting, isCancelled: true } : plan.meeting,
      review: isPending ? null : plan.review,
    },
    cancelled: isPending ? meeting : null,
  };
}
