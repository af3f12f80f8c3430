/** Median and 90th percentile in days, or `small` when fewer than 5 were measured. */
export type Waiting = { readonly median: number; readonly p90: number } | 'small';

/** Fewer measurements than this give no waiting time: with 1–4 a reader could nearly read single cases. */
const MIN_MEASURED = 5;

/** Nearest-rank percentile's index (p in 0…100) among n values sorted ascending. */
const rankOf = (n: number, p: number) => Math.max(1, Math.ceil((p / 100) * n)) - 1;

/** The waiting time of these durations (days); reorders them. */
export function waitingOf(days: Float64Array): Waiting {
  if (days.length < MIN_MEASURED) return 'small';
  const median = select(days, rankOf(days.length, 50));
  return { median, p90: select(days, rankOf(days.length, 90)) };
}

/** The k-th smallest value (quickselect, Hoare partition): linear time, where a sort would take n log n. */
function select(a: Float64Array, k: number): number {
  let [lo, hi] = [0, a.length - 1];
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let [i, j] = [lo, hi];
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        [a[i], a[j]] = [a[j]!, a[i]!];
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}
