import type { Finding } from './finding.js';
import { lemmaCandidates } from './finnish-inflection.js';
import { maskSpan } from './mask.js';
import { PLACE_NAMES } from './place-names.js';
import { FOREIGN_TOWNS } from './street-words.js';

/** Cheap pre-check: the full patterns' look-behinds are slow to try at every position. */
const FIVE_DIGITS = /\d{3} ?\d{2}/u;
/** Code before the town, the town in any case: "70100 Kuopio", "70100 Kuopiossa", "123 45 Stockholm". */
const CODE_THEN_TOWN = /(?<![\p{L}\p{N}-])(?:FI-|SE-|EE-)?(?:\d{5}|\d{3} \d{2}) +([A-ZÅÄÖÕÜ][\p{L}-]+)/gu;
/** Town, then the code named as such: "Kemissä, postinumero 94600", "postinumero on 00100". */
const LABELLED_CODE =
  /(?:(?<town>[A-ZÅÄÖ][\p{L}-]+),?\s+(?:ja\s+)?)?(?:postinumero(?:nsa|ltaan)?|postinro|p\.?\s?nro)\s*:?\s*(?:on\s+)?\d{5}(?![\p{N}])/giu;

/**
 * A postal code next to a town narrows a person down to a few thousand households; it adds to
 * other details rather than identifying anyone by itself, so it warns.
 */
export function detectPostalCodes(text: string): Finding[] {
  const findings: Finding[] = [];
  if (!FIVE_DIGITS.test(text)) return findings;
  for (const m of text.matchAll(CODE_THEN_TOWN)) {
    if (isTown(m[1] ?? '')) findings.push(toFinding(m[0], m.index));
  }
  for (const m of text.matchAll(LABELLED_CODE)) {
    const town = m.groups?.['town'];
    const skip = town !== undefined && !isTown(town) ? m[0].indexOf(town) + town.length : 0;
    const span = m[0].slice(skip).replace(/^[,\s]+/u, '');
    findings.push(toFinding(span, m.index + m[0].length - span.length));
  }
  return findings;
}

/** A Finnish municipality, region or a town over the border, in any case ("Kuopiossa", "Turussa"). */
function isTown(word: string): boolean {
  const lower = word.toLowerCase();
  if (FOREIGN_TOWNS.has(lower)) return true;
  return lemmaCandidates(lower).some((c) => PLACE_NAMES.has(c));
}

function toFinding(span: string, start: number): Finding {
  return {
    kind: 'postal-code',
    start,
    end: start + span.length,
    masked: maskSpan(span),
    severity: 'warn',
    confidence: 'high',
  };
}
