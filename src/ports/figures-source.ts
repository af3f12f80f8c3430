import type { FiguresFacts } from '../domain/figures/facts.js';
import type { TimeRange } from '../domain/figures/period.js';

/**
 * The coded facts the evaluators' figures are counted from: never case text, owners or references. Returns every
 * case with activity in the range or still open at its end, and the referrals and sessions inside it.
 */
export interface FiguresSource {
  load(range: TimeRange): Promise<FiguresFacts>;
}
