import type { Finding } from './finding.js';
import { maskSpan } from './mask.js';

/**
 * Finnish IBAN: FI, two check digits, 14 digits, printed in groups of four, not at all, or typed
 * by hand with spaces or dashes anywhere ("FI 21 1234 5600 0007 85", "FI21-1234-5600-0007-85").
 */
const FINNISH = /(?<![\p{L}\p{N}])FI[ .]?\d(?:(?:[ .-]|[ \t]*\n[ \t]*)?\d){15}(?![\p{L}\p{N}])/giu;
/** Any other country's IBAN; too loose a shape on its own, so it must also pass mod 97. */
const FOREIGN =
  /(?<![\p{L}\p{N}])(?!FI)[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/gu;

export function detectIbans(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(FINNISH)) {
    // A Finnish account number with a wrong check still points at a person's account (a typo).
    findings.push(toFinding(m[0], m.index, isIbanChecksumValid(m[0]) ? 'high' : 'medium'));
  }
  for (const m of text.matchAll(FOREIGN)) {
    if (isIbanChecksumValid(m[0])) findings.push(toFinding(m[0], m.index, 'high'));
  }
  return findings;
}

/** ISO 13616: move the first four characters to the end, letters to numbers, mod 97 must be 1. */
export function isIbanChecksumValid(iban: string): boolean {
  const compact = iban.replace(/[\s.-]/gu, '').toUpperCase();
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** Keeps the country code ("FI** **** ...") so the worker can spot the account number. */
function toFinding(span: string, start: number, confidence: 'high' | 'medium'): Finding {
  const masked = span.slice(0, 2) + maskSpan(span.slice(2));
  return { kind: 'iban', start, end: start + span.length, masked, severity: 'block', confidence };
}
