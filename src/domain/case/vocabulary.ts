/**
 * The coded vocabulary of a consultation case (DOMAIN.md §2). Every value here is a code, never free text;
 * the figures for evaluators are counted over these codes only.
 */

/** The worker's organisation. The wellbeing services county is split by service line. */
export const ORGANISATIONS = [
  'employment-authority',
  'wellbeing-social',
  'wellbeing-health',
  'wellbeing-psychosocial',
  'kela',
] as const;
export type Organisation = (typeof ORGANISATIONS)[number];

/** Psychosocial services split at 23; 30 is where youth services end. */
export const AGE_GROUPS = ['under-23', '23-29', '30-plus'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** Length of unemployment; long-term unemployment starts at 12 months. */
export const UNEMPLOYMENT_BANDS = ['under-3m', '3-12m', '12-24m', 'over-24m'] as const;
export type UnemploymentBand = (typeof UNEMPLOYMENT_BANDS)[number];

/** The 7 domains of the social-situation scale, in the order of the model's table. */
export const SCALE_DOMAINS = [
  'managing-affairs',
  'appointments',
  'housing',
  'employment',
  'finances',
  'health',
  'social-relationships',
] as const;
export type ScaleDomain = (typeof SCALE_DOMAINS)[number];
/** 1 = no concern … 5 = severe. */
export type ScaleLevel = 1 | 2 | 3 | 4 | 5;
export type SocialSituationScale = Readonly<Record<ScaleDomain, ScaleLevel>>;

/** The five triage questions, in the model's order. */
export const TRIAGE_QUESTIONS = [
  'bilateral-enough',
  'other-services-first',
  'needs-multidisciplinary',
  'benefits-from-coordination',
  'eases-with-joint-planning',
] as const;
export type TriageQuestion = (typeof TRIAGE_QUESTIONS)[number];
export const TRIAGE_ANSWERS = ['yes', 'no', 'unsure'] as const;
export type TriageAnswer = (typeof TRIAGE_ANSWERS)[number];
export type TriageAnswers = Readonly<Record<TriageQuestion, TriageAnswer>>;

/** When to involve Kela rehabilitation (DOMAIN.md §2, criteria list). */
export const KELA_CRITERIA = [
  'health-limits',
  'functioning-weakened',
  'sick-leave-or-benefit-rejected',
  'fresh-b-statement',
  'broken-paths',
  'learning-difficulties',
  'plan-not-progressing',
  'work-ability-assessment',
  'long-term-illness',
] as const;
export type KelaCriterion = (typeof KELA_CRITERIA)[number];

/** Has the client consented to a contact to social welfare? Decides contact vs notification (SHL §35). */
export const SOCIAL_WELFARE_CONSENT = ['yes', 'no', 'not-asked'] as const;
export type SocialWelfareConsent = (typeof SOCIAL_WELFARE_CONSENT)[number];

/** Consultation team session (Pohjois-Savo) or network consultation (Satakunta "Rukkanen"). */
export const CONSULTATION_FORMS = ['team', 'network'] as const;
export type ConsultationForm = (typeof CONSULTATION_FORMS)[number];

/** Parties a network consultation can call in; only those the client's needs call for take part. */
export const NETWORK_PARTIES = [
  'employment-authority',
  'social-services',
  'health-services',
  'psychosocial-under-23',
  'psychosocial-23-plus',
  'kela',
] as const;
export type NetworkParty = (typeof NETWORK_PARTIES)[number];

/** The flow chart's exits: what the triage can recommend and what a consultation can decide. */
export const OUTCOMES = [
  'tym-client',
  'social-services-contact',
  'social-services-notification',
  'health-services-first',
  'bilateral',
  'tym-not-current',
  'consultation-team',
] as const;
export type Outcome = (typeof OUTCOMES)[number];
