import type { WordAnalysis } from '../../domain/anonymity/morphology.js';
import type { Morphology } from '../../ports/morphology.js';

const NONE: readonly WordAnalysis[] = Object.freeze([]);

/** The list-based guard's morphology: knows no word, so name detection rests on the DVV lists alone. */
export const noMorphology: Morphology = { analyse: () => NONE };
