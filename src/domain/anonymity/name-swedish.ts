/**
 * Swedish sentences in a Finnish case text (Finland's second official language). Swedish, like
 * English, capitalises names and little else, so a lower-case word there is no name, and a
 * capitalised noun opening a sentence ("Brodern har…") is the noun. Swedish marks the genitive with
 * a bare -s: "Enligt Nyholms läkare" is Nyholm's doctor.
 */
import { markSentencesOf } from './english-text.js';
import { isFirstName, isPopularFirstName, isPopularSurname, isSurname } from './name-lists.js';
import type { Token } from './name-tokens.js';

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
  if (!token.isSentenceStart) return forms.some((f) => isFirstName(f) || isSurname(f));
  return forms.some((f) => isPopularFirstName(f) || isPopularSurname(f));
}
