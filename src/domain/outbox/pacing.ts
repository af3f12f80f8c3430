/**
 * Teams' outgoing limits per bot per conversation (7 messages a second, 8 in 2 s, 60 in 30 s): the earliest time
 * the next message may go, given when the previous ones went (ms, any order).
 */
export const CONVERSATION_LIMITS = [
  { count: 7, windowMs: 1_000 },
  { count: 8, windowMs: 2_000 },
  { count: 60, windowMs: 30_000 },
] as const;

const LONGEST_WINDOW_MS = Math.max(...CONVERSATION_LIMITS.map((l) => l.windowMs));

export function nextSendAt(previous: readonly number[], now: number): number {
  const recent = previous.filter((t) => t > now - LONGEST_WINDOW_MS).sort((a, b) => b - a);
  let earliest = now;
  for (const { count, windowMs } of CONVERSATION_LIMITS) {
    // the count-th most recent send must leave the window before another may go
    const boundary = recent[count - 1];
    if (boundary !== undefined) earliest = Math.max(earliest, boundary + windowMs);
  }
  return earliest;
}

/** Drops send times no limit looks at any more, so the history per conversation stays small. */
export const forgetOldSends = (previous: readonly number[], now: number): number[] =>
  previous.filter((t) => t > now - LONGEST_WINDOW_MS);
