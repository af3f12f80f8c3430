/**
 * The list-based name verdict (DVV lists + capitalisation), used in list mode and for words that
 * morphology does not know. Finnish capitalises only proper nouns inside a sentence, so a
 * capitalised word from the name lists there is strong evidence. At the start of a sentence every
 * word is capitalised, so a lone word there blocks only if it is a popular first name or a
 * typically shaped surname and not an everyday word ("Anna arviosi"); others only warn.
 */
import type { Confidence, Severity } from './finding.js';
import { type NameEvidence, weighName } from './name-evidence.js';
import type { Sentence } from './name-context.js';
import type { Token } from './name-tokens.js';

export interface Verdict {
  severity: Severity;
  confidence: Confidence;
}

const evidenceCache = new WeakMap<Token, NameEvidence>();

/** The lists' evidence for a capitalised word (title or upper case); weighed once per token. */
export function evidenceOf(token: Token): NameEvidence {
  const cached = evidenceCache.get(token);
  if (cached) return cached;
  const evidence = weighName(token.lower);
  evidenceCache.set(token, evidence);
  return evidence;
}

export function judgeByLists(s: Sentence, i: number): Verdict | undefined {
  const word = s.tokens[i];
  if (!word || word.shape !== 'title') return undefined;
  const e = evidenceOf(word);
  if (e.isAllowed) return undefined;
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
