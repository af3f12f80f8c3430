import { z } from 'zod';
import template from '../../cards/case-received.card.json' with { type: 'json' };
import type { CaseRecord } from '../domain/case/case-record.js';
import { describeOutcome, describeReason } from '../domain/triage/describe-reason.js';
import { assessKelaCooperation } from '../domain/triage/kela.js';
import type { Messages } from '../i18n/fi.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';

export const CaseReceivedData = z.object({
  title: z.string().min(1),
  caseId: z.string().min(1),
  recommendation: z.object({ name: z.string().min(1), explanation: z.string().min(1) }),
  reasons: z.array(z.string().min(1)),
  isKelaAdvised: z.boolean(),
  isClosable: z.boolean(),
  nextStep: z.string().min(1),
  labels: z.object({
    recommendation: z.string().min(1),
    reasons: z.string().min(1),
    kelaAdvised: z.string().min(1),
    close: z.string().min(1),
    myCases: z.string().min(1),
  }),
});

/** A recommendation other than "bring to the team" lets the worker close the request themselves. */
export const isClosableByRecommendation = (c: CaseRecord) =>
  c.status === 'submitted' && c.recommendation.outcome !== 'consultation-team';

/** The receipt shown right after submission: reference, recommendation and its reasons, what happens next. */
export function renderCaseReceivedCard(t: Messages, c: CaseRecord): AdaptiveCardJson {
  const r = t.cases.received;
  const isClosable = isClosableByRecommendation(c);
  const data = CaseReceivedData.parse({
    title: r.title({ reference: c.reference }),
    caseId: c.id,
    recommendation: describeOutcome(c.recommendation.outcome, t.triage),
    reasons: c.recommendation.reasons.map((reason) => describeReason(reason, t.triage)),
    isKelaAdvised: assessKelaCooperation(c.details.kelaCriteria).isKelaCooperationAdvised,
    isClosable,
    nextStep: isClosable ? r.nextChoice : r.nextTeam,
    labels: {
      recommendation: r.recommendation,
      reasons: r.reasons,
      kelaAdvised: r.kelaAdvised,
      close: r.closeByRecommendation,
      myCases: t.menu.myCases,
    },
  });
  return expandTemplate(template, data);
}
