import type { Outcome } from './vocabulary.js';

/** What the team decided for a case in its meeting (DOMAIN.md §2 follow-up); coded only, it feeds the figures. */
export const SERVICES_NEEDED = ['social', 'health', 'both', 'none'] as const;
export type ServicesNeeded = (typeof SERVICES_NEEDED)[number];

/** The team's decisions: the flow chart's exits except "take to the team", which the team itself is. */
export const DECISIONS = [
  'tym-client',
  'social-services-contact',
  'social-services-notification',
  'health-services-first',
  'bilateral',
  'tym-not-current',
] as const satisfies readonly Outcome[];
export type Decision = (typeof DECISIONS)[number];

export const FOLLOW_UP_ACTIONS = [
  'open-tym-client',
  'contact-social-welfare',
  'notify-social-welfare',
  'examine-work-ability',
  'kela-rehabilitation',
  'bilateral-meeting',
  'bring-back-to-team',
] as const;
export type FollowUpAction = (typeof FOLLOW_UP_ACTIONS)[number];

export const RESPONSIBLE_ORGANISATIONS = [
  'employment-authority',
  'social-services',
  'health-services',
  'psychosocial-services',
  'kela',
] as const;
export type ResponsibleOrganisation = (typeof RESPONSIBLE_ORGANISATIONS)[number];

export interface FollowUp {
  readonly action: FollowUpAction;
  readonly responsible: ResponsibleOrganisation;
}

export interface CaseOutcome {
  readonly decision: Decision;
  readonly servicesNeeded: ServicesNeeded;
  readonly kelaCooperation: boolean;
  readonly followUps: readonly FollowUp[];
  readonly recordedAt: Date;
  readonly recordedBy: string;
}

/** Why the convenor sent a case back to its worker; the worker answers by editing the case. */
export const RETURN_REASONS = [
  'needs-more-information',
  'question-unclear',
  'scale-incomplete',
  'bilateral-first',
] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

/**
 * Whether the team went with the bot's recommendation: derived, never asked. A recommendation of "take it to the
 * team" is no recommendation to agree with.
 */
export type Agreement = 'agreed' | 'differed' | 'no-recommendation';

export function agreementOf(recommended: Outcome, decision: Decision): Agreement {
  if (recommended === 'consultation-team') return 'no-recommendation';
  return recommended === decision ? 'agreed' : 'differed';
}
