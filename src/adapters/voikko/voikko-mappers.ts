import type {
  GrammaticalCase,
  Mood,
  Participle,
  WordAnalysis,
  WordClass,
} from '../../domain/anonymity/morphology.js';
import type { RawAnalysis } from './voikko-ffi.js';

const CLASSES: ReadonlySet<string> = new Set<WordClass>([
  'nimisana',
  'laatusana',
  'nimisana_laatusana',
  'teonsana',
  'seikkasana',
  'asemosana',
  'suhdesana',
  'huudahdussana',
  'sidesana',
  'etunimi',
  'sukunimi',
  'paikannimi',
  'nimi',
  'kieltosana',
  'lyhenne',
  'lukusana',
  'etuliite',
]);
const CASES: ReadonlySet<string> = new Set<GrammaticalCase>([
  'nimento',
  'omanto',
  'osanto',
  'olento',
  'tulento',
  'kohdanto',
  'sisaolento',
  'sisaeronto',
  'sisatulento',
  'ulkoolento',
  'ulkoeronto',
  'ulkotulento',
  'vajanto',
  'seuranto',
  'keinonto',
  'kerrontosti',
]);
const MOODS: ReadonlySet<string> = new Set<Mood>([
  'indicative',
  'conditional',
  'imperative',
  'potential',
  'A-infinitive',
  'E-infinitive',
  'MA-infinitive',
  'MINEN-infinitive',
  'MAINEN-infinitive',
]);
const PARTICIPLES: ReadonlySet<string> = new Set<Participle>([
  'present_active',
  'present_passive',
  'past_active',
  'past_passive',
  'agent',
  'negation',
]);
const NUMBERS: ReadonlySet<string> = new Set(['singular', 'plural']);
const PERSONS: ReadonlySet<string> = new Set(['1', '2', '3', '4']);

/** "+soite(soittaa)+t+tu(+tu)": the last base in parentheses that is not a suffix is the verb. */
const WORD_BASE = /\(([^+)][^)]*)\)/gu;

function participleVerb(raw: RawAnalysis): string | undefined {
  if (!raw.PARTICIPLE || !raw.WORDBASES) return undefined;
  return [...raw.WORDBASES.matchAll(WORD_BASE)].at(-1)?.[1];
}

const known = <T extends string>(set: ReadonlySet<string>, value: string | undefined): value is T =>
  value !== undefined && set.has(value);

/**
 * libvoikko's key/value analysis -> a frozen WordAnalysis. A reading without a base form or with a class
 * outside the documented set is dropped: the guard could not use it, and voikko-fi produces none.
 */
export function toWordAnalysis(raw: RawAnalysis): WordAnalysis | undefined {
  const { BASEFORM: baseForm, CLASS: wordClass } = raw;
  if (!baseForm || !known<WordClass>(CLASSES, wordClass)) return undefined;
  const participleOf = participleVerb(raw);
  return Object.freeze({
    baseForm,
    wordClass,
    ...(known<GrammaticalCase>(CASES, raw.SIJAMUOTO) && { case: raw.SIJAMUOTO }),
    ...(known<'singular' | 'plural'>(NUMBERS, raw.NUMBER) && { number: raw.NUMBER }),
    ...(known<'1' | '2' | '3' | '4'>(PERSONS, raw.PERSON) && { person: raw.PERSON }),
    ...(known<Mood>(MOODS, raw.MOOD) && { mood: raw.MOOD }),
    ...(participleOf !== undefined && { participleOf }),
    ...(known<Participle>(PARTICIPLES, raw.PARTICIPLE) && { participle: raw.PARTICIPLE }),
  });
}
