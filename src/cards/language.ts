import { z } from 'zod';
import template from '../../cards/language.card.json' with { type: 'json' };
import type { Messages } from '../i18n/fi.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';

export const LanguageCardData = z.object({ text: z.string().min(1), lang: z.enum(['fi', 'en']) });

/** Asks which language the user wants (the buttons are named in their own language). */
export function renderLanguageCard(t: Messages): AdaptiveCardJson {
  return expandTemplate(template, LanguageCardData.parse({ text: t.language.ask, lang: t.lang }));
}
