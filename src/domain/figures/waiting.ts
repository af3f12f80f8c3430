/** Nearest-rank percentile of durations in days (p in 0…100); undefined for no values. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

const DAY_MS = 86_400_000;

/** Days from the first event of type `from` to the first `to` after it, or undefined. */
export function daysBetween(
  events: readonly { readonly type: string; readonly at: Date }[],
  from: string,
  to: string,
): number | undefined {
  const start = events.find((e) => e.type === from);
  if (!start) return undefined;
  const end = events.find((e) => e.type === to && e.at >= start.at);
  return end ? (end.at.getTime() - start.at.getTime()) / DAY_MS : undefined;
}
