import type { Finding } from './finding.js';
import { maskSpan } from './mask.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;
const BUSINESS_ID = /(?<![\p{L}\p{N}-])\d{7}-\d(?![\p{L}\p{N}])/gu;
/** The EU VAT form of a business ID (FI + 8 digits). */
const VAT_NUMBER = /(?<![\p{L}\p{N}])FI\d{8}(?![\p{L}\p{N}])/gu;

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
  for (const pattern of [BUSINESS_ID, VAT_NUMBER]) {
    for (const m of text.matchAll(pattern)) {
      const confidence = isBusinessIdValid(m[0]) ? 'high' : 'low';
      findings.push({
        kind: 'business-id',
        start: m.index,
        end: m.index + m[0].length,
        masked: maskSpan(m[0]),
        severity: 'warn',
        confidence,
      });
    }
  }
  return findings;
}
