import type { Finding } from './finding.js';
import { EVERYDAY_WORDS } from './everyday-words.js';
import { lemmaCandidates } from './finnish-inflection.js';
import { maskSpan } from './mask.js';
import type { AnalyseWord } from './morphology.js';
import { PLACE_NAMES, PLACES_THAT_ARE_NAMES } from './place-names.js';
import { FOREIGN_TOWNS } from './street-words.js';

/** Cheap pre-check: the full patterns' look-behinds are slow to try at every position. */
const FIVE_DIGITS = /\d{3} ?\d{2}/u;
/**
 * Code before the town, the town in any case and letter case: "70100 Kuopio", "70100 Kuopiossa",
 * "29200 harjavalta", "123 45 Stockholm".
 */
const CODE_THEN_TOWN = /(?<![\p{L}\p{N}-])(?:FI-|SE-|EE-)?(?:\d{5}|\d{3} \d{2}),? +(\p{L}[\p{L}-]+)/gu;
/** Right after a street address ("Tehtaankatu 9 B 14, 29200 ..."), five digits are the postal code whatever follows. */
const STREET_BEFORE =
  /\p{L}{3,}(?:katu|kadun|tie|tien|kuja|polku|kaari|linja|rinne|ranta|väylä|raitti|kaarre|gatan|vägen|tori|aukio) \d{1,4}[^,\n]{0,16},\s*$/iu;
/** Town, then the code named as such: "Kemissä, postinumero 94600", "postinumero on 00100". */
const LABELLED_CODE =
  /(?:(?<town>[A-ZÅÄÖ][\p{L}-]+),?\s+(?:ja\s+)?)?(?:postinumero(?:nsa|ltaan)?|postinro|p\.?\s?nro)\s*:?\s*(?:on\s+)?\d{5}(?![\p{N}])/giu;

/**
 * A postal code next to a town narrows a person down to a few thousand households; it adds to
 * other details rather than identifying anyone by itself, so it warns.
 */
export function detectPostalCodes(text: string, analyse?: AnalyseWord): Finding[] {
  const findings: Finding[] = [];
  if (!FIVE_DIGITS.test(text)) return findings;
  for (const m of text.matchAll(CODE_THEN_TOWN)) {
    const town = m[1] ?? '';
    if (isTown(town) || isMorphologyPlace(town, analyse) || followsStreetAddress(text, m.index))
      findings.push(toFinding(m[0], m.index));
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
  // lower case "29200 harjavalta", but not "10000 koskea": a town that is also a word needs its capital
  const isLower = lower === word;
  return lemmaCandidates(lower).some(
    (c) => (PLACE_NAMES.has(c) || PLACES_THAT_ARE_NAMES.has(c)) && !(isLower && EVERYDAY_WORDS.has(c)),
  );
}

/** A place name by morphology (a district or a foreign town the lists lack); capitalised only. */
function isMorphologyPlace(word: string, analyse: AnalyseWord | undefined): boolean {
  if (!analyse || !/^\p{Lu}/u.test(word)) return false;
  return analyse(word).some((r) => r.wordClass === 'paikannimi');
}

/** "tehtaankatu 9 b 14, 29200 ...": a street with a number just before the code, in the same line. */
function followsStreetAddress(text: string, at: number): boolean {
  return STREET_BEFORE.test(text.slice(Math.max(0, at - 48), at));
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
