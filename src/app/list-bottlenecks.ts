import { periodRange, SPRING_PILOT_2026, type Period } from '../domain/figures/period.js';
import { addDays } from '../domain/scheduling/calendar-date.js';
import { HELSINKI, toInstant } from '../domain/scheduling/local-days.js';
import type { BottleneckFacts } from '../ports/bottleneck-source.js';
import type { AppDeps } from './app-deps.js';

export const BOTTLENECK_REASONS = ['waiting-over-threshold', 'returned', 'review-overdue'] as const;
export type BottleneckReason = (typeof BOTTLENECK_REASONS)[number];

/** One case behind a bottleneck figure: its reference, why, and for how many whole days. Never text. */
export interface BottleneckCase {
  readonly reference: string;
  readonly reason: BottleneckReason;
  readonly days: number;
}

const DAY_MS = 86_400_000;
const MAX_LISTED = 500;
const ENDING = ['discussed', 'closed', 'withdrawn'];
const wholeDays = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / DAY_MS);

/** The same rule as the figures' bottleneck table: submitted, not discussed or ended by `asOf`, for too long. */
function waiting(c: BottleneckFacts, asOf: Date, thresholdDays: number): BottleneckCase | undefined {
  const submitted = c.events.find((e) => e.type === 'submitted' && e.at < asOf);
  const isEnded = c.events.some((e) => ENDING.includes(e.type) && e.at < asOf);
  if (!submitted || isEnded || asOf.getTime() - submitted.at.getTime() <= thresholdDays * DAY_MS) return;
  return { reference: c.reference, reason: 'waiting-over-threshold', days: wholeDays(submitted.at, asOf) };
}

/** Returned for more information in the period: how long it stayed with its worker (until edited, or so far). */
function returned(c: BottleneckFacts, range: { start: Date }, asOf: Date): BottleneckCase | undefined {
  const last = c.events.findLast((e) => e.type === 'returned' && e.at >= range.start && e.at < asOf);
  if (!last) return;
  const answered = c.events.find((e) => e.type === 'edited' && e.at > last.at && e.at < asOf);
  return { reference: c.reference, reason: 'returned', days: wholeDays(last.at, answered?.at ?? asOf) };
}

/** A network consultation's review with the client not done by the end of its due date (Helsinki). */
function reviewOverdue(c: BottleneckFacts, asOf: Date): BottleneckCase | undefined {
  if (!c.review || c.isMeetingCancelled) return;
  const dueEnd = new Date(toInstant(addDays(c.review.dueDate, 1), '00:00', HELSINKI));
  const isDone = c.review.doneAt !== null && c.review.doneAt < asOf;
  if (isDone || dueEnd >= asOf) return;
  return { reference: c.reference, reason: 'review-overdue', days: wholeDays(dueEnd, asOf) };
}

/**
 * The cases of an area behind the bottleneck figures of a period, as they stood at its end (or now, for the
 * current period): longest first. For evaluators to follow up with the convenor; references only.
 */
export async function listBottlenecks(
  deps: Pick<AppDeps, 'stores' | 'clock' | 'figures'>,
  period: Period,
  areaCode: string,
): Promise<BottleneckCase[]> {
  const settings = deps.figures ?? { pilot: SPRING_PILOT_2026, waitingThresholdDays: 30 };
  const range = periodRange(period, settings.pilot);
  const now = deps.clock.now();
  const asOf = range.end < now ? range.end : now;
  if (asOf <= range.start) return [];
  const facts = await deps.stores.bottlenecks.load(areaCode, { start: range.start, end: asOf });
  return facts
    .flatMap((c) =>
      [
        waiting(c, asOf, settings.waitingThresholdDays),
        returned(c, range, asOf),
        reviewOverdue(c, asOf),
      ].filter((b) => b !== undefined),
    )
    .sort((a, b) => b.days - a.days || a.reference.localeCompare(b.reference))
    .slice(0, MAX_LISTED);
}
