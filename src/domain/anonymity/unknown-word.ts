/**
 * A word morphology does not know may still be an ordinary Finnish word: a compound the dictionary lacks
 * ("takaisinperintä", "kirkasvalolamppua") or a typo of a word it knows ("Asiakkan", "Tyottömyys"). Either is told
 * apart from a foreign name by asking morphology about its parts and its nearest spellings.
 */
import { PROPER_NOUN_CLASSES, type AnalyseWord, type WordAnalysis } from './morphology.js';

/** A compound's parts are at least this long: "kirkas|valolamppua"; shorter splits match names by chance. */
const MIN_PART = 4;
/** Word classes of an ordinary word (not a first name, surname, place or abbreviation). */
const ORDINARY: ReadonlySet<string> = new Set([
  'nimisana',
  'laatusana',
  'nimisana_laatusana',
  'teonsana',
  'seikkasana',
  'lukusana',
]);
/** The first part of a compound: a noun, adjective, numeral or adverb ("takaisin"). */
const FIRST_PARTS: ReadonlySet<string> = new Set([
  'nimisana',
  'laatusana',
  'nimisana_laatusana',
  'lukusana',
  'seikkasana',
]);
/** Shorter words are not read as slips. */
const MIN_TYPO_LENGTH = 6;
/** Dots left off or added: "tyottömyys"; y and u are not swapped ("halyna" is no slip for "haluna"). */
const SWAPS: Readonly<Record<string, string>> = { a: 'ä', ä: 'a', o: 'ö', ö: 'o' };

const isOrdinary = (readings: readonly WordAnalysis[]) => readings.some((r) => ORDINARY.has(r.wordClass));

/** "kirkas" + "valolamppua", "heikin" + "päivänä": an ordinary word or a name's genitive, then an ordinary word. */
export function isUnlistedCompound(lower: string, analyse: AnalyseWord): boolean {
  for (let k = MIN_PART; k <= lower.length - MIN_PART; k += 1) {
    const first = analyse(lower.slice(0, k));
    // "heikinpäivänä", "jaakonpäivänä": a name's genitive before a common noun names a day or a thing
    const isNameGenitive = first.some((r) => PROPER_NOUN_CLASSES.has(r.wordClass) && r.case === 'omanto');
    if (!isNameGenitive && !first.some((r) => FIRST_PARTS.has(r.wordClass))) continue;
    if (isOrdinary(analyse(lower.slice(k)))) return true;
  }
  return false;
}

/** Spellings one common slip away: a letter doubled or undoubled, ä/a or ö/o swapped. */
function* nearSpellings(lower: string): Generator<string> {
  for (let i = 0; i < lower.length; i += 1) {
    const ch = lower.charAt(i);
    const before = lower.slice(0, i);
    const after = lower.slice(i + 1);
    yield `${before}${ch}${ch}${after}`;
    if (lower.charAt(i + 1) === ch) yield `${before}${after}`;
    const swapped = SWAPS[ch];
    if (swapped) yield `${before}${swapped}${after}`;
  }
}

/**
 * "asiakkan" (asiakkaan), "tyottömyys" (työttömyys): a common slip in an ordinary word. A short word is a slip in
 * some inflected word too often ("haile": "haille") to say so.
 */
export function isTypoOfWord(lower: string, analyse: AnalyseWord): boolean {
  if (lower.length < MIN_TYPO_LENGTH) return false;
  for (const spelling of nearSpellings(lower)) if (isOrdinary(analyse(spelling))) return true;
  return false;
}

/** Spoken endings and their written forms: "haluu" (haluaa), "ollu" (ollut), "tuonu" (tuonut), "sano" (sanoo). */
const SPOKEN_ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/uu$/u, 'uaa'],
  [/yy$/u, 'yää'],
  [/ee$/u, 'eä'],
  [/([nl])u$/u, '$1ut'],
  [/([nl])y$/u, '$1yt'],
  [/o$/u, 'oo'],
  [/ö$/u, 'öö'],
  [/isko$/u, 'isiko'],
  [/iskö$/u, 'isikö'],
  [/is$/u, 'isi'],
  [/aa$/u, 'aan'],
  [/ää$/u, 'ään'],
];

/** "haluu", "ollu", "tuonu": a verb as it is spoken, whose written form morphology reads as a verb. */
export function isSpokenVerb(lower: string, analyse: AnalyseWord): boolean {
  if (lower.length < 4) return false;
  return SPOKEN_ENDINGS.some(
    ([ending, written]) =>
      ending.test(lower) && analyse(lower.replace(ending, written)).some((r) => r.wordClass === 'teonsana'),
  );
}
