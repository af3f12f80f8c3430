/** Median and 90th percentile in days, or `small` when fewer than 5 were measured. */
export type Waiting = { readonly median: number; readonly p90: number } | 'small';

/** Fewer measurements than this give no waiting time: with 1–4 a reader could nearly read single cases. */
const MIN_MEASURED = 5;

/** Nearest-rank percentile's index (p in 0…100) among n values sorted ascending. */
const rankOf = (n: number, p: number) => Math.max(1, Math.ceil((p / 100) * n)) - 1;

/** The waiting time of these durations (days); reorders them. */
export function waitingOf(days: Float64Array): Waiting {
  if (days.length < MIN_MEASURED) return 'small';
  const half = rankOf(days.length, 50);
  const median = select(days, half, 0);
  // selecting the median left every larger value after it: the 90th percentile is among those
  return { median, p90: select(days, rankOf(days.length, 90), half) };
}

/**
 * The k-th smallest value (quickselect, Hoare partition): linear time, where a sort would take n log n. Only
 * a[from…] is searched: every value before `from` is at most every value from it on.
 */
function select(a: Float64Array, k: number, from: number): number {
  let lo = from;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const x = a[i]!;
        a[i++] = a[j]!;
        a[j--] = x;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}
