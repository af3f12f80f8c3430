/**
 * Swedish sentences in a Finnish case text (Finland's second official language). Swedish, like
 * English, capitalises names and little else, so a lower-case word there is no name, and a
 * capitalised noun opening a sentence ("Brodern har…") is the noun. Swedish marks the genitive with
 * a bare -s: "Enligt Nyholms läkare" is Nyholm's doctor.
 */
import { BRANDS } from './brands.js';
import { markSentencesOf } from './english-text.js';
import { isFirstName, isPopularFirstName, isPopularSurname, isSurname } from './name-lists.js';
import { PLACE_NAMES } from './place-names.js';
import type { Token } from './name-tokens.js';
import { SERVICE_WORDS } from './service-words.js';

const list = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** Swedish function words that are not Finnish words. */
const SWEDISH_FUNCTION_WORDS = list(`
  och är var med på att för till har hade inte hon han den det som av om jag vi de men från
  enligt eller hos efter under också sin sina hans hennes deras vill ska skulle kan kunde
  ingen inga någon något när där här mot utan sedan år i bor bodde får fick blev kommer behöver bara
`);

/** "Hans mamma", "Hon träffade": a Swedish pronoun opening a sentence is no name. */
export function isSwedishFunctionWord(lower: string): boolean {
  return SWEDISH_FUNCTION_WORDS.has(lower);
}

export function markSwedishSentences(text: string, tokens: readonly Token[]): boolean[] {
  return markSentencesOf(SWEDISH_FUNCTION_WORDS, text, tokens);
}

/**
 * A capitalised word in a Swedish sentence, or its -s genitive, that is a name: any listed name
 * inside a sentence ("Enligt Nyholms"), a popular one opening it ("Anderssons mamma").
 */
export function isSwedishName(token: Token): boolean {
  if (token.shape !== 'title') return false;
  const forms = token.lower.endsWith('s') ? [token.lower, token.lower.slice(0, -1)] : [token.lower];
  // "Kelas rehabilitering", "Nestes raffinaderi", "Snellmans köttförädling": a service's or a company's genitive
  if (forms.some((f) => SERVICE_WORDS.has(f) || BRANDS.has(f))) return false;
  if (!token.isSentenceStart) return forms.some((f) => isFirstName(f) || isSurname(f));
  return forms.some((f) => isPopularFirstName(f) || isPopularSurname(f));
}

const isListedPlace = (lower: string) => PLACE_NAMES.has(lower) || PLACE_NAMES.has(lower.replace(/s$/u, ''));

/** Swedish everyday words that are also names: "Bo kvar vill hon", "Sten på sten", "Dag för dag", "Vilja finns". */
const SWEDISH_WORDS_LIKE_NAMES = list(`
  bo sten dag vilja klara ek björk liv glad frisk stig ros lilja sol björn hed vik berg lund ström tor
`);
/** What follows such a word used as the word: a preposition, an adverb, a reflexive, a verb of being. */
const SWEDISH_WORD_AFTER = list(`
  på för i kvar sig finns fanns till med av om och efter ut in hemma är var blir
`);
/** A Swedish thing's tail after a hyphen: "Linnea-gruppen", "Tuva-utbildning", "Saga-projektet". */
const SWEDISH_THING_TAIL =
  /^-(?:grupp|utbildning|projekt|hus|skola|skolan|dag|klubb|verkstad|programm|kurs|center|centret|modell)/u;

/**
 * In a Swedish sentence: an everyday word that is also a name opening it before what only the word takes ("Sten på
 * sten"), the name of a group, a course or a project before a hyphen ("Linnea-gruppen"), a word after "i" ("bor i
 * Tölö"), a listed town after "till", "från" or "vid" ("från Lovisa").
 */
export function isSwedishWordHere(
  s: { readonly text: string; readonly tokens: readonly Token[]; readonly isSwedish: readonly boolean[] },
  i: number,
): boolean {
  const token = s.tokens[i];
  if (!token || s.isSwedish[i] !== true) return false;
  if (SWEDISH_THING_TAIL.test(s.text.slice(token.end, token.end + 14).toLowerCase())) return true;
  // people are not "in" anyone; "till Anna" is to a person, "till Lovisa" to a listed town
  const before = s.text.slice(Math.max(0, token.start - 6), token.start);
  const isAfterIn =
    /(?:^|\s)i\s+$/u.test(before) && !/^\s*\p{Lu}/u.test(s.text.slice(token.end, token.end + 3));
  if (isAfterIn || (/(?:^|\s)(?:till|från|vid)\s+$/u.test(before) && isListedPlace(token.lower))) return true;
  const next = s.tokens[i + 1];
  return (
    token.isSentenceStart &&
    SWEDISH_WORDS_LIKE_NAMES.has(token.lower) &&
    next !== undefined &&
    SWEDISH_WORD_AFTER.has(next.lower)
  );
}
