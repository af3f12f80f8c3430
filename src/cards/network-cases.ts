import { z } from 'zod';
import template from '../../cards/network-cases.card.json' with { type: 'json' };
import type { CaseRecord } from '../domain/case/case-record.js';
import type { Messages } from '../i18n/fi.js';
import { LOCALES } from '../i18n/locale.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';

const Text = z.string().min(1);

export const NetworkCasesData = z.object({
  lang: z.enum(LOCALES),
  title: Text,
  none: Text,
  cases: z.array(z.object({ caseId: Text, label: Text })).max(20),
  labels: z.object({ myCases: Text }),
});

/** The worker's network cases, each a button that opens its plan (references only). */
export function renderNetworkCasesCard(
  t: Messages,
  cases: readonly Pick<CaseRecord, 'id' | 'reference'>[],
): AdaptiveCardJson {
  return expandTemplate(
    template,
    NetworkCasesData.parse({
      lang: t.lang,
      title: t.network.listTitle,
      none: t.network.listNone,
      cases: cases.slice(0, 20).map((c) => ({ caseId: c.id, label: c.reference })),
      labels: { myCases: t.network.myCases },
    }),
  );
}
