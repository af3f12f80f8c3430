import { z } from 'zod';
import template from '../../cards/case-received.card.json' with { type: 'json' };
import type { CaseRecord } from '../domain/case/case-record.js';
import { isClosableByRecommendation } from '../domain/case/lifecycle.js';
import { describeParties } from './describe-parties.js';
import { describeLeaning, describeOutcome, describeReason } from './describe-reason.js';
import { assessKelaCooperation } from '../domain/triage/kela.js';
import type { Messages } from '../i18n/fi.js';
import { LOCALES } from '../i18n/locale.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';

const Text = z.string().min(1);

export const CaseReceivedData = z.object({
  lang: z.enum(LOCALES),
  title: Text,
  caseId: Text,
  version: z.number().int().min(1),
  status: Text,
  refreshUserIds: z.array(Text).max(60),
  recommendation: z.object({ name: Text, explanation: Text }),
  reasons: z.array(Text),
  /** Empty unless the recommendation is the team. */
  leaning: z.string(),
  parties: z.array(Text),
  isKelaAdvised: z.boolean(),
  isClosable: z.boolean(),
  nextStep: Text,
  labels: z.object({
    status: Text,
    recommendation: Text,
    reasons: Text,
    leaning: Text,
    parties: Text,
    kelaAdvised: Text,
    close: Text,
    myCases: Text,
  }),
});

export interface CaseReceivedOptions {
  /** After an edit the card says "updated", not "received". */
  readonly isUpdate?: boolean;
  /** Teams user ids whose copy of the card Teams refreshes to the current status (the owner). */
  readonly refreshUserIds?: readonly string[];
}

/** The receipt shown right after submission: reference, status, recommendation and its reasons, what happens next. */
export function renderCaseReceivedCard(
  t: Messages,
  c: CaseRecord,
  options: CaseReceivedOptions = {},
): AdaptiveCardJson {
  const r = t.cases.received;
  const isClosable = isClosableByRecommendation(c);
  const data = CaseReceivedData.parse({
    lang: t.lang,
    title: options.isUpdate
      ? r.updatedTitle({ reference: c.reference })
      : r.title({ reference: c.reference }),
    caseId: c.id,
    version: c.version,
    status: t.cases.statuses[c.status],
    refreshUserIds: options.refreshUserIds ?? [],
    recommendation: describeOutcome(c.recommendation.outcome, t.triage),
    reasons: c.recommendation.reasons.map((reason) => describeReason(reason, t.triage)),
    leaning: c.recommendation.leaning ? describeLeaning(c.recommendation.leaning, t) : '',
    parties: describeParties(c.recommendation.parties ?? [], t),
    isKelaAdvised: assessKelaCooperation(c.details.kelaCriteria).isKelaCooperationAdvised,
    isClosable,
    nextStep: isClosable ? r.nextChoice : r.nextTeam,
    labels: {
      status: r.status,
      recommendation: r.recommendation,
      reasons: r.reasons,
      leaning: t.proposal.leaning.label,
      parties: t.proposal.parties.label,
      kelaAdvised: r.kelaAdvised,
      close: r.closeByRecommendation,
      myCases: t.menu.myCases,
    },
  });
  return expandTemplate(template, data);
}
