import type { Finding } from './finding.js';
import { EVERYDAY_WORDS } from './everyday-words.js';
import { lemmaCandidates } from './finnish-inflection.js';
import { maskSpan } from './mask.js';
import type { AnalyseWord } from './morphology.js';
import { PLACE_NAMES, PLACES_THAT_ARE_NAMES } from './place-names.js';
import { FOREIGN_TOWNS, streetFormOf } from './street-words.js';

/** Cheap pre-check: most texts have no five digits in a row at all. */
const FIVE_DIGITS = /\d{3} ?\d{1,2}/u;
/** Five digits (or a Swedish "123 45"): every candidate code; `isCodeAlone` checks its edges. */
const CODE = /(?:(?:FI|FIN|SE|S|EE|AX|LV|LT|D|DE|DK|N|NO|PL)-)?(?:\d{4,6}|\d{3} \d{2})/gu;
/** A code with its country's letters ("S-413 04", "LV-1001", "LT-01103") is a postal code before any capitalised town. */
const COUNTRY_PREFIX = /^[A-Z]{1,3}-/u;
const CAPITALISED_TOWN_AFTER = /^,? +(\p{Lu}[\p{L}-]+)/u;
const CAPITALISED_TOWN_BEFORE = /(?<![\p{L}])\p{Lu}[\p{L}-]+,? $/u;
const HAS_LABEL = /p(?:ost|\.?\s?nro)|zip/iu;
/** The town after the code, in any case and letter case: "70100 Kuopiossa", "29200 harjavalta". */
const TOWN_AFTER = /^,? +(\p{L}[\p{L}-]+)/u;
/** The town before the code: "Pomarkku 29630", "Iisalmi, 74120", "Kemissä (94600)", "Oulun 90100 alueella". */
const TOWN_BEFORE = /(?<![\p{L}])(\p{L}[\p{L}-]+)(?:, ?| |\s?\(\s?)$/u;
/** A street with a house number just before the code: "Tehtaankatu 9 B 14, 29200 ...". */
const STREET_BEFORE = /(?<![\p{L}])(\p{L}{4,}) [1-9]\d{0,3}[^,\n]{0,16},?\s*$/u;
/** The code named as such: "postinumero 94600", "postinro 00100", "p.nro: 00100"; the town before it is read apart. */
const LABELLED_CODE =
  /(?<![\p{L}])(?:postinumero\p{L}*|postinro|p\.?\s?nro|postnummer|postnr\.?|postal code|postcode|post code|zip(?: code)?)\s*:?\s*(?:on\s+|är\s+|is\s+)?(?:FI-)?\d{5}(?![\p{N}])/giu;
/** The town named just before the label: "Kemissä, postinumero 94600", "Kemi ja postinumero 94600". */
const TOWN_BEFORE_LABEL = /(?<![\p{L}])(\p{Lu}[\p{L}-]+),?\s+(?:ja\s+)?$/u;
/** Five digits that are a count, an amount or a case number, not a place. */
const NOT_A_CODE_BEFORE =
  /(?<![\p{L}])(?:\p{L}*numero\p{L}*|nro|dnro|viite\p{L}*|id|tunnus|velka\p{L}*|velkaa|euro\p{L}*|summa\p{L}*|tulo\p{L}*|palkka\p{L}*|vuokra\p{L}*|maks\p{L}*|€)\s*:?\s*$/iu;
const NOT_A_CODE_AFTER =
  /^\s?(?:€|e(?![\p{L}])|eur|euro|mk|markka|asuk|henk|ihmis|km|kpl|m2|neliö|työ|opiskelij|kertaa|lasta|vuotta|kk)/iu;

/** Towns as written in a hurry after a postal code: "00100 HKI", "33100 Tre". */
const TOWN_ABBREVIATIONS: ReadonlySet<string> = new Set(['hki', 'tre', 'tku', 'jkl', 'lpr']);

/**
 * A postal code next to a town narrows a person down to a few thousand households; it adds to
 * other details rather than identifying anyone by itself, so it warns.
 */
export function detectPostalCodes(text: string, analyse?: AnalyseWord): Finding[] {
  if (!FIVE_DIGITS.test(text)) return foreignCodes(text);
  // "70100kuopio": the town typed on to the code
  const glued = [...text.matchAll(GLUED_CODE)].flatMap((m) =>
    m[1] !== undefined && isTown(m[1]) ? [postalCodeFinding(m[0], m.index)] : [],
  );
  const findings = HAS_LABEL.test(text)
    ? [...text.matchAll(LABELLED_CODE)].map((m) => labelledFinding(text, m))
    : [];
  for (const m of text.matchAll(CODE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isCodeAlone(text, start, end) || findings.some((f) => f.start < end && start < f.end)) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 40);
    if (NOT_A_CODE_BEFORE.test(before) || NOT_A_CODE_AFTER.test(after)) continue;
    const isPrefixed = COUNTRY_PREFIX.test(m[0]);
    // "Rīga, LV-1010": a code with its country's letters after its town
    const townBefore = isPrefixed ? CAPITALISED_TOWN_BEFORE.exec(before) : null;
    if (townBefore && !CAPITALISED_TOWN_AFTER.test(after)) {
      const from = start - townBefore[0].length;
      findings.push(postalCodeFinding(text.slice(from, end), from));
      continue;
    }
    const town = isPrefixed ? CAPITALISED_TOWN_AFTER.exec(after) : TOWN_AFTER.exec(after);
    const isTownAfter = town?.[1] !== undefined && (isPrefixed || isPlace(town[1], analyse));
    const isAfterStreet = followsStreetAddress(before) || (isPrefixed && isTownAfter);
    // four or six digits are a code abroad only, right after its street ("Storgata 5, 0155 Oslo", "185035
    // Petrozavodsk")
    if (/^(?:\d{4}|\d{6})$/u.test(m[0]) && !isAfterStreet) continue;
    // four digits: not a year, and a capitalised town after ("0155 Oslo", not "2019 metalliteollisuudessa")
    if (/^\d{4}$/u.test(m[0]) && (/^(?:19|20)\d{2}$/u.test(m[0]) || !/^,? +\p{Lu}/u.test(after))) continue;
    if (isTownAfter || isAfterStreet) {
      findings.push(postalCodeFinding(text.slice(start, end + (town?.[0].length ?? 0)), start));
    } else if (/^\d{5}$/u.test(m[0]) && isPlace(TOWN_BEFORE.exec(before)?.[1], analyse)) {
      findings.push(postalCodeFinding(m[0], start));
    }
  }
  const foreign = foreignCodes(text).filter((c) => !findings.some((f) => f.start < c.end && c.start < f.end));
  return [...findings, ...glued, ...foreign];
}

/** A British postcode ("EH1 1YZ", "SW1A 1AA") and a Canadian one ("M5V 2T6"): letters and digits no other number has. */
export const BRITISH_OR_CANADIAN_CODE = String.raw`[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[A-Z]\d[A-Z] \d[A-Z]\d`;
/** Those, and a Dutch "1012 AB". */
const FOREIGN_CODE = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:${BRITISH_OR_CANADIAN_CODE}|[1-9]\d{3} [A-Z]{2})(?![-\p{L}\p{N}])`,
  'gu',
);
const FOREIGN_CODE_LABEL =
  /(?<![\p{L}])(?:postcode|post code|postal code|zip(?: code)?|postinumero|postnummer)\s*:?\s*$/iu;
/** The town on either side of it: "EH1 1YZ Edinburgh", "London NW1 6XE", "Toronto, ON M5V 2T6". */
const TOWN_RIGHT_AFTER = /^,? \p{Lu}\p{Ll}+/u;
const TOWN_RIGHT_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}+(?:,? [A-Z]{2})?,? $/u;

/** A postal code abroad in a format of its own, with its town or its label next to it. */
function foreignCodes(text: string): Finding[] {
  if (!/\d[A-Z]|[A-Z]\d|\d [A-Z]{2}/u.test(text)) return [];
  const out: Finding[] = [];
  for (const m of text.matchAll(FOREIGN_CODE)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const isDutch = /^\d/u.test(m[0]);
    const town = TOWN_RIGHT_AFTER.exec(after)?.[0] ?? '';
    const isNamed =
      town !== '' || FOREIGN_CODE_LABEL.test(before) || (!isDutch && TOWN_RIGHT_BEFORE.test(before));
    if (isNamed && !(isDutch && (town === '' || /^(?:19|20)\d{2}/u.test(m[0]))))
      out.push(postalCodeFinding(m[0] + town, m.index));
  }
  return out;
}

const GLUED_CODE = /(?<![\p{L}\p{N}])\d{5}(\p{L}{3,})(?![\p{L}\p{N}])/gu;

/** Not part of a longer number or word: "70100", not "1270100" or "x70100". */
function isCodeAlone(text: string, start: number, end: number): boolean {
  return !/[\p{L}\p{N}-]/u.test(text[start - 1] ?? '') && !/\p{N}/u.test(text[end] ?? '');
}

/** The labelled code, with the town before it when it is one ("Kemissä, postinumero 94600"). */
function labelledFinding(text: string, m: RegExpExecArray): Finding {
  const before = TOWN_BEFORE_LABEL.exec(text.slice(Math.max(0, m.index - 40), m.index));
  const town = before?.[1];
  const start = before && town !== undefined && isTown(town) ? m.index - before[0].length : m.index;
  return postalCodeFinding(text.slice(start, m.index + m[0].length), start);
}

function isPlace(word: string | undefined, analyse: AnalyseWord | undefined): boolean {
  return word !== undefined && (isTown(word) || isMorphologyPlace(word, analyse));
}

/** A Finnish municipality, region or a town over the border, in any case ("Kuopiossa", "Turussa"). */
export function isTown(word: string): boolean {
  const lower = word.toLowerCase();
  if (FOREIGN_TOWNS.has(lower) || TOWN_ABBREVIATIONS.has(lower)) return true;
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
function followsStreetAddress(before: string): boolean {
  const street = STREET_BEFORE.exec(before)?.[1];
  return street !== undefined && streetFormOf(street) !== undefined;
}

/** A postal code with its town: it narrows a person down, so it warns. */
export function postalCodeFinding(span: string, start: number): Finding {
  return {
    kind: 'postal-code',
    start,
    end: start + span.length,
    masked: maskSpan(span),
    severity: 'warn',
    confidence: 'high',
  };
}
