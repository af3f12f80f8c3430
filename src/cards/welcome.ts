import { z } from 'zod';
import template from '../../cards/welcome.card.json' with { type: 'json' };
import type { Messages } from '../i18n/fi.js';
import { LOCALES } from '../i18n/locale.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';

export const WelcomeCardData = z.object({
  lang: z.enum(LOCALES),
  notice: z.string(),
  isMenuOnly: z.boolean(),
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

const render = (t: Messages, notice: string, isMenuOnly: boolean): AdaptiveCardJson =>
  expandTemplate(
    template,
    WelcomeCardData.parse({
      lang: t.lang,
      notice,
      isMenuOnly,
      title: t.welcome.title,
      intro: t.welcome.intro,
      privacy: t.welcome.privacy,
      actions: { ...t.menu, referral: t.cases.menu.referral },
    }),
  );

/** The first card a worker sees: what the bot is for, and the main actions. */
export const renderWelcomeCard = (t: Messages): AdaptiveCardJson => render(t, '', false);

/** The main actions alone, under an optional one-line notice (e.g. "I did not recognise that"). */
export const renderMenuCard = (t: Messages, notice = ''): AdaptiveCardJson => render(t, notice, true);
