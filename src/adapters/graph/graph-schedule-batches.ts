import type { TimeRange } from '../../domain/scheduling/time-ranges.js';
import type { PersonSchedule } from '../../ports/calendar-provider.js';

const DAY = 86_400_000;
/** Graph's limits on one `getSchedule`: at most 20 schedules, a window shorter than 62 days. */
export const MAX_SCHEDULES = 20;
const MAX_WINDOW_MS = 61 * DAY;

export const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** The window in parts Graph accepts, in order. */
export function splitWindow(window: TimeRange): TimeRange[] {
  const parts: TimeRange[] = [];
  for (let start = window.start; start < window.end; start += MAX_WINDOW_MS) {
    parts.push({ start, end: Math.min(window.end, start + MAX_WINDOW_MS) });
  }
  return parts;
}

/** Merges one person's answers over the split windows: any failed window fails the person. */
export function mergeWindows(parts: readonly PersonSchedule[], id: string): PersonSchedule {
  const failed = parts.find((p) => !p.ok);
  if (failed) return { ...failed, id };
  const ok = parts.filter((p) => p.ok);
  const first = ok[0];
  if (!first) return { id, ok: false, error: 'unavailable' };
  return { id, ok: true, busy: ok.flatMap((p) => p.busy), workingHours: first.workingHours };
}
