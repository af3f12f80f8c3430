/** First retry after a throttled or failed send; doubles per attempt up to `MAX_BACKOFF_MS`. */
const BASE_BACKOFF_MS = 5_000;
const MAX_BACKOFF_MS = 15 * 60_000;

/**
 * When to try a notice again after its `attempt`-th claim failed: the channel's Retry-After when it gave one and
 * it is longer, else exponential back-off, plus up to 20 % jitter (`random` in [0, 1)) so that instances and
 * notices throttled together do not retry together.
 */
export function retryDelayMs(attempt: number, retryAfterMs: number | undefined, random: number): number {
  const backoff = Math.min(BASE_BACKOFF_MS * 2 ** Math.max(0, attempt - 1), MAX_BACKOFF_MS);
  const base = Math.max(backoff, retryAfterMs ?? 0);
  return Math.round(base * (1 + 0.2 * random));
}
