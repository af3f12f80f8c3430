import type { CaseRecommendation } from '../triage/triage-case.js';
import type { NetworkPlan } from '../network/network-plan.js';
import type { CaseOutcome, ReturnReason } from './outcome.js';
import type {
  AgeGroup,
  ConsultationForm,
  KelaCriterion,
  NetworkParty,
  Organisation,
  SocialSituationScale,
  SocialWelfareConsent,
  TriageAnswers,
  UnemploymentBand,
} from './vocabulary.js';

export const CASE_STATUSES = [
  'submitted',
  'scheduled',
  'returned',
  'discussed',
  'closed',
  'withdrawn',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Free text of a case: personal data until proven otherwise, so it is kept apart and purged first. */
export interface CaseText {
  /** The anonymised description of the situation. */
  readonly description: string;
  /** What the worker asks the team. */
  readonly question: string;
}

/** Everything the worker states about a case: the coded fields and the free text. */
export interface CaseDetails {
  readonly organisation: Organisation;
  readonly areaCode: string;
  readonly ageGroup: AgeGroup;
  readonly unemployment: UnemploymentBand;
  readonly scale: SocialSituationScale;
  readonly answers: TriageAnswers;
  readonly kelaCriteria: readonly KelaCriterion[];
  readonly socialWelfareConsent: SocialWelfareConsent;
  readonly form: ConsultationForm;
  /** For a network consultation: the client agreed to it beforehand (Rukkanen). */
  readonly hasNetworkConsent: boolean;
  readonly networkParties: readonly NetworkParty[];
  readonly text: CaseText;
}

export const CASE_EVENT_TYPES = [
  'submitted',
  'edited',
  'scheduled',
  'rescheduled',
  'returned',
  'postponed',
  'discussed',
  'closed',
  'withdrawn',
  'network-consent',
  'network-consent-withdrawn',
  'network-booked',
  'network-reviewed',
  // found in the calendar after booking (by: the person who declined; `calendar` for a cancellation)
  'network-declined',
  'network-cancelled',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/** One step of a case's life, coded; the flow figures are counted from these. */
export interface CaseEvent {
  readonly type: CaseEventType;
  readonly at: Date;
  /** Teams object id of who did it. */
  readonly by: string;
}

export interface CaseOwner {
  readonly userId: string;
  readonly tenantId: string;
}

/** A case's time box in a team session (UTC) and the meeting's join link. */
export interface CaseSlot {
  readonly sessionId: string;
  readonly teamId: string;
  readonly start: Date;
  readonly end: Date;
  readonly joinUrl: string;
}

export interface CaseRecord {
  readonly id: string;
  readonly reference: string;
  readonly status: CaseStatus;
  readonly owner: CaseOwner;
  readonly details: Omit<CaseDetails, 'text'>;
  /** null once the retention purge has removed the free text. */
  readonly text: CaseText | null;
  readonly recommendation: CaseRecommendation;
  readonly events: readonly CaseEvent[];
  /** Its time box on a consultation team's agenda, while `scheduled` (and kept after the outcome). */
  readonly slot?: CaseSlot;
  /** Why the convenor sent it back, while `returned`. */
  readonly returnReason?: ReturnReason;
  /** The team's decision, once recorded. */
  readonly outcome?: CaseOutcome;
  /** A network consultation's consent, meeting and review (form `network`), once planning began. */
  readonly network?: NetworkPlan;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** Optimistic concurrency: every write bumps it and requires the version it read. */
  readonly version: number;
}
