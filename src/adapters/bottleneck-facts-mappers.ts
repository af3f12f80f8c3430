import type { CaseRecord } from '../domain/case/case-record.js';
import type { BottleneckFacts } from '../ports/bottleneck-source.js';

/** The fields of a case the bottleneck list reads; both adapters fetch exactly these. */
export type BottleneckFactsSource = Pick<CaseRecord, 'reference' | 'status' | 'events'> & {
  readonly network?: {
    readonly review?: { readonly dueDate: string; readonly doneAt: Date | null } | null;
    readonly meeting?: { readonly isCancelled: boolean } | null;
  } | null;
};

export const toBottleneckFacts = (c: BottleneckFactsSource): BottleneckFacts => ({
  reference: c.reference,
  status: c.status,
  events: c.events.map((e) => ({ type: e.type, at: e.at })),
  review: c.network?.review
    ? { dueDate: c.network.review.dueDate, doneAt: c.network.review.doneAt ?? null }
    : null,
  isMeetingCancelled: c.network?.meeting?.isCancelled ?? false,
});
