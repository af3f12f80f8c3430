import type { Finding } from './finding.js';
import { maskSpan } from './mask.js';
import { isMunicipality } from './place-names.js';
import { UNIT_PATTERN } from './units.js';

/** Street-name endings with the case forms that appear in running text ("Puistokadulla 5"). */
// prettier-ignore
const STREET_ENDINGS = [
  'katu', 'kadun', 'kadulla', 'kadulle', 'kadulta', 'katua', 'katuun',
  'tie', 'tien', 'tiellä', 'tielle', 'tieltä', 'tietä', 'tiehen',
  'kuja', 'kujan', 'kujalla', 'kujalle', 'kujalta', 'kujaa', 'kujaan',
  'polku', 'polun', 'polulla', 'polulle', 'polulta', 'polkua', 'polkuun',
  'kaari', 'kaaren', 'kaarella', 'kaarelle', 'kaarelta', 'kaarta', 'kaareen',
  'linja', 'linjan', 'linjalla', 'linjalle', 'linjalta', 'linjaa', 'linjaan',
  'rinne', 'rinteen', 'rinteellä', 'rinteelle', 'rinteeltä', 'rinnettä', 'rinteeseen',
  'ranta', 'rannan', 'rannalla', 'rannalle', 'rannalta', 'rantaa', 'rantaan',
  'väylä', 'väylän', 'väylällä', 'väylälle', 'väylältä', 'väylää', 'väylään',
  'raitti', 'raitin', 'raitilla', 'kaarre', 'kaarteen', 'kaarteella',
  'gatan', 'gata', 'vägen', 'väg', 'gränd', 'stigen',
];

const STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])[A-ZÅÄÖ][\p{Ll}-]*(?:${STREET_ENDINGS.join('|')})` +
    String.raw` (\d{1,4}[a-h]?(?:[-–]\d{1,4})?)` +
    String.raw`(?: ?(?:as\. ?\d{1,3}|[A-J] ?\d{1,3}|[A-J](?![\p{L}\p{N}])))?` +
    // A unit after the number makes it a quantity ("Rantatiellä 3 kk"), not a house number.
    String.raw`(?![\p{L}\p{N}])(?! ?${UNIT_PATTERN})`,
  'gu',
);

/** Cheap pre-check: the full pattern's look-behind is slow to try at every position. */
const FIVE_DIGITS = /\d{5}/u;
const POSTAL_CODE = /(?<![\p{L}\p{N}-])(?:FI-)?\d{5} +([A-ZÅÄÖ][\p{L}-]+)/gu;

/** A street with a house number pins a household down: block. */
export function detectStreetAddresses(text: string): Finding[] {
  return [...text.matchAll(STREET)].map((m) => ({
    kind: 'street-address' as const,
    start: m.index,
    end: m.index + m[0].length,
    masked: maskSpan(m[0]),
    severity: 'block' as const,
    confidence: 'high' as const,
  }));
}

/**
 * A postal code next to a town narrows a person down to a few thousand households; it adds to
 * other details rather than identifying anyone by itself, so it warns.
 */
export function detectPostalCodes(text: string): Finding[] {
  const findings: Finding[] = [];
  if (!FIVE_DIGITS.test(text)) return findings;
  for (const m of text.matchAll(POSTAL_CODE)) {
    if (!isMunicipality(m[1] ?? '')) continue;
    findings.push({
      kind: 'postal-code',
      start: m.index,
      end: m.index + m[0].length,
      masked: maskSpan(m[0]),
      severity: 'warn',
      confidence: 'high',
    });
  }
  return findings;
}
