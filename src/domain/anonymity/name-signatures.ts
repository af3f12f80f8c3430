/**
 * Who signs a message is a person: "Terveisin Anu", "t. Kaisa / Ohjaamo", "-Mervi", "/Mari", "-kirsi" at a note's end;
 * and initials that stand for a double first name the note gives ("Jukka-Pekka (JP) Hirvonen … JP:llä").
 */
import type { Verdict } from './list-verdict.js';
import type { Sentence } from './name-context.js';
import { BLOCK_HIGH } from './name-context-verdict.js';
import { isFirstName } from './name-lists.js';
import type { NameView } from './name-view.js';

/** A greeting or a dash before the name, at a line's or a sentence's start. */
const SIGN_OFF =
  /(?:^|\n|[.!?)][ \t]+)[ \t]*(?:[-–—/][ \t]*|(?:(?:ystävällisin |parhain |lämpimin |yst\. ?)?terveisin|terv\.?|t\.|t:|mvh|br|b\.r\.|(?:best |kind |warm )?regards|cheers|thanks|kiitos|(?:med vänliga )?hälsningar|hälsn\.?)[,:]?(?:[ \t]+|[ \t]*\n[ \t]*))$/iu;
/** What may follow a signature: the end of the line or the text, the writer's role or office after a slash or comma. */
const SIGNATURE_END = /^[ \t]*(?:$|\n|[/,(]|[-–] )/u;

export function isSignature(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  return token !== undefined && SIGN_OFF.test(s.text.slice(Math.max(0, token.start - 40), token.start));
}

/** "-kirsi", "/Mari", "t. tuovi": a listed first name that signs the note, in any letter case, is refused. */
export function markSignatures(
  s: Sentence,
  views: readonly NameView[],
  verdicts: Array<Verdict | undefined>,
): void {
  s.tokens.forEach((token, i) => {
    if (verdicts[i]?.severity === 'block' || views[i]?.isFirstName !== true || token.shape === 'upper')
      return;
    if (!isSignature(s, i) || !SIGNATURE_END.test(s.text.slice(token.end, token.end + 40))) return;
    verdicts[i] = BLOCK_HIGH;
  });
}

/** Two capitals, with or without a hyphen: "A-M", "JP". */
const INITIALS = /^(\p{Lu})-?(\p{Lu})$/u;
/** A double first name: "Anna-Maria", "Jukka-Pekka". */
const DOUBLE_NAME = /(?<![\p{L}-])(\p{Lu})(\p{Ll}+)-(\p{Lu})(\p{Ll}+)(?![\p{L}-])/gu;

/**
 * "Anna-Maria Sundström-Niskanen (A-M) … A-M:n puoliso", "Jukka-Pekka (JP) Hirvonen … JP:llä": the initials of a
 * double first name the note gives stand for that person.
 */
export function markInitials(s: Sentence, verdicts: Array<Verdict | undefined>): void {
  const candidates = s.tokens.flatMap((token, i) => (INITIALS.test(token.text) ? [i] : []));
  if (candidates.length === 0) return;
  const initials = new Set<string>();
  for (const m of s.text.matchAll(DOUBLE_NAME)) {
    const [, a = '', restA = '', b = '', restB = ''] = m;
    if (isFirstName(`${a}${restA}`.toLowerCase()) && isFirstName(`${b}${restB}`.toLowerCase()))
      initials.add(a + b);
  }
  for (const i of candidates) {
    const m = INITIALS.exec(s.tokens[i]?.text ?? '');
    if (m && initials.has(`${m[1] ?? ''}${m[2] ?? ''}`)) verdicts[i] = BLOCK_HIGH;
  }
}
