import type { Finding } from './finding.js';
import { maskSpan } from './mask.js';
import { streetFormOf } from './street-words.js';

/**
 * A street named without a house number as where someone lives or is moving: "asuu nyt
 * Koivukujalla", "muuttaa ensi kuussa Kalliopolulle", "muutti pois Rantatieltä", "muutto
 * kalliokujalle", "Uusi osoite: Kuusikuja", "haettu vaihtoa Kirkkotielle", "majoittunut tuttavien luona, viimeksi
 * Vuorikadulla", spoken "on asunu jo puol vuotta Mukkulankadulla". In a small place a street narrows a household down to a
 * few doors, so the worker is asked to check (warn); with a house number it is an address and
 * blocks (address.ts).
 */
const HOME_WORD =
  /(?<![\p{L}])(?:asu(?:u|i|vat|ivat|nut|nu|neet|va|vansa|vänsä|massa|maan|minen|tte)|muut(?:ti|taa|tanut|tanu|taneet|tamassa|tamaan|tivat|tavat|taisi|toa|to|on|ossa)|majoittu(?:u|i|nut|neet|vat|ivat)|yöpy(?:y|i|nyt|neet|vät|ivät)|nukku(?:u|i|nut|neet|vat|ivat)|luona|kotikäynti|kirjoilla|asun(?:to|non|tonsa|nossa)|(?:asunnon)?vaihto(?:a|on)?|sijaitsee|(?<address>(?:koti|asuin|posti)?osoit(?:e|teeksi|teessa|teeseen|teena|teensa|teekseen)))(?![\p{L}])/giu;
/**
 * Up to four words after it, in the same clause ("ensi kuussa", "äitinsä luo Vanhalle"), or past one comma to where
 * last or now ("majoittunut tuttaviensa luona, viimeksi Vuorikadulla"), or to a street right after the comma
 * ("muuttanut Tampereen Petsamoon, Ilmarinkadulle").
 */
const CLAUSE_AFTER =
  /^:?[^.,;!?\n]{0,64}(?:, (?:viimeksi|nyt|nykyään|sitten|ennen|aiemmin) [^.,;!?\n]{0,40}|, (?=\p{Lu}\p{Ll}+(?:ll|lt)[aä]?[ ,.]|\p{Lu}\p{Ll}+lle[ ,.])[^.,;!?\n]{0,40})?/u;
/** Heads that name a street, not a hill or a shore someone lives by ("asuu merenrannalla"). */
// prettier-ignore
const HOME_HEADS = new Set([
  'katu', 'tie', 'kuja', 'polku', 'kaari', 'linja', 'rinne', 'väylä', 'raitti', 'kaarre', 'ahde',
  'kujanne', 'tanhua', 'puistikko', 'esplanadi', 'bulevardi', 'piha', 'portti', 'kulma', 'kierto',
]);
/** Typed in lower case, only heads that are never ordinary words ("asuu takapihalla" is not a street). */
// prettier-ignore
const LOWER_CASE_HEADS = new Set(['katu', 'tie', 'kuja', 'polku', 'kaari', 'linja', 'raitti', 'väylä', 'kujanne', 'ahde', 'kaarre']);

export function detectHomeStreets(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(HOME_WORD)) {
    const from = m.index + m[0].length;
    const clause = CLAUSE_AFTER.exec(text.slice(from, from + 72))?.[0] ?? '';
    for (const w of [...clause.matchAll(/\p{L}[\p{L}-]*/gu)].slice(0, 4)) {
      if (!isHomeStreet(w[0], m.groups?.['address'] !== undefined)) continue;
      // two home words before one street ("asunnon vaihtoa Myllytielle") find it once
      if (!findings.some((f) => f.start === from + w.index)) findings.push(toFinding(w[0], from + w.index));
      break;
    }
  }
  return findings;
}

function isHomeStreet(word: string, isAddressWord: boolean): boolean {
  const form = streetFormOf(word);
  if (!form || !(form.isOnStreet || (isAddressWord && form.isNominative))) return false;
  if (/^\p{Lu}\p{Ll}/u.test(word)) return HOME_HEADS.has(form.head);
  return /^\p{Ll}+$/u.test(word) && LOWER_CASE_HEADS.has(form.head) && word.length - form.headLength >= 3;
}

function toFinding(street: string, start: number): Finding {
  return {
    kind: 'street-address',
    start,
    end: start + street.length,
    masked: maskSpan(street),
    severity: 'warn',
    confidence: 'medium',
  };
}
