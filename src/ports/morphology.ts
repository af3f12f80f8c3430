import type { WordAnalysis } from '../domain/anonymity/morphology.js';

/** Finnish morphology for the anonymity guard: every reading (base form, word class, case) of one word. */
export interface Morphology {
  /** Readings of `word` in any letter case; none for an unknown word, an empty one or one too long to be a word. */
  analyse(word: string): readonly WordAnalysis[];
}

/**
 * Which name detection the guard runs: `voikko` reads names through morphology, `lists` through the DVV name
 * lists and capitalisation only (when Voikko is not installed).
 */
export type GuardMode = 'voikko' | 'lists';

/** Voikko was required (production, or ANONYMITY_MORPHOLOGY=voikko) but cannot be loaded. */
export class MorphologyUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MorphologyUnavailableError';
  }
}
