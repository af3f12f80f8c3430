/**
 * A small seeded pseudo-random generator (mulberry32) for the synthetic pilot: the same seed gives the same pilot
 * on every machine and every restart, so the seed is reproducible and idempotent by construction.
 */
export interface PilotRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  /** One of `items`, by the weights given (they need not sum to 1). */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** One of `items`, uniformly. */
  pick<T>(items: readonly T[]): T;
}

export function pilotRandom(seed: number): PilotRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  };
  return {
    next,
    chance: (p) => next() < p,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    weighted,
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}
