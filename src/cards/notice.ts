import { z } from 'zod';
import template from '../../cards/notice.card.json' with { type: 'json' };
import type { Messages } from '../i18n/fi.js';
import { LOCALES } from '../i18n/locale.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';

export const NoticeData = z.object({
  lang: z.enum(LOCALES),
  text: z.string().min(1),
  labels: z.object({ myCases: z.string().min(1), newRequest: z.string().min(1) }),
});

/** A short outcome message that replaces the clicked card, with a way on. */
export function renderNoticeCard(t: Messages, text: string): AdaptiveCardJson {
  return expandTemplate(
    template,
    NoticeData.parse({
      lang: t.lang,
      text,
      labels: { myCases: t.menu.myCases, newRequest: t.menu.newRequest },
    }),
  );
}
