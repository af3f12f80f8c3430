import type { Finding } from './finding.js';
import { maskSpan } from './mask.js';

/**
 * Local part, `@` (or the "(at)"/"[at]" spelling people use to dodge spam filters), domain with
 * a top-level part of two or more letters.
 */
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}][\p{L}\p{N}._%+-]*(?:@|\s?[([]at[)\]]\s?)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/giu;

/** The full pattern is slow to try at every letter; most texts have no `@` or "(at)" at all. */
const HAS_AT = /@|[([]at[)\]]/iu;

export function detectEmails(text: string): Finding[] {
  if (!HAS_AT.test(text)) return [];
  return [...text.matchAll(EMAIL)].map((m) => ({
    kind: 'email' as const,
    start: m.index,
    end: m.index + m[0].length,
    masked: maskSpan(m[0]),
    severity: 'block' as const,
    confidence: 'high' as const,
  }));
}
