import { z } from 'zod';
import template from '../../cards/case-intake.card.json' with { type: 'json' };
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
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';
import { INTAKE_FIELDS, scaleInputId, triageInputId, type IntakeValues } from './case-intake-submit.js';

const Choice = z.object({ title: z.string().min(1), value: z.string().min(1) });
const Choices = z.array(Choice).min(1);
const RepeatedInput = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  value: z.string(),
  requiredText: z.string().min(1),
  chooseText: z.string().min(1),
  choices: Choices,
});

export const IntakeCardData = z.object({
  mode: z.enum(['create', 'edit']),
  caseId: z.string(),
  version: z.number().int(),
  acknowledgedWarnings: z.string(),
  title: z.string().min(1),
  intro: z.string().min(1),
  submitTitle: z.string().min(1),
  problemsHeading: z.string(),
  problems: z.array(z.string().min(1)),
  sections: z.record(z.string(), z.string().min(1)),
  labels: z.record(z.string(), z.string().min(1)),
  placeholders: z.object({ description: z.string(), question: z.string() }),
  scaleHint: z.string().min(1),
  networkHint: z.string().min(1),
  choices: z.record(z.string(), Choices),
  scale: z.array(RepeatedInput).length(SCALE_DOMAINS.length),
  triage: z.array(RepeatedInput).length(TRIAGE_QUESTIONS.length),
  values: z.record(z.enum(INTAKE_FIELDS), z.string()),
});

export interface IntakeCardInput {
  readonly areas: readonly Area[];
  readonly values?: IntakeValues;
  /** Lines telling the worker what to fix; empty on a fresh card. */
  readonly problems?: readonly string[];
  readonly problemsHeading?: string;
  /** Warnings the worker may confirm by sending the card again (see checkCaseText). */
  readonly acknowledgedWarnings?: string;
  /** Present when editing a stored case. */
  readonly edit?: { readonly caseId: string; readonly version: number; readonly reference: string };
}

const EMPTY_VALUES = Object.fromEntries(INTAKE_FIELDS.map((f) => [f, ''])) as IntakeValues;
const options = <K extends string>(keys: readonly K[], titles: Readonly<Record<K, string>>) =>
  keys.map((k) => ({ title: titles[k], value: k }));

/** The one main intake card: basics, situation, the 7-domain scale, triage, Kela criteria, form of consultation. */
export function renderIntakeCard(t: Messages, input: IntakeCardInput): AdaptiveCardJson {
  const i = t.intake;
  const values = { ...EMPTY_VALUES, ...(input.values ?? {}) };
  const answers = options(TRIAGE_ANSWERS, t.triage.answers);
  const data = IntakeCardData.parse({
    mode: input.edit ? 'edit' : 'create',
    caseId: input.edit?.caseId ?? '',
    version: input.edit?.version ?? 0,
    acknowledgedWarnings: input.acknowledgedWarnings ?? '',
    title: input.edit ? i.editTitle({ reference: input.edit.reference }) : i.title,
    intro: i.intro,
    submitTitle: input.edit ? i.save : i.submit,
    problemsHeading: input.problemsHeading ?? '',
    problems: input.problems ?? [],
    sections: { ...i.sections, scale: t.triage.scale.title },
    labels: { ...i.fields, required: i.requiredShort, choose: i.choose },
    placeholders: i.placeholders,
    scaleHint: t.triage.scale.hint,
    networkHint: i.networkHint,
    choices: {
      organisation: options(ORGANISATIONS, i.organisations),
      area: input.areas.map((a) => ({ title: a.name, value: a.code })),
      ageGroup: options(AGE_GROUPS, i.ageGroups),
      unemployment: options(UNEMPLOYMENT_BANDS, i.unemployment),
      socialWelfareConsent: options(SOCIAL_WELFARE_CONSENT, t.triage.consent),
      kelaCriteria: options(KELA_CRITERIA, t.triage.kelaCriteria),
      form: options(CONSULTATION_FORMS, i.forms),
      networkParties: options(NETWORK_PARTIES, i.parties),
    },
    scale: SCALE_DOMAINS.map((d) => ({
      id: scaleInputId(d),
      label: t.triage.scale.domains[d].name,
      value: values[scaleInputId(d) as keyof IntakeValues],
      requiredText: i.errors.required({ field: t.triage.scale.domains[d].name }),
      chooseText: i.choose,
      choices: t.triage.scale.domains[d].levels.map((text, n) => ({
        title: `${n + 1} – ${text}`,
        value: String(n + 1),
      })),
    })),
    triage: TRIAGE_QUESTIONS.map((q) => ({
      id: triageInputId(q),
      label: t.triage.questions[q].text,
      value: values[triageInputId(q) as keyof IntakeValues],
      requiredText: i.errors.required({ field: t.triage.questions[q].short }),
      chooseText: i.choose,
      choices: answers,
    })),
    values,
  });
  return expandTemplate(template, data);
}
