import { z } from 'zod';
import { findArea } from '../domain/areas.js';
import type { CaseDetails } from '../domain/case/case-record.js';
import { TEXT_LIMITS } from '../domain/case/intake-rules.js';
import {
  AGE_GROUPS,
  CONSULTATION_FORMS,
  KELA_CRITERIA,
  NETWORK_PARTIES,
  ORGANISATIONS,
  SCALE_DOMAINS,
  SOCIAL_WELFARE_CONSENT,
  TRIAGE_ANSWERS,
  TRIAGE_QUESTIONS,
  UNEMPLOYMENT_BANDS,
  type ScaleLevel,
} from '../domain/case/vocabulary.js';
import { err, ok, type Result } from '../domain/result.js';

/** Input ids of the intake card; the scale and triage inputs are `scale_<domain>` and `triage_<question>`. */
export const scaleInputId = (domain: string) => `scale_${domain}`;
export const triageInputId = (question: string) => `triage_${question}`;

export const INTAKE_FIELDS = [
  'organisation',
  'area',
  'ageGroup',
  'unemployment',
  'description',
  'question',
  ...SCALE_DOMAINS.map(scaleInputId),
  ...TRIAGE_QUESTIONS.map(triageInputId),
  'socialWelfareConsent',
  'kelaCriteria',
  'form',
  'networkConsent',
  'networkParties',
] as const;
export type IntakeField = (typeof INTAKE_FIELDS)[number];
export type IntakeValues = Readonly<Record<IntakeField, string>>;

/**
 * The intake's three steps: the basics and the situation (where the text is typed and checked), then the triage
 * questions and Kela's criteria, then the social-situation scale and the form of consultation.
 */
export const INTAKE_STEPS = ['situation', 'triage', 'assessment'] as const;
export type IntakeStep = (typeof INTAKE_STEPS)[number];

const STEP_FIELDS: Readonly<Record<Exclude<IntakeStep, 'assessment'>, readonly IntakeField[]>> = {
  situation: [
    'organisation',
    'area',
    'ageGroup',
    'unemployment',
    'description',
    'question',
    'socialWelfareConsent',
  ],
  triage: [...(TRIAGE_QUESTIONS.map(triageInputId) as IntakeField[]), 'kelaCriteria'],
};

export const stepOf = (field: IntakeField): IntakeStep =>
  STEP_FIELDS.situation.includes(field)
    ? 'situation'
    : STEP_FIELDS.triage.includes(field)
      ? 'triage'
      : 'assessment';

/** The step after `step` (the last one has none). */
export const stepAfter = (step: IntakeStep): IntakeStep | undefined =>
  INTAKE_STEPS[INTAKE_STEPS.indexOf(step) + 1];

/** The values of every step but `step`: what that step's card carries in its action data until the final submit. */
export const valuesOutsideStep = (values: IntakeValues, step: IntakeStep): Record<string, string> =>
  Object.fromEntries(INTAKE_FIELDS.filter((f) => stepOf(f) !== step).map((f) => [f, values[f] ?? '']));

export type FieldProblem = {
  readonly field: IntakeField;
  readonly code: 'required' | 'too-long' | 'too-short' | 'invalid';
  readonly limit?: number;
};

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values));
/** Multi-select ChoiceSets send "a,b,c"; none selected is absent or "". */
const multi = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? [] : typeof v === 'string' ? [...new Set(v.split(','))] : v),
    z.array(z.enum(values)),
  );
const text = (limits: { min: number; max: number }) =>
  z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string().min(limits.min).max(limits.max));

const shape = {
  organisation: choice(ORGANISATIONS),
  area: z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(64)
      .refine((c) => findArea(c) !== undefined),
  ),
  ageGroup: choice(AGE_GROUPS),
  unemployment: choice(UNEMPLOYMENT_BANDS),
  description: text(TEXT_LIMITS.description),
  question: text(TEXT_LIMITS.question),
  ...Object.fromEntries(SCALE_DOMAINS.map((d) => [scaleInputId(d), choice(['1', '2', '3', '4', '5'])])),
  ...Object.fromEntries(TRIAGE_QUESTIONS.map((q) => [triageInputId(q), choice(TRIAGE_ANSWERS)])),
  socialWelfareConsent: choice(SOCIAL_WELFARE_CONSENT),
  kelaCriteria: multi(KELA_CRITERIA),
  form: choice(CONSULTATION_FORMS),
  networkConsent: z.preprocess((v) => v ?? 'false', z.enum(['true', 'false'])),
  networkParties: multi(NETWORK_PARTIES),
};
/** What the intake card submits. Strict: a key the card never sends means a tampered or foreign card. */
const IntakeSubmit = z.strictObject(shape as { [K in IntakeField]: z.ZodType });

export type IntakeParseError =
  { readonly code: 'tampered' } | { readonly code: 'invalid'; readonly problems: FieldProblem[] };

function toProblem(
  issue: z.core.$ZodIssue,
  inputs: Readonly<Record<string, unknown>>,
): FieldProblem | 'tampered' {
  const field = issue.path[0];
  if (issue.code === 'unrecognized_keys' || typeof field !== 'string') return 'tampered';
  const raw = inputs[field];
  const f = field as IntakeField;
  // Cards send every input as a string (or leave it out): anything else was not made by our card.
  if (raw !== undefined && typeof raw !== 'string') return 'tampered';
  if (raw === undefined || raw.trim() === '') return { field: f, code: 'required' };
  if (issue.code === 'too_big') return { field: f, code: 'too-long', limit: Number(issue.maximum) };
  if (issue.code === 'too_small') return { field: f, code: 'too-short', limit: Number(issue.minimum) };
  return { field: f, code: 'invalid' };
}

/** Parses the card's inputs into case details, or says which fields to fix (or that the card was tampered with). */
export function parseIntakeSubmit(
  inputs: Readonly<Record<string, unknown>>,
): Result<CaseDetails, IntakeParseError> {
  const parsed = IntakeSubmit.safeParse(inputs);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => toProblem(issue, inputs));
    if (problems.includes('tampered')) return err({ code: 'tampered' });
    const unique = new Map((problems as FieldProblem[]).map((p) => [p.field, p]));
    return err({ code: 'invalid', problems: [...unique.values()] });
  }
  const v = parsed.data as Record<string, unknown>;
  const pick = <T>(key: string) => v[key] as T;
  return ok({
    organisation: pick('organisation'),
    areaCode: pick('area'),
    ageGroup: pick('ageGroup'),
    unemployment: pick('unemployment'),
    scale: Object.fromEntries(
      SCALE_DOMAINS.map((d) => [d, Number(v[scaleInputId(d)]) as ScaleLevel]),
    ) as CaseDetails['scale'],
    answers: Object.fromEntries(
      TRIAGE_QUESTIONS.map((q) => [q, v[triageInputId(q)]]),
    ) as CaseDetails['answers'],
    kelaCriteria: pick('kelaCriteria'),
    socialWelfareConsent: pick('socialWelfareConsent'),
    form: pick('form'),
    hasNetworkConsent: v.networkConsent === 'true',
    networkParties: pick('networkParties'),
    text: { description: pick('description'), question: pick('question') },
  });
}

/** The raw inputs as strings, to put back on the card when it must be fixed; nothing typed is lost. */
export function intakeValuesFrom(inputs: Readonly<Record<string, unknown>>): IntakeValues {
  return Object.fromEntries(
    INTAKE_FIELDS.map((f) => [f, typeof inputs[f] === 'string' ? (inputs[f] as string).slice(0, 8000) : '']),
  ) as IntakeValues;
}

/** A stored case's details as card values, for editing. */
export function intakeValuesOf(d: CaseDetails): IntakeValues {
  return {
    organisation: d.organisation,
    area: d.areaCode,
    ageGroup: d.ageGroup,
    unemployment: d.unemployment,
    description: d.text.description,
    question: d.text.question,
    ...Object.fromEntries(SCALE_DOMAINS.map((dm) => [scaleInputId(dm), String(d.scale[dm])])),
    ...Object.fromEntries(TRIAGE_QUESTIONS.map((q) => [triageInputId(q), d.answers[q]])),
    socialWelfareConsent: d.socialWelfareConsent,
    kelaCriteria: d.kelaCriteria.join(','),
    form: d.form,
    networkConsent: String(d.hasNetworkConsent),
    networkParties: d.networkParties.join(','),
  } as IntakeValues;
}
