import type { Finding } from './finding.js';
import { maskSpan } from './mask.js';

/** What people write for `@` in brackets to dodge spam filters: "(at)", "[a]", "{ät}", "<at>", "(@)". */
const BRACKETED_AT = String.raw`[[({<]\s*(?:at|a|ät|@|miuku|kissanhäntä|ät-merkki|at-merkki)\s*[\])}>]`;
/** Known top-level domains, for addresses whose dots are spelled out or typed with a comma. */
const TLD = String.raw`(?:fi|com|net|org|eu|se|ee|no|dk|de|uk|ru|ua|pl|lv|lt|fr|es|it|nl|be|at|ch|us|ca|co|info|io|me|nu|biz|app|dev|online|invalid|test|example)`;

/** Local part, `@` or a bracketed stand-in, domain ending in a dot (or a mistyped comma) and letters. */
const EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}][\p{L}\p{N}._%+-]*(?:@|\s?${BRACKETED_AT}\s?)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*(?:\.\p{L}{2,}|,${TLD})(?![\p{L}\p{N}])`,
  'giu',
);

const PART = String.raw`[\p{L}\p{N}][\p{L}\p{N}_%+-]*`;
/** A dot spelled out or bracketed: " piste ", "[dot]", "(.)", "-dot-". */
const WORD_DOT = String.raw`(?:\s*[[({]\s*(?:dot|piste|pt|punkt|\.)\s*[\])}]\s*|\s*-(?:dot|piste)-\s*|\s+(?:dot|piste|punkt)\s+)`;
/**
 * Written to dodge filters, with `@` or a bracketed stand-in: "matti [at] esimerkki [dot] fi",
 * "matti @ esimerkki . fi", "matti -at- esimerkki -dot- com".
 */
/**
 * A typed dot must not be a full stop ("meet @ Kela. No…", "at Kela. Se…"): no space after it, or spaces on
 * both sides, or a space before a dot glued to a top-level domain ("esimerkki .fi"; not "Kela. Se", where "se" is a
 * word).
 */
const DOT = String.raw`(?:\.(?=[\p{L}\p{N}])|\s+\.\s+|\s\.(?=${TLD}(?![\p{L}\p{N}]))|${WORD_DOT})`;
/** "@" said as a word: "at", "ät", "miuku", "kissanhäntä", Swedish "snabel-a"; all but "at" are no English word. */
const NOT_ENGLISH_AT_WORDS = 'ät|miuku|miukumauku|kissanhäntä|snabel-a|snabela';
const AT_WORD_NOT_ENGLISH = `(?:${NOT_ENGLISH_AT_WORDS})`;
const AT_WORD = `(?:at|${NOT_ENGLISH_AT_WORDS})`;
const AT_WORD_APART = new RegExp(String.raw`\s+${AT_WORD}\s+`, 'iu');
const NOT_ENGLISH_AT_APART = new RegExp(String.raw`\s${AT_WORD_NOT_ENGLISH}\s`, 'iu');
const SYMBOL_AT = String.raw`(?:\s*@@?\s*|\s*${BRACKETED_AT}\s*|\s*-(?:at|ät)-\s*)`;
/** A domain broken over a line ("esimer⏎kki.fi") or typed with a space after its last dot ("example. com"). */
const BROKEN_PART = String.raw`${PART}(?:\n${PART})?`;
const LAST_DOT = String.raw`(?:${DOT}|\.\s(?=(?:fi|com|net|org|eu|info)(?![\p{L}\p{N}-])))`;
const SYMBOL_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])${PART}(?:${DOT}${PART})*${SYMBOL_AT}${BROKEN_PART}(?:${DOT}${PART})*${LAST_DOT}${TLD}(?![\p{L}\p{N}])`,
  'giu',
);
/**
 * "at" or "ät" as a word: "etunimi.sukunimi at esimerkki piste fi", "anne piste mattila at example
 * piste com". English prose has "at" everywhere, so the domain must end in a known top-level domain
 * and the whole must read as an address (`isWrittenAsAddress`).
 */
const WORD_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])${PART}(?:${DOT}${PART})*\s+${AT_WORD}\s+${PART}(?:${DOT}${PART})*${DOT}${TLD}(?![\p{L}\p{N}])`,
  'giu',
);

/** The full patterns are slow to try at every letter; most texts have no `@` or "at" at all. */
const HAS_AT = new RegExp(String.raw`@|${BRACKETED_AT}|-(?:at|ät)-|\s${AT_WORD}\s`, 'iu');

export function detectEmails(text: string): Finding[] {
  if (!HAS_AT.test(text)) return [];
  const findings: Finding[] = [];
  for (const pattern of [EMAIL, SYMBOL_EMAIL, WORD_EMAIL]) {
    for (const m of text.matchAll(pattern)) {
      if (findings.some((f) => f.start < m.index + m[0].length && m.index < f.end)) continue;
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      if (pattern === WORD_EMAIL && !isWrittenAsAddress(m[0], before)) continue;
      findings.push({
        kind: 'email',
        start: m.index,
        end: m.index + m[0].length,
        masked: maskSpan(m[0]),
        severity: 'block',
        confidence: 'high',
      });
    }
  }
  return findings;
}

/** "sähköposti", "s-posti", "meili", "e-mail", "osoite", "yhteystiedot", "e-post", "adress". */
const EMAIL_LABEL =
  /(?<![\p{L}])(?:\p{L}*posti\p{L}*|s-posti\p{L}*|meili\p{L}*|e-?mail\p{L}*|mail|\p{L}*osoit\p{L}*|yhteys\p{L}*|e-?post\p{L}*|mejl\p{L}*|\p{L}*adress\p{L}*|address)\s*:?\s*$/iu;

/**
 * "Read more at kela.fi", "apply at te-palvelut.fi": a web address after the English "at" is not an
 * e-mail. A spelled-out dot, "ät", a local part with a dot, digit or underscore, or an e-mail word
 * just before ("sähköposti liisa at esimerkki.fi") make it one.
 */
function isWrittenAsAddress(span: string, before: string): boolean {
  const [local = '', domain = ''] = span.split(AT_WORD_APART);
  if (/^www$/iu.test(domain.split(/[.\s]/u)[0] ?? '')) return false;
  if (NOT_ENGLISH_AT_APART.test(span) || /[._\d]|\s/u.test(local)) return true;
  return !/^[\p{L}\p{N}.-]+$/u.test(domain) || EMAIL_LABEL.test(before);
}
