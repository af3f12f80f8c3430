import { z } from 'zod';
import template from '../../cards/referral.card.json' with { type: 'json' };
import type { Area } from '../domain/areas.js';
import { AGE_GROUPS, ORGANISATIONS } from '../domain/case/vocabulary.js';
import type { Messages } from '../i18n/fi.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';

const Choices = z.array(z.object({ title: z.string().min(1), value: z.string().min(1) })).min(1);

export const ReferralCardData = z.object({
  title: z.string().min(1),
  intro: z.string().min(1),
  submitTitle: z.string().min(1),
  requiredText: z.string().min(1),
  problems: z.array(z.string().min(1)),
  labels: z.object({ organisation: z.string(), area: z.string(), ageGroup: z.string() }),
  choices: z.object({ organisation: Choices, area: Choices, ageGroup: Choices }),
  values: z.object({ organisation: z.string(), area: z.string(), ageGroup: z.string() }),
});

export type ReferralValues = z.infer<typeof ReferralCardData>['values'];

/** One small card: organisation, area, age group. No text at all. */
export function renderReferralCard(
  t: Messages,
  areas: readonly Area[],
  values: ReferralValues = { organisation: '', area: '', ageGroup: '' },
  problems: readonly string[] = [],
): AdaptiveCardJson {
  const i = t.intake;
  const data = ReferralCardData.parse({
    title: t.cases.referral.title,
    intro: t.cases.referral.intro,
    submitTitle: t.cases.referral.submit,
    requiredText: i.requiredShort,
    problems,
    labels: { organisation: i.fields.organisation, area: i.fields.area, ageGroup: i.fields.ageGroup },
    choices: {
      organisation: ORGANISATIONS.map((o) => ({ title: i.organisations[o], value: o })),
      area: areas.map((a) => ({ title: a.name, value: a.code })),
      ageGroup: AGE_GROUPS.map((g) => ({ title: i.ageGroups[g], value: g })),
    },
    values,
  });
  return expandTemplate(template, data);
}
