import type { CaseStatus } from '../case/case-record.js';
import type { CaseTable } from './case-table.js';
import type { Decision, ServicesNeeded } from '../case/outcome.js';
import type {
  AgeGroup,
  ConsultationForm,
  Organisation,
  Outcome,
  SocialSituationScale,
} from '../case/vocabulary.js';

/**
 * The coded facts of a case that the figures count: no text, no owner, no reference. Event types are plain strings
 * so that events added later are read when present and ignored when not. Adapters give every fact the same keys
 * (`outcome` and `network` present, perhaps undefined): one object shape keeps the counting loop fast.
 */
export interface CaseFacts {
  readonly areaCode: string;
  readonly organisation: Organisation;
  readonly ageGroup: AgeGroup;
  readonly form: ConsultationForm;
  readonly status: CaseStatus;
  readonly scale: SocialSituationScale;
  readonly hasKelaCriteria: boolean;
  readonly recommended: Outcome;
  readonly outcome?:
    | {
        readonly decision: Decision;
        readonly servicesNeeded: ServicesNeeded;
        readonly kelaCooperation: boolean;
        readonly recordedAt: Date;
      }
    | undefined;
  readonly events: readonly { readonly type: string; readonly at: Date }[];
  /** The network consultation (Rukkanen), once planned: its meeting unless cancelled, and the review with the client. */
  readonly network?: NetworkFacts | undefined;
}

export interface NetworkFacts {
  /** Start of the booked meeting; null when none was booked or it was cancelled. */
  readonly meetingStart: Date | null;
  /** Going through the meeting with the client: due on a Helsinki date (`YYYY-MM-DD`), done at an instant. */
  readonly review: { readonly dueDate: string; readonly doneAt: Date | null } | null;
}

export interface ReferralFacts {
  readonly areaCode: string;
  readonly organisation: Organisation;
  readonly ageGroup: AgeGroup;
  readonly recordedAt: Date;
}

export interface SessionFacts {
  readonly areaCode: string;
  readonly start: Date;
  readonly status: 'planned' | 'cancelled';
  readonly capacity: number;
  readonly caseCount: number;
}

export interface FiguresFacts {
  /** As facts, or already as columns (case-table.ts: what a store keeps up to date between reads). */
  readonly cases: readonly CaseFacts[] | CaseTable;
  readonly referrals: readonly ReferralFacts[];
  readonly sessions: readonly SessionFacts[];
}
