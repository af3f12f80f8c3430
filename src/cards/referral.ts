import { z } from 'zod';
import template from '../../cards/referral.card.json' with { type: 'json' };
import type { Area } from '../domain/areas.js';
import { AGE_GROUPS, ORGANISATIONS } from '../domain/case/vocabulary.js';
import type { Messages } from '../i18n/fi.js';
import { LOCALES } from '../i18n/locale.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';
import { areaChoices, Choices } from './intake-choices.js';

export const ReferralCardData = z.object({
  lang: z.enum(LOCALES),
  areaStyle: z.enum(['compact', 'expanded']),
  chooseText: z.string().min(1),
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
  const area = areaChoices(areas);
  const data = ReferralCardData.parse({
    lang: t.lang,
    areaStyle: area.style,
    chooseText: i.choose,
    title: t.cases.referral.title,
    intro: t.cases.referral.intro,
    submitTitle: t.cases.referral.submit,
    requiredText: i.requiredShort,
    problems,
    labels: { organisation: i.fields.organisation, area: i.fields.area, ageGroup: i.fields.ageGroup },
    choices: {
      organisation: ORGANISATIONS.map((o) => ({ title: i.organisations[o], value: o })),
      area: area.choices,
      ageGroup: AGE_GROUPS.map((g) => ({ title: i.ageGroups[g], value: g })),
    },
    values,
  });
  return expandTemplate(template, data);
}
