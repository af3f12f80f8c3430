/**
 * The words of a text as the name detector sees them: every word in any letter case, with its
 * shape, whether it opens a sentence and the ending typed after a colon ("Ahmed:lle").
 */
export type WordShape = 'title' | 'upper' | 'lower' | 'other';

export interface Token {
  readonly start: number;
  readonly end: number;
  /** As written, without a colon ending. */
  readonly text: string;
  readonly lower: string;
  readonly shape: WordShape;
  readonly isSentenceStart: boolean;
  /** Case ending written after a colon ("lle" in "Ahmed:lle"); empty when there is none. */
  readonly colonEnding: string;
  /** Glued by a hyphen to a lower-case word ("Pirkka-tuotteita", "Nyström-nimisen"). */
  readonly isCompoundHead: boolean;
}

const WORD = /\p{L}+(?:[-'’]\p{L}+)*/gu;
const TITLE_PART = /^\p{Lu}\p{Ll}+$/u;
const UPPER = /^\p{Lu}{2,}(?:-\p{Lu}{2,})*$/u;
const LOWER = /^\p{Ll}+(?:[-'’]\p{Ll}+)*$/u;
const COLON_ENDING = /^:(\p{Ll}{1,6})(?![\p{L}\p{N}])/u;
const SENTENCE_BREAKS = '.!?:;•*–—-"“”»«\'‘’';

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    // the "lle" of "Ahmed:lle" belongs to the word before the colon
    if (text[start - 1] === ':' && /[\p{L}\p{N}]/u.test(text[start - 2] ?? '')) continue;
    // English possessive: "Mrs Niemi's" is Niemi
    const written = m[0].replace(/['’]s$/u, '');
    const word = properNounPart(written);
    const end = start + word.length;
    tokens.push({
      start,
      end,
      text: word,
      lower: word.toLowerCase(),
      shape: shapeOf(word),
      isSentenceStart: isSentenceStart(text, start),
      colonEnding: text.charAt(end) === ':' ? (COLON_ENDING.exec(text.slice(end, end + 8))?.[1] ?? '') : '',
      isCompoundHead: word.length < written.length,
    });
  }
  return tokens;
}

function shapeOf(word: string): WordShape {
  const first = word.charAt(0);
  // most words are lower case: decide those without a regex
  if (first === first.toLowerCase() && first !== first.toUpperCase())
    return LOWER.test(word) ? 'lower' : 'other';
  if (TITLE_PART.test(word.split('-')[0] ?? '')) return 'title';
  if (UPPER.test(word)) return 'upper';
  return LOWER.test(word) ? 'lower' : 'other';
}

/** "Nyström-nimisen", "Kela-kuntoutus": only the capitalised head of a compound can be a name. */
function properNounPart(token: string): string {
  if (!token.includes('-')) return token;
  const parts = token.split('-');
  const head = parts.findIndex((p) => !TITLE_PART.test(p));
  return head <= 0 ? token : parts.slice(0, head).join('-');
}

/** After . ! ? : ; a dash, bullet or quote, at a line start or at the start of the text. */
export function isSentenceStart(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i -= 1) {
    const ch = text.charAt(i);
    if (ch === '\n') return true;
    if (ch === ' ' || ch === '\t' || ch === '\u00a0') continue;
    // "asiakas J. Nurmi": the dot of an initial ends no sentence
    if (ch === '.' && isInitialAt(text, i - 1)) return false;
    return SENTENCE_BREAKS.includes(ch);
  }
  return true;
}

/** A single capital letter standing alone as a word, at `i`, with a word before it in the same line. */
function isInitialAt(text: string, i: number): boolean {
  if (!/\p{Lu}/u.test(text.charAt(i)) || /[\p{L}\p{N}]/u.test(text.charAt(i - 1))) return false;
  return /\p{L}[\p{L},]* $/u.test(text.slice(Math.max(0, i - 30), i));
}
