/**
 * Half-open time ranges in epoch milliseconds (`end` exclusive), in the spirit of cal.com's `date-ranges.ts`:
 * small pure functions; the set operations return merged lists (sorted, non-empty, neither overlapping nor touching).
 */
export interface TimeRange {
  readonly start: number;
  readonly end: number;
}

/** True when the range holds no time at all. */
export const isEmptyRange = (r: TimeRange): boolean => r.end <= r.start;

/** Sorts, drops empty ranges and joins overlapping or touching ones. */
export function mergeRanges(ranges: readonly TimeRange[]): TimeRange[] {
  const sorted = ranges.filter((r) => !isEmptyRange(r)).sort((a, b) => a.start - b.start);
  const merged: TimeRange[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) {
      if (r.end > last.end) merged[merged.length - 1] = { start: last.start, end: r.end };
    } else {
      merged.push({ start: r.start, end: r.end });
    }
  }
  return merged;
}

/** The time in `from` that is not in `remove`. */
export function subtractRanges(from: readonly TimeRange[], remove: readonly TimeRange[]): TimeRange[] {
  const cuts = mergeRanges(remove);
  const result: TimeRange[] = [];
  let j = 0;
  for (const r of mergeRanges(from)) {
    let cursor = r.start;
    while ((cuts[j]?.end ?? Infinity) <= cursor) j += 1;
    for (let cut = cuts[j], k = j; cut && cut.start < r.end; k += 1, cut = cuts[k]) {
      if (cut.start > cursor) result.push({ start: cursor, end: cut.start });
      cursor = Math.max(cursor, cut.end);
    }
    if (cursor < r.end) result.push({ start: cursor, end: r.end });
  }
  return result;
}

/** The time that is in both `a` and `b`. */
export function intersectRanges(a: readonly TimeRange[], b: readonly TimeRange[]): TimeRange[] {
  const left = mergeRanges(a);
  const right = mergeRanges(b);
  const result: TimeRange[] = [];
  let i = 0;
  let j = 0;
  let l = left[i];
  let r = right[j];
  while (l && r) {
    const start = Math.max(l.start, r.start);
    const end = Math.min(l.end, r.end);
    if (start < end) result.push({ start, end });
    if (l.end < r.end) l = left[++i];
    else r = right[++j];
  }
  return result;
}

/** The time every list has in common; no lists at all means no time. */
export function intersectAll(lists: readonly (readonly TimeRange[])[]): TimeRange[] {
  const [first, ...rest] = lists;
  if (!first) return [];
  return rest.reduce<TimeRange[]>((common, list) => intersectRanges(common, list), mergeRanges(first));
}

/** Cuts the ranges to the window. */
export const clampRanges = (ranges: readonly TimeRange[], window: TimeRange): TimeRange[] =>
  intersectRanges(ranges, [window]);

/** Milliseconds covered by the ranges, counting overlaps once. */
export const totalDuration = (ranges: readonly TimeRange[]): number =>
  mergeRanges(ranges).reduce((sum, r) => sum + (r.end - r.start), 0);

/** True when `inner` lies wholly inside `outer`. */
export const containsRange = (outer: TimeRange, inner: TimeRange): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;
