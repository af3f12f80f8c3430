import type { KelaCriterion, Outcome, ScaleDomain, ScaleLevel, TriageQuestion } from '../case/vocabulary.js';

/** Ways the worker's answers and the scale can point to different paths; each sends the case to the team. */
export const SIGNAL_CONFLICTS = [
  'bilateral-vs-multidisciplinary',
  'bilateral-vs-scale',
  'services-first-vs-coordination',
  'answers-vs-scale',
  'answers-mixed',
] as const;
export type SignalConflict = (typeof SIGNAL_CONFLICTS)[number];

type Domains = readonly ScaleDomain[];
type Questions = readonly TriageQuestion[];

/** Kela reasons come from assessKelaCooperation and are appended to every recommendation. */
export type KelaReason =
  | { readonly code: 'kela-fresh-b-statement' }
  | {
      readonly code: 'kela-rehabilitation-criteria';
      readonly params: { readonly criteria: readonly KelaCriterion[] };
    };

/** Reasons from the social-situation scale, appended to every recommendation. */
export type ScaleReason =
  | {
      readonly code: 'multi-domain-challenge';
      readonly params: { readonly count: number; readonly domains: Domains };
    }
  | {
      readonly code: 'concern-domains';
      readonly params: { readonly count: number; readonly domains: Domains };
    }
  | { readonly code: 'no-scale-concerns' }
  | { readonly code: 'severe-domains'; readonly params: { readonly domains: Domains } };

/** Reasons for the chosen path itself. */
export type PathReason =
  | { readonly code: 'answer-bilateral-enough' }
  | { readonly code: 'answer-other-services-first' }
  | { readonly code: 'answer-coordination-need'; readonly params: { readonly questions: Questions } }
  | { readonly code: 'answers-no-need' }
  | { readonly code: 'health-dominant'; readonly params: { readonly level: ScaleLevel } }
  | { readonly code: 'work-ability-not-examined' }
  | { readonly code: 'consent-given' }
  | { readonly code: 'consent-refused' }
  | { readonly code: 'consent-not-asked' }
  | { readonly code: 'signals-conflict'; readonly params: { readonly conflict: SignalConflict } }
  | {
      readonly code: 'worker-unsure';
      /** outcomes: the paths the unsure answers would lead to, in OUTCOMES order, without the team itself. */
      readonly params: { readonly questions: Questions; readonly outcomes: readonly Outcome[] };
    }
  | { readonly code: 'unsure-not-decisive'; readonly params: { readonly questions: Questions } };

/** Why a path was recommended: a code (counted, translated), never free text. */
export type Reason = PathReason | ScaleReason | KelaReason;
export type ReasonCode = Reason['code'];
