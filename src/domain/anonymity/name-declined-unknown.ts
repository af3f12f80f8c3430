/**
 * Words no source knows (neither morphology nor the name lists): whether one can be a name at all, and the one
 * sign that needs no context, a word the text declines. A foreign name is written again and again in a note, in the
 * cases its sentences need ("kaido asuu … kaidon työkkärin asiakkuus", "somchai tuli … somchaille selitetty"); a
 * typo or a slip is not repeated in another case, and a compound or a listed brand, medicine or service is a word.
 */
import { NAME_LIKE_BRANDS } from './brands.js';
import { lemmaCandidates } from './finnish-inflection.js';
import { isEnglishWord } from './english-words.js';
import type { Verdict } from './list-verdict.js';
import { isInPlaceContext, previous, type Sentence } from './name-context.js';
import { WARN_LOW } from './name-context-verdict.js';
import { isListedWord } from './name-evidence.js';
import { SPOKEN_WORDS } from './name-exclusions.js';
import type { NameView } from './name-view.js';
import { isTypoOfWord, isUnlistedCompound } from './unknown-word.js';

/**
 * Endings of the inner local cases: where, from where, to where ("Hargeisassa", "Asmarasta", "Lviviin", "Dohaan",
 * "Porihin"; not "Jhun").
 */
export const INNER_LOCAL = /(?:ss[aä]|st[aä]|([aeiouyäö])\1n|([aeiouyäö])h\2n|seen)$/u;

const isListedThing = (lower: string) =>
  lemmaCandidates(lower).some((l) => isListedWord(l) || NAME_LIKE_BRANDS.has(l));

/**
 * A word no source knows that may be a name: letters only, in a Finnish sentence, not a listed brand, medicine,
 * service or place, not a compound of known words or a slip in one.
 */
export function mayBeUnknownName(s: Sentence, view: NameView | undefined, i: number): boolean {
  const token = s.tokens[i];
  if (!token || !view || view.isKnown || !s.hasMorphology) return false;
  if (token.shape !== 'title' && token.shape !== 'lower') return false;
  if (token.text.length < 3 || !/^\p{L}+$/u.test(token.text) || SPOKEN_WORDS.has(token.lower)) return false;
  // "55-vuotiaita", "TYM-asiakkuuksia": the tail of a hyphenated compound
  if (/[\p{L}\p{N}][-–]$/u.test(s.text.slice(Math.max(0, token.start - 2), token.start))) return false;
  // English and Swedish words are unknown to Finnish morphology
  if (s.isEnglish[i] === true || s.isSwedish[i] === true || !isFinnishSentence(s, i)) return false;
  return (
    // "Needs: tulkki", "Meanwhile hän…": an English word opening a Finnish note's sentence or heading
    !(isOpeningOrHeading(s, i) && isEnglishWord(token.lower)) &&
    !isListedThing(token.lower) &&
    !isUnlistedCompound(token.lower, s.analyse) &&
    !isTypoOfWord(token.lower, s.analyse)
  );
}

/** The word opens its sentence or line, or a colon follows it: where any word is capitalised. */
function isOpeningOrHeading(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  return token !== undefined && (token.isSentenceStart || s.text.charAt(token.end) === ':');
}

/**
 * At least half the lower-case words of the sentence around `i` are Finnish words morphology knows: an English or Swedish
 * sentence the language marks missed ("Needs a social worker soon.", "Skolkuratorn gör en bedömning") is not.
 */
function isFinnishSentence(s: Sentence, i: number): boolean {
  let first = i;
  while (previous(s, first) !== undefined) first -= 1;
  let known = 0;
  let words = 0;
  for (let j = first; j === first || previous(s, j) !== undefined; j += 1) {
    const token = s.tokens[j];
    if (!token) break;
    if (j === i || token.shape !== 'lower' || token.text.length < 2) continue;
    words += 1;
    if ((s.readings[j] ?? []).length > 0) known += 1;
  }
  return words === 0 || known * 2 >= words;
}

/**
 * Asks about every form of a word no source knows that the text writes in two or more cases ("kaido", "kaidon";
 * "Serhii", "Serhiin"), unless one of them is where something is (an inner local case or a place verb before it: a
 * place). A word only asked about that the text writes elsewhere as such a place is not asked about ("Hargeisa …
 * Hargeisasta", "opiskelee Gradialla … Onko Gradialla kuraattoria").
 */
export function markDeclinedUnknowns(
  s: Sentence,
  views: readonly NameView[],
  verdicts: Array<Verdict | undefined>,
): void {
  const forms = new Map<string, Set<string>>();
  const members = new Map<string, number[]>();
  s.tokens.forEach((token, i) => {
    if (verdicts[i]?.severity === 'block' || !mayBeUnknownName(s, views[i], i)) return;
    for (const key of lemmaCandidates(token.lower)) {
      forms.set(key, (forms.get(key) ?? new Set()).add(token.lower));
      members.set(key, [...(members.get(key) ?? []), i]);
    }
  });
  const places = new Set<number>();
  for (const [key, written] of forms) {
    const group = members.get(key) ?? [];
    if (group.length < 2) continue;
    // "Serhiin" beside "Serhii" is its genitive; "Asmarasta" beside "Asmara", a second "Gradialla" after "opiskelee
    // Gradialla", are a place
    const isPlace = group.some((i) => isInnerLocalForm(s, i) || isInPlaceContext(s, i, false));
    for (const i of group) {
      if (isPlace) places.add(i);
      else if (written.size >= 2) verdicts[i] ??= WARN_LOW;
    }
  }
  for (const i of places) if (verdicts[i]?.severity === 'warn') verdicts[i] = undefined;
}

/**
 * A word no source knows written in an inner local case, as far as its ending shows: a place ("Hargeisasta"), unless
 * the text has it without the -n too, which makes the -n a genitive ("serhii … serhiin").
 */
export function isInnerLocalForm(s: Sentence, i: number): boolean {
  const lower = s.tokens[i]?.lower ?? '';
  if (!INNER_LOCAL.test(lower)) return false;
  return !lower.endsWith('n') || !s.tokens.some((t) => t.lower === lower.slice(0, -1));
}
