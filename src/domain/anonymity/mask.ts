const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;

/**
 * Masks a span for showing back to the worker: each word keeps its first letter, every other
 * letter and every digit becomes `*`, punctuation and spaces stay so the worker recognises the
 * spot. One- and two-letter words are masked whole, so the result never equals a non-empty span.
 */
export function maskSpan(span: string): string {
  let out = '';
  let wordStart = true;
  let i = 0;
  for (const ch of span) {
    if (LETTER.test(ch)) {
      const keep = wordStart && wordLength(span, i) > 2;
      out += keep ? ch : '*';
      wordStart = false;
    } else {
      out += DIGIT.test(ch) ? '*' : ch;
      wordStart = true;
    }
    i += ch.length;
  }
  return out;
}

function wordLength(span: string, from: number): number {
  let n = 0;
  for (const ch of span.slice(from)) {
    if (!LETTER.test(ch)) break;
    n += 1;
  }
  return n;
}

/**
 * Identity codes keep date, century sign and check character ("131052-***T"): the worker can
 * find the code in the text, while the individual number, which makes it unique, stays hidden.
 */
export function maskIdentityCode(code: string): string {
  return code.slice(0, 7) + '***' + code.slice(10);
}
