import type { Finding } from './finding.js';
import { maskSpan } from './mask.js';
import { STREET_DESTINATION_ENDINGS } from './street-words.js';

/**
 * A street named without a house number as where someone lives or is moving: "asuu nyt
 * Koivukujalla", "muuttaa ensi kuussa Kalliopolulle", "muutti pois Rantatieltä". In a small place
 * a street narrows a household down to a few doors, so the worker is asked to check (warn); with a
 * house number it is an address and blocks (address.ts).
 */
const HOME_VERB =
  'asu(?:u|i|vat|ivat|nut|neet|va|massa|maan|minen|tte)|muut(?:ti|taa|tanut|taneet|tamassa|tamaan|tivat|tavat|taisi|toa|to|on|ossa)|kotiosoite|osoite(?:ttaan|tta|nsa|)|kotikäynti';
/** Street forms of being somewhere and going or moving from there. */
const STREET_FORMS = [
  ...STREET_DESTINATION_ENDINGS,
  'kadulta',
  'tieltä',
  'kujalta',
  'polulta',
  'kaarelta',
  'linjalta',
  'rinteeltä',
  'väylältä',
  'raitilta',
  'kaarteelta',
];
/** The verb, up to three lower-case words ("nyt", "ensi kuussa", "pois"), then a capitalised street. */
const HOME_STREET = new RegExp(
  String.raw`(?<![\p{L}])(?:${HOME_VERB})(?:[ \t]+\p{Ll}+){0,3}[ \t]+(\p{Lu}\p{Ll}+(?:${STREET_FORMS.join('|')}))(?![\p{L}\p{N}])`,
  'giu',
);
const HAS_STREET_FORM = new RegExp(String.raw`(?:${STREET_FORMS.join('|')})(?![\p{L}])`, 'u');

export function detectHomeStreets(text: string): Finding[] {
  if (!HAS_STREET_FORM.test(text)) return [];
  const findings: Finding[] = [];
  for (const m of text.matchAll(HOME_STREET)) {
    const street = m[1] ?? '';
    const start = m.index + m[0].length - street.length;
    findings.push({
      kind: 'street-address',
      start,
      end: start + street.length,
      masked: maskSpan(street),
      severity: 'warn',
      confidence: 'medium',
    });
  }
  return findings;
}
