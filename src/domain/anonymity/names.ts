/*
 * Personal names. Name data: Digital and Population Data Services Agency (DVV) name statistics,
 * CC BY 4.0, via the npm package `nimet`; and `@zxcvbn-ts/language-fi` (see name-lists.ts).
 *
 * Finnish capitalises only proper nouns inside a sentence, so a capitalised word from the name
 * lists there is strong evidence. At the start of a sentence every word is capitalised, so a lone
 * word there blocks only if it is a popular first name or a typically shaped surname and not an
 * everyday word ("Anna arviosi"); other name-list words there only warn.
 * A first name followed by a surname counts anywhere.
 */
import type { Confidence, Finding, Severity } from './finding.js';
import { maskSpan } from './mask.js';
import { type NameEvidence, weighName } from './name-evidence.js';

interface Word {
  readonly start: number;
  readonly end: number;
  readonly shape: 'title' | 'upper';
  readonly evidence: NameEvidence;
  readonly isSentenceStart: boolean;
}

interface Verdict {
  severity: Severity;
  confidence: Confidence;
}

const WORD = /\p{L}+(?:[-'’]\p{L}+)*/gu;
const TITLE_PART = /^\p{Lu}\p{Ll}+$/u;
const UPPER = /^\p{Lu}{2,}(?:-\p{Lu}{2,})*$/u;
const SENTENCE_BREAKS = '.!?:;•*–—-"“”»«\'';

export function detectNames(text: string): Finding[] {
  const words = capitalisedWords(text);
  const verdicts = words.map(judgeAlone);
  markFullNames(text, words, verdicts);
  return toFindings(text, words, verdicts);
}

function capitalisedWords(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const token = properNounPart(m[0]);
    const shape = TITLE_PART.test(token.split('-')[0] ?? '')
      ? 'title'
      : UPPER.test(token)
        ? 'upper'
        : undefined;
    if (!shape) continue;
    const start = m.index;
    words.push({
      start,
      end: start + token.length,
      shape,
      evidence: weighName(token.toLowerCase()),
      isSentenceStart: isSentenceStart(text, start),
    });
  }
  return words;
}

/** "Nyström-nimisen", "Kela-kuntoutus": only the capitalised head of a compound can be a name. */
function properNounPart(token: string): string {
  const parts = token.split('-');
  const head = parts.findIndex((p) => !TITLE_PART.test(p));
  return head <= 0 ? token : parts.slice(0, head).join('-');
}

function judgeAlone(word: Word): Verdict | undefined {
  const e = word.evidence;
  if (word.shape !== 'title' || e.isAllowed) return undefined;
  if (!(e.isFirstName || e.isSurname)) {
    // Not in the DVV lists (rare or made-up, like Meikäläinen) but built like a surname. At the
    // start of a sentence that shape is mostly ordinary words (Asuminen, Taloudellinen).
    return e.hasSurnameShape && !word.isSentenceStart
      ? { severity: 'block', confidence: 'medium' }
      : undefined;
  }
  const isPopular = e.isPopularFirstName || e.isTypicalSurname;
  if (!word.isSentenceStart) {
    if (isPopular) return { severity: 'block', confidence: 'high' };
    // A capitalised common word inside a sentence is as often an organisation ("Nuorten Ystävät").
    return e.isCommonWord
      ? { severity: 'warn', confidence: 'low' }
      : { severity: 'block', confidence: 'medium' };
  }
  if (e.isEverydayWord) return undefined;
  if (isPopular) return { severity: 'block', confidence: 'medium' };
  // A rare name-list word opening a sentence is more often an ordinary word: ask, do not refuse.
  return { severity: 'warn', confidence: 'low' };
}

/** First name + surname ("Satu Laaksonen", "MATTI VIRTANEN") blocks even where each alone would not. */
function markFullNames(text: string, words: readonly Word[], verdicts: Array<Verdict | undefined>): void {
  for (let i = 0; i + 1 < words.length; i += 1) {
    const a = words[i];
    const b = words[i + 1];
    if (!a || !b || a.shape !== b.shape || text.slice(a.end, b.start) !== ' ') continue;
    const isNameLike = b.evidence.isSurname || b.evidence.isFirstName || b.evidence.hasSurnameShape;
    if (!a.evidence.isExactFirstName || !isNameLike) continue;
    verdicts[i] = { severity: 'block', confidence: 'high' };
    verdicts[i + 1] = { severity: 'block', confidence: 'high' };
  }
}

/** Neighbouring flagged words become one finding, shown as "M**** M*********". */
function toFindings(
  text: string,
  words: readonly Word[],
  verdicts: ReadonlyArray<Verdict | undefined>,
): Finding[] {
  const findings: Finding[] = [];
  let open: Finding | undefined;
  words.forEach((word, i) => {
    const verdict = verdicts[i];
    if (!verdict) {
      open = undefined;
      return;
    }
    if (open && text.slice(open.end, word.start) === ' ') {
      open.end = word.end;
      if (verdict.severity === 'block') open.severity = 'block';
      open.masked = maskSpan(text.slice(open.start, open.end));
      return;
    }
    open = {
      kind: 'name',
      start: word.start,
      end: word.end,
      masked: maskSpan(text.slice(word.start, word.end)),
      ...verdict,
    };
    findings.push(open);
  });
  return findings;
}

/** After . ! ? : ; a dash, bullet or quote, at a line start or at the start of the text. */
function isSentenceStart(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i -= 1) {
    const ch = text.charAt(i);
    if (ch === '\n') return true;
    if (ch === ' ' || ch === '\t' || ch === '\u00a0') continue;
    return SENTENCE_BREAKS.includes(ch);
  }
  return true;
}
