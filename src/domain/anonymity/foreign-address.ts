import type { Finding } from './finding.js';
import { maskSpan } from './mask.js';
import { ENGLISH_STREET_TYPES, STREET_TYPES_AFTER, STREET_TYPES_BEFORE } from './street-words.js';

/**
 * Addresses abroad, where the street word stands apart from the name: clients who came from or
 * still live part of the year in Estonia, Latvia, Poland, Ukraine or further away. Every one has
 * a house number after a space, so the search starts from those and reads the words around them.
 */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*`;
/** House number and a flat: "14, kv. 9" (Ukrainian, Russian), "17-4", "5 m. 3" (Lithuanian), "12 apt 4". */
const HOUSE = String.raw`[1-9]\d{0,3}[a-zA-Z]?(?:[-–/]\d{1,4})?(?:,? ?(?:kv|apt|app|m|lgh|as|flat|кв)\.? ?\d{1,4})?(?![\p{L}\p{N}])`;
const HOUSE_AT = new RegExp(HOUSE, 'uy');

/** Either letter case for the first letter: "ul." and "Ul.", "via" and "Via". */
const bothCases = (types: readonly string[]) =>
  types.flatMap((t) => [t, (t[0] ?? '').toUpperCase() + t.slice(1)]).join('|');

/** Before the number: "Tartu mnt ", "Brīvības iela ", "Gedimino pr. ", "Baker Street ". */
const TYPE_AFTER_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?!(?:Älä|Ei|En|Et) )${NAME}(?: ${NAME})? (?:${STREET_TYPES_AFTER.join('|')})\.? $`,
  'u',
);
/** Before the number: "ul. Długa ", "vul. Sadova ", "Via Roma ", "Calle Mayor ", "ул. Ленина ". */
const TYPE_BEFORE_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${bothCases(STREET_TYPES_BEFORE)}) ?${NAME}(?: ${NAME}){0,2},? $`,
  'u',
);
/** From the number on: "12 Baker Street", "221B Baker Street". */
const NUMBER_FIRST = new RegExp(
  String.raw`[1-9]\d{0,3}[A-Za-z]?,? (?:${NAME} ){1,3}(?:${ENGLISH_STREET_TYPES.join('|')})(?![\p{L}])`,
  'uy',
);
/** A house number after a word, or one starting "12 Baker Street" (digit first: cheap to scan for). */
const NUMBER_AFTER_SPACE =
  /[1-9](?<=[\p{L}.,] [1-9])|[1-9](?<![\p{L}\p{N}][1-9])(?=\d{0,3}[A-Za-z]?,? \p{Lu})/gu;
/** Quick looks at the word just before the number, before the full patterns are tried. */
const ENDS_IN_TYPE = new RegExp(String.raw`(?:${STREET_TYPES_AFTER.join('|')})\.? $`, 'u');
const ENDS_IN_NAME = /\p{Lu}[\p{L}'’.-]*,? $/u;

export function detectForeignStreets(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const d of text.matchAll(NUMBER_AFTER_SPACE)) {
    const before = text.slice(Math.max(0, d.index - 48), d.index);
    const name =
      (ENDS_IN_TYPE.test(before) ? TYPE_AFTER_NAME.exec(before) : null) ??
      (ENDS_IN_NAME.test(before) ? TYPE_BEFORE_NAME.exec(before) : null);
    HOUSE_AT.lastIndex = d.index;
    const house = name ? HOUSE_AT.exec(text) : null;
    if (name && house) findings.push(toFinding(text, d.index - name[0].length, d.index + house[0].length));
    NUMBER_FIRST.lastIndex = d.index;
    const english = NUMBER_FIRST.exec(text);
    if (english) findings.push(toFinding(text, d.index, d.index + english[0].length));
  }
  return findings;
}

function toFinding(text: string, start: number, end: number): Finding {
  return {
    kind: 'street-address',
    start,
    end,
    masked: maskSpan(text.slice(start, end)),
    severity: 'block',
    confidence: 'high',
  };
}
