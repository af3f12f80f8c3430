import type { TimeRange } from '../domain/figures/period.js';

/** A case as the evaluators' bottleneck list sees it: its reference and coded events, never text or owner. */
export interface BottleneckFacts {
  readonly reference: string;
  readonly status: string;
  readonly events: readonly { readonly type: string; readonly at: Date }[];
  /** A network consultation's review with the client, once its meeting was booked (Helsinki due date). */
  readonly review: { readonly dueDate: string; readonly doneAt: Date | null } | null;
  readonly isMeetingCancelled: boolean;
}

/** The cases behind the bottleneck figures of one area, listed by reference for evaluators. */
export interface BottleneckSource {
  /** Cases of the area created before the range ends that were written in it or are still open. */
  load(areaCode: string, range: TimeRange): Promise<BottleneckFacts[]>;
}
