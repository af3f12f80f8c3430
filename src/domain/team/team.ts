import type { WeeklyRhythm } from '../scheduling/recurrence.js';

/** The standing members' roles in a consultation team (DOMAIN.md §2; psychosocial split at 23 as in §3). */
export const MEMBER_ROLES = [
  'employment-expert',
  'social-worker',
  'public-health-nurse',
  'psychosocial-under-23',
  'psychosocial-23-plus',
  'kela',
] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** A standing member: `ref` is an Entra object id (from the people picker) or a UPN / e-mail typed in. */
export interface StandingMember {
  readonly role: MemberRole;
  readonly ref: string;
}

/** A Teams conversation the team is tied to (its channel or group chat), where the agenda may be shown. */
export interface TeamConversation {
  readonly id: string;
  readonly scope: 'groupChat' | 'channel';
}

export interface ConsultationTeam {
  readonly id: string;
  /** One team per employment area (areas.ts). */
  readonly areaCode: string;
  readonly convenor: { readonly userId: string; readonly tenantId: string };
  readonly members: readonly StandingMember[];
  /** Helsinki wall time; sessions are expanded from it, skipping Finnish days off. */
  readonly rhythm: WeeklyRhythm;
  readonly minutesPerCase: number;
  readonly casesPerSession: number;
  readonly conversation: TeamConversation | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly version: number;
}

export const DEFAULT_MINUTES_PER_CASE = 15;
export const RHYTHM_INTERVALS = [1, 2, 4] as const;

/** As many whole time boxes as fit in the meeting, at least one. */
export const defaultCasesPerSession = (durationMinutes: number, minutesPerCase: number): number =>
  Math.max(1, Math.floor(durationMinutes / minutesPerCase));

export type TeamProblem =
  { readonly code: 'cases-do-not-fit' } | { readonly code: 'no-members' } | { readonly code: 'bad-interval' };

/** The checks a new team must pass beyond its input's shape. */
export function checkTeam(
  t: Pick<ConsultationTeam, 'members' | 'rhythm' | 'minutesPerCase' | 'casesPerSession'>,
): TeamProblem[] {
  const problems: TeamProblem[] = [];
  if (t.casesPerSession * t.minutesPerCase > t.rhythm.durationMinutes)
    problems.push({ code: 'cases-do-not-fit' });
  if (t.members.length === 0) problems.push({ code: 'no-members' });
  if (!(RHYTHM_INTERVALS as readonly number[]).includes(t.rhythm.intervalWeeks))
    problems.push({ code: 'bad-interval' });
  return problems;
}
