import type { CaseStatus } from '../case/case-record.js';
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
 * so that events added later (network consultations) are read when present and ignored when not.
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
  readonly outcome?: {
    readonly decision: Decision;
    readonly servicesNeeded: ServicesNeeded;
    readonly kelaCooperation: boolean;
    readonly recordedAt: Date;
  };
  readonly events: readonly { readonly type: string; readonly at: Date }[];
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
  readonly cases: readonly CaseFacts[];
  readonly referrals: readonly ReferralFacts[];
  readonly sessions: readonly SessionFacts[];
}
