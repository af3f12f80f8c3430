import type { Config } from '../../config.js';
import { MorphologyUnavailableError, type GuardMode, type Morphology } from '../../ports/morphology.js';
import { noMorphology } from './no-morphology.js';

export type MorphologyMode = Config['anonymity']['morphology'];

export interface LoadedMorphology {
  readonly morphology: Morphology;
  readonly guardMode: GuardMode;
  /** Why Voikko is not in use when `auto` fell back to the lists (for the start log). */
  readonly unavailable?: string;
  /** Frees the dictionary. */
  close(): void;
}

export const VOIKKO_INSTALL_HINT =
  'install Voikko: Debian/Ubuntu `apt-get install libvoikko1 voikko-fi`, macOS `brew install libvoikko`';

const listsGuard = (unavailable?: string): LoadedMorphology => ({
  morphology: noMorphology,
  guardMode: 'lists',
  ...(unavailable !== undefined && { unavailable }),
  close: () => {},
});

/**
 * Picks the guard's morphology: `voikko` requires libvoikko (a missing library is a MorphologyUnavailableError
 * with the install hint), `auto` falls back to the list-based guard, `lists` never loads it.
 */
export async function loadMorphology(
  mode: MorphologyMode,
  options: { readonly libraryPaths?: readonly string[] } = {},
): Promise<LoadedMorphology> {
  if (mode === 'lists') return listsGuard();
  try {
    // imported here so that a koffi build missing for this platform is just "Voikko unavailable"
    const { VoikkoMorphology } = await import('../voikko/voikko-morphology.js');
    const voikko = VoikkoMorphology.open(options);
    return { morphology: voikko, guardMode: 'voikko', close: () => voikko.close() };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    if (mode === 'auto') return listsGuard(reason);
    throw new MorphologyUnavailableError(
      `The anonymity guard needs Voikko (Finnish morphology) and it could not be loaded: ${reason}. ` +
        `To fix, ${VOIKKO_INSTALL_HINT}.`,
      { cause: e },
    );
  }
}
