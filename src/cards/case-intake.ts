import { z } from 'zod';
import assessmentTemplate from '../../cards/case-intake-assessment.card.json' with { type: 'json' };
import triageTemplate from '../../cards/case-intake-triage.card.json' with { type: 'json' };
import situationTemplate from '../../cards/case-intake.card.json' with { type: 'json' };
import type { Area } from '../domain/areas.js';
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
} from '../domain/case/vocabulary.js';
import type { Messages } from '../i18n/fi.js';
import { LOCALES } from '../i18n/locale.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';
import {
  INTAKE_FIELDS,
  scaleInputId,
  triageInputId,
  valuesOutsideStep,
  type IntakeStep,
  type IntakeValues,
} from './case-intake-submit.js';
import {
  areaChoices,
  Choices,
  inTwoColumns,
  levelDescriptions,
  options,
  scaleLevelChoices,
} from './intake-choices.js';

const RepeatedInput = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  value: z.string(),
  requiredText: z.string().min(1),
  choices: Choices,
});

export const IntakeCardData = z.object({
  mode: z.enum(['create', 'edit']),
  title: z.string().min(1),
  stepTitle: z.string().min(1),
  intro: z.string().min(1),
  submitTitle: z.string().min(1),
  problemsHeading: z.string(),
  problems: z.array(z.string().min(1)),
  /** The text was refused for personal data: offer the neutral rewrite (issue 8). */
  isRewriteOffered: z.boolean(),
  sections: z.record(z.string(), z.string().min(1)),
  labels: z.record(z.string(), z.string().min(1)),
  placeholders: z.object({ description: z.string(), question: z.string() }),
  scaleHint: z.string().min(1),
  networkHint: z.string().min(1),
  areaStyle: z.enum(['compact', 'expanded']),
  choices: z.record(z.string(), Choices),
  /** The scale's domains in two columns, and their full level descriptions (hidden until asked for). */
  scaleColumns: z.array(z.object({ domains: z.array(RepeatedInput).min(1) })).length(2),
  levelDescriptions: z
    .array(
      z.object({
        name: z.string().min(1),
        facts: z.array(z.object({ title: z.string(), value: z.string().min(1) })).length(5),
      }),
    )
    .length(SCALE_DOMAINS.length),
  /** Organisation and area were pre-filled from the worker's newest case. */
  isPrefilled: z.boolean(),
  triage: z.array(RepeatedInput).length(TRIAGE_QUESTIONS.length),
  values: z.record(z.enum(INTAKE_FIELDS), z.string()),
  /** The other step's values, the edited case and the card's language, sent back with the step's button. */
  actionData: z.looseObject({ lang: z.enum(LOCALES), acknowledgedWarnings: z.string() }),
});

export interface IntakeCardInput {
  /** Which of the three steps; the first by default. */
  readonly step?: IntakeStep;
  readonly areas: readonly Area[];
  readonly values?: IntakeValues;
  /** Lines telling the worker what to fix; empty on a fresh card. */
  readonly problems?: readonly string[];
  readonly problemsHeading?: string;
  /** Offers "Use the neutral version" beside the problems (personal data was found). */
  readonly isRewriteOffered?: boolean;
  /** Warnings the worker may confirm by sending the card again (see checkCaseText). */
  readonly acknowledgedWarnings?: string;
  /** The organisation and area in `values` come from the worker's newest case (said on the card). */
  readonly isPrefilled?: boolean;
  /** Present when editing a stored case. */
  readonly edit?: { readonly caseId: string; readonly version: number; readonly reference: string };
}

/** A fresh request is a consultation-team meeting unless the worker chooses a network consultation. */
const FRESH_VALUES: IntakeValues = {
  ...(Object.fromEntries(INTAKE_FIELDS.map((f) => [f, ''])) as IntakeValues),
  form: 'team',
  networkConsent: 'false',
};

const TEMPLATES: Readonly<Record<IntakeStep, object>> = {
  situation: situationTemplate,
  triage: triageTemplate,
  assessment: assessmentTemplate,
};

/**
 * The intake in three short steps. Each step's button carries the other steps' values in its data, so nothing
 * typed is lost between them and nothing is stored before the final submit, where the whole request is validated
 * again. The "next" buttons also say which step they leave.
 */
export function renderIntakeCard(t: Messages, input: IntakeCardInput): AdaptiveCardJson {
  const i = t.intake;
  const step = input.step ?? 'situation';
  const values = { ...FRESH_VALUES, ...(input.values ?? {}) };
  const answers = options(TRIAGE_ANSWERS, t.triage.answers);
  const areas = areaChoices(input.areas);
  const edit = input.edit;
  const data = IntakeCardData.parse({
    mode: edit ? 'edit' : 'create',
    title: edit ? i.editTitle({ reference: edit.reference }) : i.title,
    stepTitle: i.steps[step],
    intro: i.intro,
    submitTitle: edit ? i.save : i.submit,
    problemsHeading: input.problemsHeading ?? '',
    problems: input.problems ?? [],
    isRewriteOffered: input.isRewriteOffered ?? false,
    isPrefilled: input.isPrefilled ?? false,
    sections: { ...i.sections, scale: t.triage.scale.title },
    labels: {
      ...i.fields,
      required: i.requiredShort,
      choose: i.choose,
      next: i.next,
      prefilled: i.prefilled,
      showLevelDescriptions: i.showLevelDescriptions,
      useNeutral: i.personalData.useNeutral,
    },
    placeholders: i.placeholders,
    scaleHint: t.triage.scale.hint,
    networkHint: i.networkHint,
    areaStyle: areas.style,
    choices: {
      organisation: options(ORGANISATIONS, i.organisations),
      area: areas.choices,
      ageGroup: options(AGE_GROUPS, i.ageGroups),
      unemployment: options(UNEMPLOYMENT_BANDS, i.unemployment),
      socialWelfareConsent: options(SOCIAL_WELFARE_CONSENT, t.triage.consent),
      kelaCriteria: options(KELA_CRITERIA, t.triage.kelaCriteria),
      form: options(CONSULTATION_FORMS, i.forms),
      networkParties: options(NETWORK_PARTIES, i.parties),
    },
    scaleColumns: inTwoColumns(
      SCALE_DOMAINS.map((d) => ({
        id: scaleInputId(d),
        label: t.triage.scale.domains[d].name,
        value: values[scaleInputId(d) as keyof IntakeValues],
        requiredText: i.errors.required({ field: t.triage.scale.domains[d].name }),
        choices: scaleLevelChoices(i.scaleLevels[d]),
      })),
    ),
    levelDescriptions: levelDescriptions(SCALE_DOMAINS.map((d) => t.triage.scale.domains[d])),
    triage: TRIAGE_QUESTIONS.map((q) => ({
      id: triageInputId(q),
      label: t.triage.questions[q].text,
      value: values[triageInputId(q) as keyof IntakeValues],
      requiredText: i.errors.required({ field: t.triage.questions[q].short }),
      choices: answers,
    })),
    values,
    actionData: {
      ...valuesOutsideStep(values, step),
      ...(step === 'assessment' ? {} : { step }),
      ...(edit ? { caseId: edit.caseId, version: edit.version, reference: edit.reference } : {}),
      acknowledgedWarnings: input.acknowledgedWarnings ?? '',
      lang: t.lang,
    },
  });
  return expandTemplate(TEMPLATES[step], data);
}
