/**
 * What morphology and the name lists say about one word, before its context is weighed. Voikko
 * is the first source (names in any case and inflection); the DVV lists are the second, for
 * names Voikko lacks (Into, Armo, Kaarina) or reads only as a place (Mäkelä).
 */
import { BRANDS, NAME_LIKE_BRANDS } from './brands.js';
import { EVERYDAY_WORDS } from './everyday-words.js';
import { COMMON_WORDS, isFirstName, isPopularFirstName, isPopularSurname, isSurname } from './name-lists.js';
import type { GrammaticalCase, WordAnalysis } from './morphology.js';
import { PLACE_NAMES } from './place-names.js';
import { SERVICE_WORDS } from './service-words.js';

export interface NameView {
  /** Morphology knows the word (in list mode it never does). */
  readonly isKnown: boolean;
  /** Morphology reads it as a first name or surname. */
  readonly hasNameReading: boolean;
  /** Only the DVV lists make it a name. */
  readonly isListName: boolean;
  /** In the DVV lists at any rank ("Armo"): a name only where the context says so. */
  readonly isRareListName: boolean;
  readonly isFirstName: boolean;
  readonly isSurname: boolean;
  /** Also an ordinary word (noun, verb, adjective...) or an everyday word in the stop list. */
  readonly isAmbiguous: boolean;
  /** The ordinary word has the name's own base form (satu/Satu, taimi/Taimi). */
  readonly isHomograph: boolean;
  /** A name reading in the nominative singular: it can be the subject of a verb. */
  readonly isNominativeName: boolean;
  /** Every name reading is a partitive ("Tarmoa", "Taimia"): rarely how a person is mentioned. */
  readonly isPartitiveName: boolean;
  readonly hasPlaceReading: boolean;
  readonly hasInnerCasePlace: boolean;
  /** A municipality, country, service or brand: never a person. */
  readonly isAllowed: boolean;
  readonly isNameLikeBrand: boolean;
  readonly isEveryday: boolean;
}

const PROPER = new Set(['etunimi', 'sukunimi', 'paikannimi', 'nimi']);
const INNER_CASES: ReadonlySet<GrammaticalCase | undefined> = new Set([
  'sisaolento',
  'sisaeronto',
  'sisatulento',
]);
const SURNAME_SHAPE = /(?:nen|la|lä|berg|ström|lund|qvist|kvist|holm)$/u;

export function viewWord(lower: string, readings: readonly WordAnalysis[]): NameView {
  const names = readings.filter((r) => r.wordClass === 'etunimi' || r.wordClass === 'sukunimi');
  const places = readings.filter((r) => r.wordClass === 'paikannimi');
  const common = readings.filter((r) => !PROPER.has(r.wordClass));
  const lemmas = readings.map((r) => r.baseForm.toLowerCase());
  const commonLemmas = common.map((r) => r.baseForm.toLowerCase());
  // the DVV lists hold thousands of rare names that are ordinary words (Perhe, Ala): popular ones only
  const listFirst = names.length === 0 && lemmas.some(isPopularFirstName);
  const listSurname = names.length === 0 && lemmas.some(isPopularSurname);
  const isPlaceOnlySurname =
    names.length === 0 &&
    common.length === 0 &&
    places.length > 0 &&
    lemmas.some((l) => isPopularSurname(l) && SURNAME_SHAPE.test(l));
  // "lehtisen": a rare adjective beside a popular -nen surname is the surname
  const isSurnameOverRareAdjective =
    names.some((r) => r.wordClass === 'sukunimi' && isPopularSurname(r.baseForm.toLowerCase())) &&
    common.every(
      (r) => r.wordClass === 'laatusana' && !COMMON_WORDS.has(r.baseForm) && !COMMON_WORDS.has(lower),
    );
  const isEveryday = EVERYDAY_WORDS.has(lower) || commonLemmas.some((l) => EVERYDAY_WORDS.has(l));
  const nameLemmas = names.map((r) => r.baseForm.toLowerCase());
  return {
    isKnown: readings.length > 0,
    hasNameReading: names.length > 0 || isPlaceOnlySurname,
    isListName: listFirst || listSurname,
    isFirstName: names.some((r) => r.wordClass === 'etunimi') || listFirst,
    isSurname: names.some((r) => r.wordClass === 'sukunimi') || listSurname,
    isRareListName: names.length === 0 && lemmas.some((l) => isFirstName(l) || isSurname(l)),
    isAmbiguous:
      (common.length > 0 && !isSurnameOverRareAdjective) ||
      isEveryday ||
      (names.length === 0 && !isPlaceOnlySurname),
    isHomograph: commonLemmas.some((l) => nameLemmas.includes(l) || (names.length === 0 && isFirstName(l))),
    isNominativeName: (names.length > 0 ? names : readings).some(
      (r) => r.case === 'nimento' && r.number !== 'plural',
    ),
    isPartitiveName: (names.length > 0 ? names : readings).every((r) => r.case === 'osanto'),
    hasPlaceReading: places.length > 0 && !isPlaceOnlySurname,
    hasInnerCasePlace: places.some((r) => INNER_CASES.has(r.case)),
    isAllowed: lemmas.some((l) => PLACE_NAMES.has(l) || SERVICE_WORDS.has(l) || BRANDS.has(l)),
    isNameLikeBrand: NAME_LIKE_BRANDS.has(lower) || lemmas.some((l) => NAME_LIKE_BRANDS.has(l)),
    isEveryday,
  };
}
