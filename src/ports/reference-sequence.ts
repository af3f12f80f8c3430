/** Running numbers for case references, one sequence per area prefix and year. */
export interface ReferenceSequence {
  /** The next number (1, 2, …) of the sequence; never the same number twice on a store with atomic updates. */
  next(prefix: string, year: number): Promise<number>;
}
