import type { WordAnalysis } from '../../domain/anonymity/morphology.js';
import type { Morphology } from '../../ports/morphology.js';
import { LruCache } from './lru-cache.js';
import { openVoikko, type VoikkoHandle } from './voikko-ffi.js';
import { toWordAnalysis } from './voikko-mappers.js';

/** Longer "words" are URLs, hashes or pasted noise: never names, and not worth a dictionary lookup. */
export const MAX_WORD_LENGTH = 64;
const DEFAULT_CACHE_SIZE = 50_000;
const NONE: readonly WordAnalysis[] = Object.freeze([]);

export interface VoikkoMorphologyOptions {
  /** Words whose analyses are kept (least recently used dropped first). */
  readonly cacheSize?: number;
  /** Library file names to try instead of the platform's defaults (tests). */
  readonly libraryPaths?: readonly string[];
}

/** The Morphology port over libvoikko, with a bounded per-instance cache. Synchronous: ~35 µs per uncached word. */
export class VoikkoMorphology implements Morphology {
  readonly #voikko: VoikkoHandle;
  readonly #cache: LruCache<string, readonly WordAnalysis[]>;
  #isClosed = false;

  private constructor(voikko: VoikkoHandle, cacheSize: number) {
    this.#voikko = voikko;
    this.#cache = new LruCache(cacheSize);
  }

  /** Loads libvoikko and the Finnish dictionary; throws (with the reason) when either is missing. */
  static open(options: VoikkoMorphologyOptions = {}): VoikkoMorphology {
    const voikko = options.libraryPaths ? openVoikko(options.libraryPaths) : openVoikko();
    return new VoikkoMorphology(voikko, options.cacheSize ?? DEFAULT_CACHE_SIZE);
  }

  analyse(word: string): readonly WordAnalysis[] {
    // a NUL would end the C string early and analyse a different word
    if (word.length === 0 || word.length > MAX_WORD_LENGTH || word.includes('\0')) return NONE;
    // failing closed: after close() an empty answer would quietly weaken the guard
    if (this.#isClosed) throw new Error('VoikkoMorphology used after close()');
    const cached = this.#cache.get(word);
    if (cached) return cached;
    const analyses = Object.freeze(this.#voikko.analyse(word).flatMap((raw) => toWordAnalysis(raw) ?? []));
    this.#cache.set(word, analyses);
    return analyses;
  }

  /** Frees the dictionary; safe to call twice. */
  close(): void {
    if (this.#isClosed) return;
    this.#isClosed = true;
    this.#cache.clear();
    this.#voikko.terminate();
  }
}
