/**
 * Foreign names in English sentences. Finnish morphology knows no English word, so in English an unknown capitalised
 * word is no sign of a name by itself; two or three side by side, none a word English capitalises anyway, nor a listed
 * place, brand or service, are most often a person's full name ("Siriporn Chaiyasit came as a berry picker", "the
 * spouse of an IT specialist, Arjun Nair", "Senait Tesfay Ghebremedhin, hetu …"): worth a question.
 */
import {
  ENGLISH_CALENDAR,
  ENGLISH_FUNCTION_WORDS,
  ENGLISH_OPENERS,
  ENGLISH_PLACES_AND_NATIONALITIES,
  ENGLISH_WORDS_LIKE_NAMES,
} from './english-text.js';
import { isEnglishWord } from './english-words.js';
import { evidenceOf, type Verdict } from './list-verdict.js';
import { WARN_LOW } from './name-context-verdict.js';
import { gapOf, type Sentence } from './name-context.js';
import { isForeignWordHere } from './name-exclusions.js';
import { ENGLISH_INSTITUTIONS } from './name-named-things.js';
import type { NameView } from './name-view.js';

/**
 * What follows a two-word name of a thing or an institution: "Aalto University", "Red Cross office" (the institutions
 * name-exclusions.ts knows, and more kinds of place and organisation, as a word's beginning).
 */
const INSTITUTION_AFTER = new RegExp(
  String.raw`^ (?:${ENGLISH_INSTITUTIONS}|college|street|road|avenue|company|group|shipyard|airport|restaurant|cafe|café|bank|club|foundation|association|institute|service|services|-)`,
  'iu',
);
/** A capitalised word as English writes a name: "Okafor", "Jean-Paul". */
export const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** "the Santa Claus Village": a capitalised word right before `i` makes the run a place's or a thing's name. */
export function isAfterCapitalisedWord(s: Sentence, i: number): boolean {
  return s.tokens[i - 1]?.shape === 'title' && gapOf(s, i - 1, i) === ' ';
}

const PAIR_WORD_RANK = 5000;

export function markEnglishUnknownPairs(
  s: Sentence,
  views: readonly NameView[],
  verdicts: Array<Verdict | undefined>,
): void {
  for (let i = 0; i + 1 < s.tokens.length; i += 1) {
    if (s.isEnglish[i] !== true || verdicts[i] || !isUnknownProperWord(s, views, i)) continue;
    // two or three ("Senait Tesfay Ghebremedhin": a father's and a grandfather's name after one's own)
    let last = i;
    while (
      last - i < 2 &&
      gapOf(s, last, last + 1) === ' ' &&
      s.isEnglish[last + 1] === true &&
      !verdicts[last + 1] &&
      isUnknownProperWord(s, views, last + 1)
    )
      last += 1;
    if (last === i) continue;
    const lastToken = s.tokens[last];
    // "the Red Cross", "Santa Claus Village": an article or one more capitalised word makes a thing's or a place's name
    if (s.tokens[i - 1]?.lower === 'the' || isAfterCapitalisedWord(s, i)) continue;
    if (s.tokens[last + 1]?.shape === 'title' && gapOf(s, last, last + 1) === ' ') continue;
    if (!lastToken || INSTITUTION_AFTER.test(s.text.slice(lastToken.end, lastToken.end + 16))) continue;
    for (let j = i; j <= last; j += 1) verdicts[j] = WARN_LOW;
    i = last;
  }
}

/** A capitalised word no source knows, that English would not capitalise anyway and no list holds. */
export function isUnknownProperWord(s: Sentence, views: readonly NameView[], i: number): boolean {
  const token = s.tokens[i];
  const view = views[i];
  if (!token || !view || view.isKnown || token.shape !== 'title' || token.colonEnding !== '') return false;
  if (token.text.length < 3 || !CAPITALISED_WORD.test(token.text)) return false;
  const word = token.lower;
  if (
    ENGLISH_FUNCTION_WORDS.has(word) ||
    ENGLISH_OPENERS.has(word) ||
    ENGLISH_CALENDAR.has(word) ||
    ENGLISH_PLACES_AND_NATIONALITIES.has(word) ||
    ENGLISH_WORDS_LIKE_NAMES.has(word) ||
    // the less frequent subtitle words are as often foreign names ("Arjun")
    isEnglishWord(word, PAIR_WORD_RANK)
  )
    return false;
  // "’Will do’", "Grey’s Anatomy": a quote or a possessive around it
  if (/^[’'"]/u.test(s.text.slice(token.end, token.end + 1))) return false;
  return !evidenceOf(token).isAllowed && !isForeignWordHere(s, i);
}
