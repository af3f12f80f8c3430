import { z } from 'zod';
import template from '../../cards/welcome.card.json' with { type: 'json' };
import type { Messages } from '../i18n/fi.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';

export const WelcomeCardData = z.object({
  title: z.string().min(1),
  intro: z.string().min(1),
  privacy: z.string().min(1),
  actions: z.object({
    newRequest: z.string().min(1),
    myCases: z.string().min(1),
    referral: z.string().min(1),
    help: z.string().min(1),
  }),
});

/** The first card a worker sees: what the bot is for, and the main actions. */
export function renderWelcomeCard(t: Messages): AdaptiveCardJson {
  const data = WelcomeCardData.parse({
    title: t.welcome.title,
    intro: t.welcome.intro,
    privacy: t.welcome.privacy,
    actions: { ...t.menu, referral: t.cases.menu.referral },
  });
  return expandTemplate(template, data);
}
