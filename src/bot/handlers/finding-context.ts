/** How many words before a masked passage are shown to help the worker find it. */
const WORDS_BEFORE = 3;

/** A word that could itself be personal data (a name, a number, an address part) is never shown as context. */
const isSafeContextWord = (word: string) => /^[\p{Ll}][\p{Ll}\p{M}'’-]*$/u.test(word);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern a masked passage was made from: each `*` stood for a letter or a digit, every other character is
 * kept as it was (see the anonymity guard's masks, e.g. "131052-***T", "*** *** ****", "M**** V*******").
 */
const patternOf = (masked: string) =>
  new RegExp(masked.split('*').map(escapeRegExp).join('[\\p{L}\\p{N}]'), 'gu');

export interface PassagePosition {
  /** 1-based line of the text. */
  readonly line: number;
  /** Up to three lower-case words right before the passage on its line ('' when none qualify). */
  readonly before: string;
}

/**
 * Where a masked finding sits in the text the worker typed, so that a phone number masked to "*** *** ****" can
 * still be found: its line and the ordinary words right before it. Capitalised words, numbers and anything inside
 * another finding are left out, so the context adds no personal data of its own. `nth` picks the nth passage with
 * the same mask. Undefined when the mask does not fit the text (e.g. the text changed since it was scanned).
 */
export function locatePassage(text: string, masked: string, nth = 0): PassagePosition | undefined {
  if (!masked.includes('*') && !text.includes(masked)) return undefined;
  const matches = [...text.matchAll(patternOf(masked))];
  const match = matches[nth] ?? matches[0];
  if (!match || match.index === undefined) return undefined;
  const head = text.slice(0, match.index);
  const line = head.split('\n').length;
  const words = (head.split('\n').at(-1) ?? '').split(/\s+/).filter(Boolean);
  const before: string[] = [];
  for (const word of words.reverse()) {
    const bare = word.replace(/^[("'“”]+|[)"'“”:,;.!?]+$/gu, '');
    if (before.length === WORDS_BEFORE || !isSafeContextWord(bare)) break;
    before.unshift(bare);
  }
  return { line, before: before.join(' ') };
}
