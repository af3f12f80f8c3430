/**
 * Things named beside a name-like word, so that the word is no one: a product or an institution after a brand, a place
 * or a genitive ("Elisa Viihde", "Malmin Diakoniassa"), an organisation ended by an English institution word ("Aalto
 * Career Services") or by its kind ("Kalevalaseuran"), a place after a saint's or a port's word ("São Paulo"), a thing
 * of a place ("Lapinlahden Lähteellä"), a title after a capitalised adjective ("Kultaisen Venlan"), a feast as a time
 * ("ennen Vappua").
 */
import { lemmaCandidates } from './finnish-inflection.js';
import { RELATION_WORDS, TITLE_BASE } from './name-context-words.js';
import { gapOf, type Sentence } from './name-context.js';
import { isFirstName, isSurname } from './name-lists.js';
import { list } from './name-things.js';
import type { NameView } from './name-view.js';

export function isNamedThingHere(s: Sentence, view: NameView, i: number): boolean {
  return (
    isBeforeCapitalisedNoun(s, view, i) ||
    isBeforeEnglishInstitution(s, i) ||
    isAfterPlacePrefix(s, i) ||
    isAfterCapitalisedAdjective(s, i) ||
    isFeastOrSeasonHere(s, i) ||
    isOrganisationCompound(s, i) ||
    isNamedAfterPlace(s, i)
  );
}

/** Word classes of a common word: a noun, an adjective. */
const COMMON_NOUN_CLASSES: ReadonlySet<string> = new Set(['nimisana', 'laatusana', 'nimisana_laatusana']);

/**
 * "Elisa Viihde", "Loviisan Lämpö", "Malmin Diakoniassa", "Helkaman Jopon": a brand, a place or a genitive before a
 * capitalised word that is only a common noun, and no name in any list, names a product, a company or a place's
 * institution. A person's surname would be in the lists; a first name alone before a noun ("Liisa Puhelin 040…" in a
 * form) is left to the other rules.
 */
function isBeforeCapitalisedNoun(s: Sentence, view: NameView, i: number): boolean {
  const after = s.tokens[i + 1];
  if (after?.shape !== 'title' || gapOf(s, i, i + 1) !== ' ') return false;
  const isBrandOrPlace = view.isNameLikeBrand || view.hasPlaceReading || view.isPlace;
  const readings = s.readings[i + 1] ?? [];
  // a surname's genitive only before a product's or a company's name, not where someone was met ("Tapasin Leinosen
  // Ohjaamossa")
  const isOwnerOfName =
    (s.readings[i] ?? []).some((r) => r.case === 'omanto') &&
    readings.every((r) => r.case === 'nimento' || r.case === 'omanto');
  if (!isBrandOrPlace && !isOwnerOfName) return false;
  if (readings.length === 0 || !readings.every((r) => COMMON_NOUN_CLASSES.has(r.wordClass))) return false;
  const words = [after.lower, ...readings.map((r) => r.baseForm.toLowerCase())];
  return !words.some((w) => isFirstName(w) || isSurname(w) || RELATION_WORDS.has(w) || TITLE_BASE.test(w));
}

/** An institution's noun after a name in English: "the Aurora hospital", "Kallio Library". */
export const ENGLISH_INSTITUTIONS =
  'hospital|clinic|school|centre|center|university|library|church|prison|hotel|office|station|daycare|kindergarten|nursery';
export const INSTITUTION_WORDS = `${ENGLISH_INSTITUTIONS}|services|constructions|group|hotels|club|foundation|association|institute|college|company|academy|festival|films|airlines|airways|ltd|inc`;

/** The same words capitalised: "Services", "University". */
export const CAPITALISED_INSTITUTION_WORDS = INSTITUTION_WORDS.replace(
  /(^|\|)(\p{Ll})/gu,
  (_m, bar: string, letter: string) => bar + letter.toUpperCase(),
);

/** In any language, a capitalised English institution word ends a name: "Aalto Career Services", "Rauma Marine Constructions". */
const CAPITALISED_INSTITUTION_AFTER = new RegExp(
  String.raw`^(?: \p{Lu}\p{Ll}+){0,2} (?:${CAPITALISED_INSTITUTION_WORDS})(?![\p{L}])`,
  'u',
);

export function isBeforeEnglishInstitution(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  if (token?.shape !== 'title') return false;
  // the institution word itself, after the name's capitalised words
  const isInstitutionWord = CAPITALISED_INSTITUTION_AFTER.test(` ${token.text}`);
  if (isInstitutionWord && s.tokens[i - 1]?.shape === 'title' && gapOf(s, i - 1, i) === ' ') return true;
  return CAPITALISED_INSTITUTION_AFTER.test(s.text.slice(token.end, token.end + 40));
}

/** "São Paulo", "St. Pauli", "Santa Cruz", "Puerto Rico": a saint's or a port's name is a place's. */
function isAfterPlacePrefix(s: Sentence, i: number): boolean {
  return PLACE_PREFIXES.has(s.tokens[i - 1]?.lower ?? '') && /^\.? $/u.test(gapOf(s, i - 1, i));
}

/** "voitti Kultaisen Venlan": a capitalised adjective inside a sentence begins a title, an award's or a work's. */
function isAfterCapitalisedAdjective(s: Sentence, i: number): boolean {
  const before = s.tokens[i - 1];
  if (before?.shape !== 'title' || before.isSentenceStart || gapOf(s, i - 1, i) !== ' ') return false;
  const readings = s.readings[i - 1] ?? [];
  return readings.length > 0 && readings.every((r) => r.wordClass === 'laatusana');
}

/** An organisation's kind as the end of a one-word name: "Kalevalaseura", "Parkinsonliitto", "Diakoniasäätiö". */
const ORGANISATION_COMPOUND =
  /^\p{L}{4,}(?:liitto|yhdistys|säätiö|seura|keskus|opisto|sairaala|klinikka|yhtiö|konserni|pankki|osuuskunta|rahasto|yhtymä|kirjasto|apteekki)$/u;

/** "Kalevalaseuran", "Parkinsonliitto": a word no source knows, compounded of something and an organisation's kind. */
function isOrganisationCompound(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  if (token?.shape !== 'title' || (s.readings[i] ?? []).length > 0) return false;
  return lemmaCandidates(token.lower).some(
    (c) => ORGANISATION_COMPOUND.test(c) && !isSurname(c) && !isFirstName(c),
  );
}

/**
 * "Lapinlahden Lähteellä", "Joensuun Maila", "Oulun Kärpät": a capitalised word that is also a common noun, right after
 * a place's genitive, names something of that place.
 */
function isNamedAfterPlace(s: Sentence, i: number): boolean {
  const before = s.tokens[i - 1];
  if (s.tokens[i]?.shape !== 'title' || before?.shape !== 'title' || gapOf(s, i - 1, i) !== ' ') return false;
  const own = s.readings[i] ?? [];
  const place = s.readings[i - 1] ?? [];
  return (
    own.some((r) => r.wordClass === 'nimisana') &&
    place.length > 0 &&
    place.every((r) => r.case === 'omanto') &&
    place.some((r) => r.wordClass === 'paikannimi')
  );
}

/** Feasts and seasons that are also first names (Vappu, Kesä, Joulu as names are rare, but not unknown). */
const FEASTS_AND_SEASONS = list(
  `vappu juhannus joulu pääsiäinen helluntai loppiainen laskiainen kesä syksy talvi kevät`,
);
const BEFORE_TIME = list(`ennen viime ensi tänä koko heti pian`);
const AFTER_TIME = list(`jälkeen aikana aikaan asti saakka mennessä lähtien alkaen aattona pyhinä tienoilla`);

/** "ennen Vappua", "Vapun jälkeen", "Vappuna": a feast or a season named as a time. */
function isFeastOrSeasonHere(s: Sentence, i: number): boolean {
  const readings = s.readings[i] ?? [];
  const feast = readings.filter(
    (r) => r.wordClass === 'nimisana' && FEASTS_AND_SEASONS.has(r.baseForm.toLowerCase()),
  );
  if (feast.length === 0) return false;
  if (feast.some((r) => r.case === 'olento')) return true;
  const before = s.tokens[i - 1]?.lower ?? '';
  const after = s.tokens[i + 1]?.lower ?? '';
  return (
    (BEFORE_TIME.has(before) && gapOf(s, i - 1, i) === ' ') ||
    (AFTER_TIME.has(after) && gapOf(s, i, i + 1) === ' ')
  );
}

/** Words that make the name after them a place's: "São Paulo", "St. Pauli", "Sankt Petersburg", "Fort William". */
const PLACE_PREFIXES = list(`são san santa santo st saint sankt puerto porto fort port`);
