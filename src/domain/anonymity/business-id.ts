import type { Finding } from './finding.js';
import { maskSpan } from './mask.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;
const BUSINESS_ID = /(?<![\p{L}\p{N}-])\d{7}-\d(?![\p{L}\p{N}])/gu;
/** The EU VAT form of a business ID (FI + 8 digits). */
const VAT_NUMBER = /(?<![\p{L}\p{N}])FI ?\d{8}(?![\p{L}\p{N}])/gu;
/** Named as such, typed loosely: "Y-tunnus: 20774740", "y-tunnus 2077474 - 0". */
const LABELLED =
  /(?<![\p{L}])(?:y-?tunnus|ytunnus|business id|fo-nummer)\s*:?\s*(\d{7}(?: ?- ?)?\d)(?![\p{L}\p{N}])/giu;

/** Y-tunnus check digit: weights 7,9,10,5,8,4,2, mod 11; remainder 0 -> 0, 1 is never issued, else 11 - r. */
export function isBusinessIdValid(id: string): boolean {
  const digits = id.replace(/\D/gu, '');
  if (digits.length !== 8) return false;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  const remainder = sum % 11;
  if (remainder === 1) return false;
  return (remainder === 0 ? 0 : 11 - remainder) === Number(digits[7]);
}

/**
 * Warn, not block: most business IDs are companies, but a sole trader's ID (toiminimi) leads
 * straight to a person in the trade register, so the worker is asked to check.
 */
export function detectBusinessIds(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const pattern of [BUSINESS_ID, VAT_NUMBER, LABELLED]) {
    for (const m of text.matchAll(pattern)) {
      const id = m[1] ?? m[0];
      const start = m.index + m[0].length - id.length;
      if (findings.some((f) => f.start === start)) continue;
      findings.push({
        kind: 'business-id',
        start,
        end: start + id.length,
        masked: maskSpan(id),
        severity: 'warn',
        confidence: isBusinessIdValid(id) ? 'high' : 'low',
      });
    }
  }
  return findings;
}
