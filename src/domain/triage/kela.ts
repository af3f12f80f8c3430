import { KELA_CRITERIA } from '../case/vocabulary.js';
import type { KelaCriterion } from '../case/vocabulary.js';
import type { KelaReason } from './reason.js';

export type KelaAssessment = {
  readonly isKelaCooperationAdvised: boolean;
  /** Empty when no criterion holds; the fresh B-statement always gets a reason of its own. */
  readonly reasons: readonly KelaReason[];
};

/**
 * Any one criterion is enough to involve Kela rehabilitation (DOMAIN.md §2). A fresh B-statement
 * (at most a year old) is named on its own because Kela can use it as it is for a rehabilitation decision;
 * the other criteria are listed together, in the model's order, without duplicates.
 */
export function assessKelaCooperation(criteria: readonly KelaCriterion[]): KelaAssessment {
  const present = KELA_CRITERIA.filter((criterion) => criteria.includes(criterion));
  const others = present.filter((criterion) => criterion !== 'fresh-b-statement');
  const reasons: KelaReason[] = [];
  if (present.includes('fresh-b-statement')) reasons.push({ code: 'kela-fresh-b-statement' });
  if (others.length > 0) reasons.push({ code: 'kela-rehabilitation-criteria', params: { criteria: others } });
  return { isKelaCooperationAdvised: present.length > 0, reasons };
}
