import { BRANDS } from './brands.js';
import { EVERYDAY_WORDS } from './everyday-words.js';
import { lemmaCandidates } from './finnish-inflection.js';
import { COMMON_WORDS, isFirstName, isPopularFirstName, isPopularSurname, isSurname } from './name-lists.js';
import { DEMONYM_PLACES, PLACE_NAMES } from './place-names.js';
import { SERVICE_WORDS } from './service-words.js';

/** What the name lists say about one capitalised word, before its place in the sentence is known. */
export interface NameEvidence {
  /** A place, organisation or service ("Kuopiossa", "Kelan", "Rukkanen"). */
  readonly isAllowed: boolean;
  /** Uninflected first name, as before a surname ("Matti Virtaselle"). */
  readonly isExactFirstName: boolean;
  readonly isFirstName: boolean;
  readonly isSurname: boolean;
  /** A popular first name, inflected or not ("Matille", "Liisan", "Toivo"; not "Toivon", a verb). */
  readonly isPopularFirstName: boolean;
  /**
   * A popular surname of a shape that is rarely anything else (-nen, -la, -lä, -ström...):
   * "Virtasen", "Mäkelän". Surnames like Tulkki, Kivi or Aho are ordinary words as well.
   */
  readonly isTypicalSurname: boolean;
  /** Read as an ordinary word when it starts a sentence ("Anna", "Usko", "Kuusi"). */
  readonly isEverydayWord: boolean;
  /** In the common-word list; mid-sentence such a word is often part of an organisation's name. */
  readonly isCommonWord: boolean;
  /** Not in the lists but built like a surname: Meikäläinen, Meikäläiselle. */
  readonly hasSurnameShape: boolean;
}

const NONE: NameEvidence = {
  isAllowed: false,
  isExactFirstName: false,
  isFirstName: false,
  isSurname: false,
  isPopularFirstName: false,
  isTypicalSurname: false,
  isEverydayWord: false,
  isCommonWord: false,
  hasSurnameShape: false,
};

const SURNAME_SHAPE = /(?:nen|la|lä|berg|ström|lund|qvist|kvist|holm)$/u;
/** -nen and its -se- forms; not the -s- forms, which -us/-os words share (Keskusta, Kokousta). */
const UNLISTED_SURNAME_SHAPE =
  /(?:[aeiouyäö]nen|[aeiouyäö]se(?:n|lle|lla|llä|lta|ltä|ssa|ssä|sta|stä|ksi|na|nä|en|t)|berg|ström|qvist|kvist)$/u;
/**
 * Ukrainian and Russian surname endings, in any Finnish case ("Tkachenkolle", "Melnykin",
 * "Kovaltšukille"): names that arrived after the DVV lists were drawn up.
 */
const EAST_SLAVIC_SURNAME_SHAPE =
  /(?:enko|chuk|tšuk|tshuk|[iyj]uk|[^aeiouyäö]yk|ovych|ovitš|ovich|skyi|skyy)(?:i?(?:n|lle|lta|ltä|lla|llä|a|ä|ksi|sta|stä|ssa|ssä|ineen))?$/u;

/** A listed place, service, brand or medicine: a word, whatever name it looks like (a base form, lower case). */
export const isListedWord = (lemma: string): boolean =>
  PLACE_NAMES.has(lemma) || SERVICE_WORDS.has(lemma) || BRANDS.has(lemma);

/** `word` is lower case; hyphenated names are judged by their parts ("anna-maija", "yli-kotila"). */
export function weighName(word: string): NameEvidence {
  const candidates = lemmaCandidates(word);
  if (candidates.some(isListedWord)) return { ...NONE, isAllowed: true };
  const parts = word.split('-');
  if (parts.length > 1 && !candidates.some((c) => isFirstName(c) || isSurname(c)))
    return weighCompound(parts);
  // "Martat", "Marjat": a first name in the plural is a group or a thing, never one person
  const isPlural = word.endsWith('t') && !isFirstName(word);
  const firsts = isPlural ? [] : candidates.filter(isFirstName);
  const surnames = candidates.filter(isSurname);
  const isCommon = COMMON_WORDS.has(word);
  // The subtitle word list holds popular names in base form (matti, laura) but hardly ever their
  // inflected forms, so an inflected guess that is a common word is read as the word ("Ennen"
  // is not Enni, "Toinen" is not Toini). Inflected everyday words stay ambiguous ("Lainalla").
  const isPopularFirst = firsts.some(
    (c) => isPopularFirstName(c) && (c === word || (!isCommon && !EVERYDAY_WORDS.has(c))),
  );
  const isDemonym = candidates.some(isDemonymOfPlace);
  return {
    isAllowed: false,
    isExactFirstName: isFirstName(word),
    isFirstName: firsts.length > 0,
    isSurname: surnames.length > 0,
    isPopularFirstName: isPopularFirst,
    isTypicalSurname:
      !isCommon &&
      !hasOrdinarySReading(word) &&
      surnames.some((c) => isPopularSurname(c) && SURNAME_SHAPE.test(c)),
    isEverydayWord: EVERYDAY_WORDS.has(word) || isDemonym || (isCommon && !isPopularFirst),
    isCommonWord: isCommon,
    hasSurnameShape: !isCommon && (UNLISTED_SURNAME_SHAPE.test(word) || EAST_SLAVIC_SURNAME_SHAPE.test(word)),
  };
}

/**
 * "-sta/-stä/-sten" is both a -nen surname (Virtasta, Virtasten) and an ordinary word's elative or
 * an -s word's plural genitive (Kesästä, Tulosten). If the ordinary reading is a common word, the
 * surname reading is not strong enough to refuse on.
 */
function hasOrdinarySReading(word: string): boolean {
  const m = /s(?:ta|tä|ten)$/u.exec(word);
  if (!m) return false;
  const sWord = word.slice(0, m.index + 1);
  const elativeBase = word.endsWith('ten') ? '' : word.slice(0, -3);
  return COMMON_WORDS.has(sWord) || COMMON_WORDS.has(elativeBase);
}

/**
 * "Suomalainen", "Kuopiolainen": an inhabitant word of a municipality or country. Capitalised at
 * the start of a sentence it is the adjective; inside a sentence it can only be the surname.
 */
export function isDemonymOfPlace(lemma: string): boolean {
  const m = /^(.+?)(?:lainen|läinen)$/u.exec(lemma);
  const place = m?.[1];
  if (!place) return false;
  const guesses = [place, place.slice(0, -1) + 'i', place + 'la', place + 'lä', place + 'jä'];
  return guesses.some((g) => DEMONYM_PLACES.has(g));
}

/** "Anna-Maijan": every part must be a name; the last part carries the case ending. */
function weighCompound(parts: readonly string[]): NameEvidence {
  const weighed = parts.map((p) => weighName(p));
  if (!weighed.every((w) => w.isFirstName || w.isSurname)) return NONE;
  const isFirst = weighed.every((w) => w.isFirstName);
  return {
    isAllowed: false,
    isExactFirstName: isFirst && weighed.every((w) => w.isExactFirstName),
    isFirstName: isFirst,
    isSurname: !isFirst,
    isPopularFirstName: isFirst && weighed.some((w) => w.isPopularFirstName),
    isTypicalSurname: !isFirst && weighed.some((w) => w.isTypicalSurname || w.isPopularFirstName),
    isEverydayWord: false,
    isCommonWord: false,
    hasSurnameShape: false,
  };
}

/** In the DVV lists at any rank, and neither a common word nor an allowed place, service or brand ("faduma"). */
export function isListedName(lower: string): boolean {
  const e = weighName(lower);
  return !e.isAllowed && !e.isCommonWord && (e.isFirstName || e.isSurname);
}
