import { z } from 'zod';
import template from '../../cards/network-slots.card.json' with { type: 'json' };
import type { CaseRecord } from '../domain/case/case-record.js';
import type { TimeRange } from '../domain/scheduling/time-ranges.js';
import type { Messages } from '../i18n/fi.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';
import { formatTimeBox } from './format-slot.js';

const Text = z.string().min(1);

export const NetworkSlotsData = z.object({
  lang: z.enum(LOCALES),
  caseId: Text,
  title: Text,
  intro: Text,
  slots: z.array(z.object({ start: z.iso.datetime(), label: Text })).max(3),
  labels: z.object({ back: Text }),
});

/** The earliest common times, each a button that books it (times in Helsinki). */
export function renderNetworkSlotsCard(
  t: Messages,
  locale: Locale,
  c: Pick<CaseRecord, 'id' | 'reference'>,
  slots: readonly TimeRange[],
  search: { readonly minutes: number; readonly days: number },
): AdaptiveCardJson {
  const n = t.network;
  return expandTemplate(
    template,
    NetworkSlotsData.parse({
      lang: t.lang,
      caseId: c.id,
      title: n.slotsTitle({ reference: c.reference }),
      intro: slots.length > 0 ? n.slotsIntro(search) : n.noSlots,
      slots: slots.map((s) => ({
        start: new Date(s.start).toISOString(),
        label: n.book({ when: formatTimeBox(new Date(s.start), new Date(s.end), locale) }),
      })),
      labels: { back: n.back },
    }),
  );
}
