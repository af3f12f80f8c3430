import { z } from 'zod';
import template from '../../cards/welcome.card.json' with { type: 'json' };
import type { Role } from '../domain/roles/roles.js';
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
  /** Each role's own actions under the worker's. */
  role: z.object({
    isConvenor: z.boolean(),
    canGrant: z.boolean(),
    isEvaluator: z.boolean(),
    teams: z.string().min(1),
    agenda: z.string().min(1),
    roles: z.string().min(1),
    evaluator: z.string().min(1),
  }),
});

const render = (t: Messages, notice: string, isMenuOnly: boolean, roles: readonly Role[]): AdaptiveCardJson =>
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
      role: {
        isConvenor: roles.includes('convenor'),
        canGrant: roles.includes('convenor') || roles.includes('admin'),
        isEvaluator: roles.includes('evaluator'),
        ...t.convenor.menu,
      },
    }),
  );

/** The first card a worker sees: what the bot is for, and the main actions. */
export const renderWelcomeCard = (t: Messages, roles: readonly Role[] = ['worker']): AdaptiveCardJson =>
  render(t, '', false, roles);

/** The main actions alone, under an optional one-line notice (e.g. "I did not recognise that"). */
export const renderMenuCard = (
  t: Messages,
  notice = '',
  roles: readonly Role[] = ['worker'],
): AdaptiveCardJson => render(t, notice, true, roles);
