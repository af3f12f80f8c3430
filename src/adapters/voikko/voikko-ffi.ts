/**
 * The libvoikko C API through koffi: just the calls the morphology adapter needs. Strings cross as UTF-8;
 * every value libvoikko allocates is freed here, so callers only see JavaScript strings.
 */
import koffi, { type LibraryHandle } from 'koffi';

/** The analysis keys read; libvoikko offers more (STRUCTURE, TENSE, FOCUS, ...). */
const VOIKKO_KEYS = [
  'BASEFORM',
  'CLASS',
  'SIJAMUOTO',
  'NUMBER',
  'PERSON',
  'MOOD',
  'PARTICIPLE',
  'WORDBASES',
] as const;
type VoikkoKey = (typeof VOIKKO_KEYS)[number];
/** One analysis as libvoikko returns it: key -> value, absent keys left out. */
export type RawAnalysis = Partial<Record<VoikkoKey, string>>;

export interface VoikkoHandle {
  analyse(word: string): RawAnalysis[];
  /** Frees the dictionary; the handle must not be used afterwards. */
  terminate(): void;
}

/** Where the shared library is found: Debian's `libvoikko1`, Homebrew's `libvoikko` (Apple silicon and Intel). */
const LIBRARY_NAMES: Readonly<Partial<Record<NodeJS.Platform, readonly string[]>>> = {
  linux: ['libvoikko.so.1'],
  darwin: ['libvoikko.1.dylib', '/opt/homebrew/lib/libvoikko.1.dylib', '/usr/local/lib/libvoikko.1.dylib'],
  win32: ['libvoikko-1.dll'],
};
/** A guard against a corrupt result array: no Finnish word has anywhere near this many readings. */
const MAX_ANALYSES = 64;

function loadLibrary(paths: readonly string[]): LibraryHandle {
  const failures: string[] = [];
  for (const path of paths) {
    try {
      return koffi.load(path);
    } catch (e) {
      failures.push(`${path}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  throw new Error(`libvoikko not found (${failures.join('; ') || 'no candidate for this platform'})`);
}

/** Loads libvoikko and the Finnish dictionary; throws when either is missing. */
export function openVoikko(libraryPaths = LIBRARY_NAMES[process.platform] ?? []): VoikkoHandle {
  const lib = loadLibrary(libraryPaths);
  const init = lib.func('void* voikkoInit(_Out_ const char** error, const char* langcode, const char* path)');
  const analyzeWord = lib.func('void** voikkoAnalyzeWordCstr(void* handle, const char* word)');
  const valueOf = lib.func('void* voikko_mor_analysis_value_cstr(void* analysis, const char* key)');
  const freeValue = lib.func('void voikko_free_mor_analysis_value_cstr(void* value)');
  const freeAnalyses = lib.func('void voikko_free_mor_analysis(void** analyses)');
  const terminate = lib.func('void voikkoTerminate(void* handle)');

  const error: [string | null] = [null];
  const handle: unknown = init(error, 'fi', null);
  if (!handle)
    throw new Error(`the Finnish dictionary (voikko-fi) could not be opened: ${error[0] ?? 'unknown error'}`);
  const pointerSize = koffi.sizeof('void*');

  const readAnalysis = (analysis: unknown): RawAnalysis => {
    const out: RawAnalysis = {};
    for (const key of VOIKKO_KEYS) {
      const value: unknown = valueOf(analysis, key);
      if (!value) continue;
      out[key] = koffi.decode(value, 'char', -1) as string;
      freeValue(value);
    }
    return out;
  };

  return {
    analyse(word) {
      const analyses: unknown = analyzeWord(handle, word);
      if (!analyses) return [];
      const out: RawAnalysis[] = [];
      try {
        for (let i = 0; i < MAX_ANALYSES; i++) {
          const analysis: unknown = koffi.decode(analyses, i * pointerSize, 'void*');
          if (!analysis) break;
          out.push(readAnalysis(analysis));
        }
      } finally {
        freeAnalyses(analyses);
      }
      return out;
    },
    terminate: () => terminate(handle),
  };
}
