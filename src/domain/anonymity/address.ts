import type { Finding } from './finding.js';
import { maskSpan } from './mask.js';
import { ESTONIAN_STREET_TYPES, STREET_DESTINATION_ENDINGS, STREET_ENDINGS } from './street-words.js';
import { UNIT_PATTERN } from './units.js';

export { detectPostalCodes } from './postal-code.js';

/** House number, optional staircase letter and flat ("5 A 12", "11 c 37:ssä", "7 as. 2", "10-12 B 4"). */
const NUMBER_PART =
  String.raw` (\d{1,4}[a-h]?(?:[-–]\d{1,4})?)` +
  String.raw`(?: ?(?:as\. ?\d{1,3}|lgh\.? ?\d{1,4}|[A-Ja-j] ?\d{1,3}|[A-J](?![\p{L}\p{N}]))(?::\p{Ll}{1,4})?)?` +
  // A unit after the number makes it a quantity ("Rantatiellä 3 kk"), not a house number.
  String.raw`(?![\p{L}\p{N}])(?! ?${UNIT_PATTERN})`;

const STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])[A-ZÅÄÖ][\p{Ll}-]*(?:${STREET_ENDINGS.join('|')})${NUMBER_PART}`,
  'gu',
);
/** Typed fast in lower case: "koulukatu 11 c 37:ssä". The name needs a head of its own ("tie 5" is not one). */
const LOWER_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])\p{Ll}{3,}(?:${STREET_ENDINGS.join('|')})${NUMBER_PART}`,
  'gu',
);
const ESTONIAN_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])[A-ZÅÄÖÕÜ][\p{L}-]+ (?:${ESTONIAN_STREET_TYPES.join('|')})\.? \d{1,4}[a-h]?(?:[-–/]\d{1,4})?(?![\p{L}\p{N}])`,
  'gu',
);
const ADDRESS_CUE =
  /(?:asuu|asui|asunut|asuvat|osoite|osoitteessa|osoitteeseen|osoitteesta|muutti|muuttaa|muuttanut|os\.|asunto)[^.!?\n]*$/iu;

/** A street without a number as where someone moved: a household in a small place. */
const STREET_DESTINATION = new RegExp(
  String.raw`(?<![\p{L}])(?:muutti|muuttaa|muuttanut|muuttamassa|muuttaneet|muuttivat|muuttavat|muuttaisi|muuttoa)\s+(?:nyt\s+|nykyään\s+|takaisin\s+)?(\p{L}[\p{Ll}-]*(?:${STREET_DESTINATION_ENDINGS.join('|')}))(?![\p{L}])`,
  'giu',
);

/** A street with a house number pins a household down: block. A street alone as a destination warns. */
export function detectStreetAddresses(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const pattern of [STREET, ESTONIAN_STREET]) {
    for (const m of text.matchAll(pattern)) findings.push(toFinding(m[0], m.index, 'block'));
  }
  for (const m of text.matchAll(LOWER_STREET)) {
    // lower case "urapolku 2" is as often a plain word: a flat or an address word before it decides
    const hasFlat = /\d\D+\d/u.test(m[0]);
    if (hasFlat || ADDRESS_CUE.test(text.slice(Math.max(0, m.index - 30), m.index)))
      findings.push(toFinding(m[0], m.index, 'block'));
  }
  for (const m of text.matchAll(STREET_DESTINATION)) {
    const street = m[1] ?? '';
    const start = m.index + m[0].lastIndexOf(street);
    if (!findings.some((f) => f.start === start)) findings.push(toFinding(street, start, 'warn'));
  }
  return findings;
}

function toFinding(span: string, start: number, severity: 'block' | 'warn'): Finding {
  return {
    kind: 'street-address',
    start,
    end: start + span.length,
    masked: maskSpan(span),
    severity,
    confidence: severity === 'block' ? 'high' : 'medium',
  };
}
