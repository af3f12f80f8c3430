/**
 * What morphology and the name lists say about one word, before its context is weighed. Voikko
 * is the first source (names in any case and inflection); the DVV lists are the second, for
 * names Voikko lacks (Into, Armo, Kaarina) or reads only as a place (Mäkelä).
 */
import { BRANDS, NAME_LIKE_BRANDS } from './brands.js';
import { EVERYDAY_WORDS, MOVING_WORDS } from './everyday-words.js';
import { COMMON_WORDS, isFirstName, isPopularFirstName, isPopularSurname, isSurname } from './name-lists.js';
import type { GrammaticalCase, WordAnalysis } from './morphology.js';
import { lemmaCandidates } from './finnish-inflection.js';
import { isDemonymOfPlace, isListedWord } from './name-evidence.js';
import { RELATION_WORDS, TITLE_BASE } from './name-context-words.js';
import { PLACE_NAMES, PLACES_THAT_ARE_NAMES } from './place-names.js';
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
  /** Every name reading is in an inner local case ("Pajalassa", "Jussissa"): a place after a place verb. */
  readonly isInnerCaseName: boolean;
  /** A municipality, country, service or brand: never a person. */
  readonly isAllowed: boolean;
  readonly isNameLikeBrand: boolean;
  readonly isEveryday: boolean;
  /** The ordinary word comes and goes by itself (onni, into, tuuli): "Into palasi" need not be a person. */
  readonly isMovingWord: boolean;
  /** A place by the lists or by morphology alone: "Lieto" in "Kaarina ja Lieto". */
  readonly isPlace: boolean;
  /** Also a pronoun or a conjunction ("joista": joka, not Joki): a name only if capitalised mid-sentence. */
  readonly isFunctionWord: boolean;
  /** The ordinary word is a relation noun or a title ("Sisko käy", "Tulkki tuli"): a name only after a relation word. */
  readonly isRelationNoun: boolean;
  /** Every name reading is a first name in the plural ("Martat", "Matit"): a group or an organisation. */
  readonly isPluralFirstName: boolean;
  /** A popular surname that is also a region's inhabitant word ("hämäläiseltä", "karjalaisen"). */
  readonly isDemonymSurname: boolean;
  /** A place that is also a popular name (Salo, Koski, Salla): a person where only a person fits. */
  readonly isPlaceAlsoName: boolean;
}

const PROPER = new Set(['etunimi', 'sukunimi', 'paikannimi', 'nimi']);
const INNER_CASES: ReadonlySet<GrammaticalCase | undefined> = new Set([
  'sisaolento',
  'sisaeronto',
  'sisatulento',
]);
const SURNAME_SHAPE = /(?:nen|la|lä|berg|ström|lund|qvist|kvist|holm)$/u;
const FUNCTION_CLASSES: ReadonlySet<string> = new Set(['asemosana', 'sidesana', 'suhdesana', 'kieltosana']);
const DEMONYM = /l[aä]inen$/u;
const ABBREVIATION_HEAD = /^\p{Ll}{1,2}-/u;

/** A first name or surname; not one Voikko builds on an abbreviation ("s-posti": s-Posti; "Kivi-Jaakko" stays). */
function isNameReading(r: WordAnalysis): boolean {
  return (r.wordClass === 'etunimi' || r.wordClass === 'sukunimi') && !ABBREVIATION_HEAD.test(r.baseForm);
}

/**
 * Views by the readings (the analyser's cache returns one array per word it has seen) and the word: a known word is
 * viewed once while the analyser keeps its readings, not once per text it occurs in. Weakly held, so the readings the
 * analyser's cache drops free their views.
 */
const viewCache = new WeakMap<readonly WordAnalysis[], Map<string, NameView>>();

export function viewWord(lower: string, readings: readonly WordAnalysis[]): NameView {
  // a word morphology does not know shares one empty array with every other (list mode: all words), so it is not kept
  if (readings.length === 0) return computeView(lower, readings);
  let byWord = viewCache.get(readings);
  if (!byWord) {
    byWord = new Map();
    viewCache.set(readings, byWord);
  }
  const cached = byWord.get(lower);
  if (cached) return cached;
  const view = computeView(lower, readings);
  byWord.set(lower, view);
  return view;
}

function computeView(lower: string, readings: readonly WordAnalysis[]): NameView {
  const names = readings.filter(isNameReading);
  const places = readings.filter((r) => r.wordClass === 'paikannimi');
  const common = readings.filter((r) => !PROPER.has(r.wordClass));
  const lemmas = readings.map((r) => r.baseForm.toLowerCase());
  const commonLemmas = common.map((r) => r.baseForm.toLowerCase());
  // the DVV lists hold thousands of rare names that are ordinary words (Perhe, Ala): popular ones only
  // "Oksana" (oksa, essive), "Aava": the written word itself can be the name morphology lacks
  const isWrittenName = names.length === 0 && (isFirstName(lower) || isPopularSurname(lower));
  const listFirst = names.length === 0 && (lemmas.some(isPopularFirstName) || isPopularFirstName(lower));
  const listSurname = names.length === 0 && (lemmas.some(isPopularSurname) || isPopularSurname(lower));
  const isPlaceOnlySurname =
    names.length === 0 &&
    common.length === 0 &&
    places.length > 0 &&
    lemmas.some((l) => isPopularSurname(l) && SURNAME_SHAPE.test(l));
  // "lehtisen": a rare adjective beside a popular -nen surname is the surname
  const isSurnameOverRareAdjective =
    names.some((r) => r.wordClass === 'sukunimi' && isPopularSurname(r.baseForm.toLowerCase())) &&
    common.every(
      (r) =>
        r.wordClass === 'laatusana' &&
        !DEMONYM.test(r.baseForm) &&
        !COMMON_WORDS.has(r.baseForm) &&
        !COMMON_WORDS.has(lower),
    );
  const isEveryday = EVERYDAY_WORDS.has(lower) || commonLemmas.some((l) => EVERYDAY_WORDS.has(l));
  const nameLemmas = names.map((r) => r.baseForm.toLowerCase());
  const isRareListName = names.length === 0 && lemmas.some((l) => isFirstName(l) || isSurname(l));
  // guessing base forms is the costly part: only for words that could be a name or a place
  const candidates =
    names.length > 0 || places.length > 0 || isRareListName || readings.length === 0
      ? lemmaCandidates(lower)
      : [];
  // a guessed base form in the place lists ("Virroille": Virrat) unless morphology reads one person ("Riikalta": Riikka, not Riika)
  const isListedPlace =
    names.every((r) => r.number === 'plural') && candidates.some((c) => PLACE_NAMES.has(c));
  const isNamePlace = candidates.some((c) => PLACES_THAT_ARE_NAMES.has(c));
  return {
    isKnown: readings.length > 0,
    hasNameReading: names.length > 0 || isPlaceOnlySurname,
    isListName: listFirst || listSurname,
    isFirstName: names.some((r) => r.wordClass === 'etunimi') || listFirst,
    isSurname: names.some((r) => r.wordClass === 'sukunimi') || listSurname,
    isRareListName,
    isAmbiguous:
      (common.length > 0 && !isSurnameOverRareAdjective) ||
      isEveryday ||
      (names.length === 0 && !isPlaceOnlySurname),
    isHomograph: commonLemmas.some((l) => nameLemmas.includes(l) || (names.length === 0 && isFirstName(l))),
    isNominativeName:
      isWrittenName ||
      (names.length > 0 ? names : readings).some((r) => r.case === 'nimento' && r.number !== 'plural'),
    isPartitiveName: (names.length > 0 ? names : readings).every((r) => r.case === 'osanto'),
    hasPlaceReading: (places.length > 0 && !isPlaceOnlySurname) || isNamePlace,
    // "Kalliossa", "Pietarissa": people are not "in" someone; other inner cases can be ("yhteyttä Kallioon")
    hasInnerCasePlace:
      places.some((r) => INNER_CASES.has(r.case)) ||
      (isNamePlace && (readings.some((r) => r.case === 'sisaolento') || /ss[aä]$/u.test(lower))),
    isInnerCaseName: names.length > 0 && names.every((r) => INNER_CASES.has(r.case)),
    isAllowed: isListedPlace || isListedWord(lower) || lemmas.some(isListedWord),
    isNameLikeBrand: NAME_LIKE_BRANDS.has(lower) || lemmas.some((l) => NAME_LIKE_BRANDS.has(l)),
    isEveryday,
    isMovingWord: MOVING_WORDS.has(lower) || commonLemmas.some((l) => MOVING_WORDS.has(l)),
    isPlace:
      isListedPlace || lemmas.some((l) => PLACE_NAMES.has(l)) || (places.length > 0 && names.length === 0),
    // Voikko reads a few -en words as a negation verb besides what they are ("kosken": koskei): only "ei" is one
    isFunctionWord: readings.some(
      (r) => FUNCTION_CLASSES.has(r.wordClass) && (r.wordClass !== 'kieltosana' || r.baseForm === 'ei'),
    ),
    // "Nuorin on 2-vuotias": the written word too, where its base form is another ("nuori")
    isRelationNoun: (commonLemmas.length > 0 ? [...commonLemmas, lower] : [lower]).some(
      (l) => RELATION_WORDS.has(l) || TITLE_BASE.test(l),
    ),
    // "Raunoineen" is one person: the comitative is plural in form only
    isPluralFirstName:
      names.length > 0 &&
      names.every((r) => r.wordClass === 'etunimi' && r.number === 'plural' && r.case !== 'seuranto') &&
      !isSingularOfListedName(lower, names),
    isDemonymSurname: names.some(
      (r) =>
        r.wordClass === 'sukunimi' &&
        DEMONYM.test(r.baseForm) &&
        isPopularSurname(r.baseForm.toLowerCase()) &&
        !isDemonymOfPlace(r.baseForm.toLowerCase()) &&
        commonLemmas.includes(r.baseForm.toLowerCase()),
    ),
    // an organisation named like a place and a person (Pohjola) stays the organisation
    isPlaceAlsoName:
      !lemmas.some((l) => SERVICE_WORDS.has(l) || BRANDS.has(l)) &&
      (isNamePlace ||
        lemmas.some((l) => PLACE_NAMES.has(l) && (isPopularSurname(l) || isPopularFirstName(l))) ||
        (places.length > 0 && (names.length > 0 || listFirst || listSurname))),
  };
}

/**
 * "Noorille" is Noora's plural to morphology and Noor's singular to the lists: a person ("Noorille varattu tulkki"),
 * not a group as "Martat" and "Matit" are.
 */
function isSingularOfListedName(lower: string, names: readonly WordAnalysis[]): boolean {
  const bases = new Set([lower, ...names.map((r) => r.baseForm.toLowerCase())]);
  return lemmaCandidates(lower).some((l) => !bases.has(l) && isFirstName(l));
}
