import type { FiguresFacts } from '../domain/figures/facts.js';
import type { TimeRange } from '../domain/figures/period.js';

/**
 * The coded facts the evaluators' figures are counted from: never case text, owners or references. Returns every
 * case created before the range ends (the counting decides what falls in it: a case opened long ago may still be
 * waiting, or have a review overdue), and the referrals and sessions inside the range.
 */
export interface FiguresSource {
  load(range: TimeRange): Promise<FiguresFacts>;
}
