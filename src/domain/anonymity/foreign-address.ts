import type { Finding } from './finding.js';
import { maskSpan } from './mask.js';
import {
  ENGLISH_STREET_TYPES,
  STREET_TYPES_AFTER,
  STREET_TYPES_BEFORE,
  streetFormOf,
} from './street-words.js';

/**
 * Addresses abroad, where the street word stands apart from the name: clients who came from or
 * still live part of the year in Estonia, Latvia, Poland, Ukraine or further away. Every one has
 * a house number after a space, so the search starts from those and reads the words around them.
 */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*`;
/** Little words inside a street's name: "Calle de Alcalá", "Avenida del Mar", "Rua dos Anjos". */
const PARTICLE = String.raw`(?:de los|de las|de la|de|del|la|los|las|di|da|do|dos|das|al|el)`;
/** House number and a flat: "14, kv. 9" (Ukrainian, Russian), "17-4", "5 m. 3" (Lithuanian), "12 apt 4". */
const HOUSE = String.raw`[1-9]\d{0,3}[a-zA-Z]?(?:[-–/]\d{1,4})?(?:,? ?(?:kv|apt|app|m|lgh|as|flat|dz|кв)\.? ?\d{1,4})?(?![\p{L}\p{N}])`;
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
  String.raw`(?<![\p{L}\p{N}])(?:${bothCases(STREET_TYPES_BEFORE)}) ?(?:${PARTICLE} )?${NAME}(?: (?:${PARTICLE} )?${NAME}){0,2},? $`,
  'u',
);
/**
 * Where streets and houses are numbered rather than named, two or more numbered parts: "Street 52, House 17",
 * "Mahalla 915, Zuqaq 12, Dar 7", "Block 4, Flat 12"; a Vietnamese house number before its street: "Số 12 Phố Huế",
 * "45 Đường Lê Lợi".
 */
const NUMBERED_PART = String.raw`(?:street|st\.|road|rd\.|lane|alley|house|home|block|building|bldg\.?|flat|apartment|apt\.?|sector|plot|mahall?ah?|zuqaq|zukak|hay|dar|kv\.?|dom)`;
const NUMBERED_PARTS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${NUMBERED_PART} [1-9]\d{0,3}[a-z]?(?:,? ${NUMBERED_PART} [1-9]\d{0,3}[a-z]?)+(?![\p{L}\p{N}])`,
  'giu',
);
/**
 * More shapes from abroad: "12 rue des Lilas" (number first, French street words), "ул. Ленина, д. 5, кв. 12"
 * (Russian, the house as "д."), "Atatürk Cad. No: 15 D: 4" (Turkish, "No:" before the number).
 */
const FRENCH_STREET =
  /(?<![\p{L}\p{N}])[1-9]\d{0,3}(?: ?(?:bis|ter))?,? (?:[Rr]ue|[Aa]venue|[Bb]oulevard|bd|[Pp]lace|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Qq]uai) (?:(?:de|des|du|de la|d')\s?)?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?/gu;
const RUSSIAN_HOUSE =
  /(?<![\p{L}\p{N}])(?:ул|пр|пер|бул|ulitsa|ul)\.? ?\p{Lu}[\p{L}-]*,? (?:д|dom)\.? ?[1-9]\d{0,3}(?:,? (?:кв|kv)\.? ?\d{1,4})?/gu;
/**
 * Somali: a road and a house ("Waddada Maka Al-Mukarama, guriga 114", "26 June District, Jigjiga Yar, guri 45"); a
 * Finnish town in a local case before it ("Mogadishussa, …") is where, not part of the address.
 */
const SOMALI_HOUSE =
  /(?<![\p{L}\p{N}])(?:(?!\p{Lu}\p{Ll}+(?:ss[aä]|st[aä]|ll[aä]),)(?:\p{Lu}|\d)[\p{L}\p{N}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}, ){1,2}guri(?:ga)? [1-9]\d{0,3}(?![\p{L}\p{N}])/gu;
/** A German street word shortened and glued on: "Lindenstr. 7a", "Hauptstr. 12". */
const GERMAN_SHORT_STREET = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+str\. ?[1-9]\d{0,3}[a-z]?(?![\p{L}\p{N}])/gu;
const TURKISH_STREET =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]* (?:Cad(?:desi)?|Sok(?:ak|ağı)?|Sk|Bulv(?:arı)?|Mah(?:allesi)?)\.? No ?: ?[1-9]\d{0,3}(?:[ /]?(?:D|Daire) ?: ?\d{1,3})?/gu;
const VIETNAMESE_STREET =
  /(?<![\p{L}\p{N}])(?:[Ss]ố )?[1-9]\d{0,3}[A-Za-z]?(?:\/\d{1,4})?,? (?:[Pp]hố|[Đđ]ường|[Nn]gõ|[Hh]ẻm) \p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,2}/gu;
const ROAD_WORD = /(?:road|street|avenue|lane)(?![\p{L}])/iu;
/** A named road and a numbered house on it: "Ngong Road, house 14", "Jamhuriya Street, plot 7". */
const ROAD_AND_HOUSE =
  /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:[Rr]oad|[Ss]treet|[Aa]venue|[Ll]ane),\s*(?:[Hh]ouse|[Pp]lot|[Ff]lat|[Aa]pt\.?|[Bb]lock)\s*[1-9]\d{0,3}[A-Za-z]?(?![\p{L}\p{N}])/gu;
/**
 * A road named without a number where someone lives: "asuu Mogadishussa, Maka al Mukarama road", "osoite Hodan
 * District, KM4 Road". Worth a question (warn).
 */
const ROAD_WHERE_LIVING =
  /(?<=(?:asu|osoit|address|lives|living)[^.!?\n]{0,60})(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{N}'’-]*\s+)(?:(?:al|el|de|la)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:[Rr]oad|[Ss]treet|[Aa]venue)(?![\p{L}])/giu;
/**
 * A post-office box: "P.O. Box 4512-00100", "PL 45, 96101 Rovaniemi" (before a postal code only). A Finnish box has
 * at most four digits: in "postilokero 30101 Forssa" the five are the postal code.
 */
const POST_BOX =
  /(?<![\p{L}\p{N}])(?:(?:P\.? ?O\.? ?Box|PO Box) ?\d{1,6}(?:-\d{3,6})?|[Pp]ostilokero ?\d{1,4})(?![\p{N}])|(?<![\p{L}\p{N}])PL \d{1,5}(?=,? ?\d{5}(?![\p{N}]))/gu;
/**
 * "Riia 45-8, 51010 Tartu", "Calle Mayor 12, 28013 Madrid": a capitalised name and a house number, then a comma, a
 * postal code in a common format and a town, is a street however it is named (the code itself is found after it).
 */
const NAMED_HOUSE_BEFORE_CODE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? ${HOUSE}(?=, ?(?:\d{5}|\d{3} \d{2}|\d{2}-\d{3}|[A-Z]{1,2}-\d{3,5}(?: \d{2})?|(?!(?:19|20)\d{2})\d{4}(?: [A-Z]{2})?) \p{Lu}\p{Ll})`,
  'gu',
);
/** A house number, a comma and a number: the only texts the pattern above is tried on. */
const NUMBER_COMMA_NUMBER = /\d, ?\d/u;
/** From the number on: "12 Baker Street", "221B Baker Street". */
const NUMBER_FIRST = new RegExp(
  String.raw`[1-9]\d{0,3}[A-Za-z]?(?:/\d{1,3})?,? (?:${NAME} ){1,3}(?:${ENGLISH_STREET_TYPES.join('|')})(?![\p{L}])`,
  'uy',
);
/** A British flat before the house number: "Flat 3, 27 Elm Grove", "Apt 4B, 12 Baker Street". */
const FLAT_BEFORE = /(?<![\p{L}])(?:Flat|Apt\.?|Apartment|Unit) \d{1,4}[A-Za-z]?, $/u;
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
    if (english) {
      // "Flat 3, 27 Elm Grove": the flat written first is part of it
      const flat = FLAT_BEFORE.exec(text.slice(Math.max(0, d.index - 24), d.index))?.[0] ?? '';
      findings.push(toFinding(text, d.index - flat.length, d.index + english[0].length));
    }
  }
  for (const m of [
    ...text.matchAll(NUMBERED_PARTS),
    ...text.matchAll(VIETNAMESE_STREET),
    ...text.matchAll(FRENCH_STREET),
    ...text.matchAll(RUSSIAN_HOUSE),
    ...text.matchAll(TURKISH_STREET),
    ...(text.includes('str.') ? text.matchAll(GERMAN_SHORT_STREET) : []),
    ...(text.includes('guri') ? text.matchAll(SOMALI_HOUSE) : []),
  ])
    findings.push(toFinding(text, m.index, m.index + m[0].length));
  if (NUMBER_COMMA_NUMBER.test(text))
    for (const m of text.matchAll(NAMED_HOUSE_BEFORE_CODE)) {
      // a Finnish street's name is the Finnish detector's, which knows an office's address from a home's
      const words = m[0].split(' ');
      const end = m.index + m[0].length;
      if (words.some((w) => streetFormOf(w.toLowerCase()) !== undefined)) continue;
      // one of the patterns above has it already ("Via Roma 15, 00184 Roma")
      if (findings.some((f) => f.start < end && m.index < f.end)) continue;
      findings.push(toFinding(text, m.index, end));
    }
  // a box is where post goes, not a home: the worker is asked
  for (const m of text.matchAll(POST_BOX))
    findings.push(toFinding(text, m.index, m.index + m[0].length, 'warn'));
  // most texts name no road in English: the patterns below are slow, so look for the word first
  if (!ROAD_WORD.test(text)) return findings;
  for (const m of text.matchAll(ROAD_AND_HOUSE))
    findings.push(toFinding(text, m.index, m.index + m[0].length));
  for (const m of text.matchAll(ROAD_WHERE_LIVING)) {
    const end = m.index + m[0].length;
    // "12 Baker Street" is found with its number already
    if (!findings.some((f) => f.start < end && m.index < f.end))
      findings.push(toFinding(text, m.index, end, 'warn'));
  }
  return findings;
}

function toFinding(text: string, start: number, end: number, severity: 'block' | 'warn' = 'block'): Finding {
  return {
    kind: 'street-address',
    start,
    end,
    masked: maskSpan(text.slice(start, end)),
    severity,
    confidence: severity === 'block' ? 'high' : 'medium',
  };
}
