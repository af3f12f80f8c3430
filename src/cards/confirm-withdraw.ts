import { z } from 'zod';
import template from '../../cards/confirm-withdraw.card.json' with { type: 'json' };
import type { CaseRecord } from '../domain/case/case-record.js';
import type { Messages } from '../i18n/fi.js';
import { LOCALES } from '../i18n/locale.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';

const Text = z.string().min(1);

export const ConfirmWithdrawData = z.object({
  lang: z.enum(LOCALES),
  caseId: Text,
  version: z.number().int().min(1),
  title: Text,
  text: Text,
  labels: z.object({ confirm: Text, cancel: Text }),
});

/** "Withdraw request X?": the withdrawal happens only from this card, for the version it was made from. */
export function renderConfirmWithdrawCard(t: Messages, c: CaseRecord): AdaptiveCardJson {
  const w = t.cases.withdraw;
  return expandTemplate(
    template,
    ConfirmWithdrawData.parse({
      lang: t.lang,
      caseId: c.id,
      version: c.version,
      title: w.title({ reference: c.reference }),
      text: w.text,
      labels: { confirm: w.confirm, cancel: w.cancel },
    }),
  );
}
