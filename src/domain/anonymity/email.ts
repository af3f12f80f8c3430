import type { Finding } from './finding.js';
import { maskSpan } from './mask.js';

/** What people write for `@` in brackets to dodge spam filters: "(at)", "[a]", "{ät}", "(@)". */
const BRACKETED_AT = String.raw`[[({]\s*(?:at|a|ät|@|miuku|kissanhäntä|ät-merkki|at-merkki)\s*[\])}]`;

/** Local part, `@` or a bracketed stand-in, domain with a top-level part of two or more letters. */
const EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}][\p{L}\p{N}._%+-]*(?:@|\s?${BRACKETED_AT}\s?)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * Written to dodge filters: "etunimi.sukunimi at esimerkki piste fi", "matti [at] esimerkki [dot] fi",
 * "matti ät esimerkki.fi", "matti @ esimerkki . fi". A spelled-out "at"/"piste" needs a known
 * top-level domain at the end, so that running text is not read as an address.
 */
const AT = String.raw`(?:\s*@\s*|\s*${BRACKETED_AT}\s*|\s+(?:at|ät|miukumauku|miuku|kissanhäntä)\s+)`;
const DOT = String.raw`(?:\s*\.\s*|\s*[[({]\s*(?:dot|piste|pt)\s*[\])}]\s*|\s+(?:dot|piste)\s+)`;
const PART = String.raw`[\p{L}\p{N}][\p{L}\p{N}_%+-]*`;
const TLD = String.raw`(?:fi|com|net|org|eu|se|ee|no|dk|de|uk|info|io|me|nu|biz|invalid|test|example)`;
const SPELLED_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])${PART}(?:${DOT}${PART})*${AT}${PART}(?:${DOT}${PART})*${DOT}${TLD}(?![\p{L}\p{N}])`,
  'giu',
);

/** The full patterns are slow to try at every letter; most texts have no `@` or "at" at all. */
const HAS_AT = new RegExp(String.raw`@|${BRACKETED_AT}|\s(?:at|ät|miuku|miukumauku|kissanhäntä)\s`, 'iu');

export function detectEmails(text: string): Finding[] {
  if (!HAS_AT.test(text)) return [];
  const findings: Finding[] = [];
  for (const pattern of [EMAIL, SPELLED_EMAIL]) {
    for (const m of text.matchAll(pattern)) {
      if (findings.some((f) => f.start < m.index + m[0].length && m.index < f.end)) continue;
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
