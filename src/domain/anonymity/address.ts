import type { Finding } from './finding.js';
import { detectForeignStreets } from './foreign-address.js';
import { maskSpan } from './mask.js';
import { isTown, postalCodeFinding } from './postal-code.js';
import { bareStreetFormOf, streetFormOf, type StreetForm } from './street-words.js';
import { UNIT_PATTERN } from './units.js';

export { detectPostalCodes } from './postal-code.js';

/**
 * One or two capitalised words, the last in the genitive, just before a street word ("Minna Canthin ", "Kiven "), or
 * an ordinal ("Kolmas linja").
 */
const NAMED_STREET_BEFORE =
  /(?<![\p{L}\p{N}-])(?:(?:\p{Lu}\p{Ll}+ )?\p{Lu}\p{Ll}+n|Ensimmäinen|Toinen|Kolmas|Neljäs|Viides|Kuudes|Seitsemäs|Kahdeksas|Yhdeksäs|Kymmenes) $/u;
/** A market square, not a service named "-tori" ("Työtori"): "Kauppatori", "kalatorilla". */
const MARKET_SQUARE = /^(?:kauppa|kala)tori/iu;
/** The classes of numbered highways, in any case: "valtatie", "kantatiellä", "seututietä", "moottoritie". */
const HIGHWAY = /^(?:valta|kanta|seutu|yhdys|moottori)tie/iu;
/** A space and a digit after a letter: where a street's house number may stand. */
const NUMBER_AFTER_WORD = /[1-9](?<=\p{L} [1-9])/gu;
/** The word before it ("Koulukatu ", "koulukadulla ", "MAJAKKAVÄYLÄ "). */
const WORD_BEFORE = /(?<![\p{L}\p{N}-])\p{L}[\p{L}-]* $/u;
/**
 * Read from right after the street: house number, optional staircase and flat, optional case
 * ending ("5 A 12", "11 c 37:ssä", "7 as. 2", "10-12 B 4", "4b"). House numbers never start with 0
 * ("Nollalinja 080 005 005" is a phone number). A unit after the number makes it a quantity
 * ("Rantatiellä 3 kk"), not a house number.
 */
const NUMBER_PART = new RegExp(
  String.raw`([1-9]\d{0,3}[a-hA-H]?(?:[-–]\d{1,4})?)` +
    String.raw`((?: ?(?:as\.? ?\d{1,4}|asunto ?\d{1,4}|lgh\.? ?\d{1,4}|h\. ?\d{1,4}|[A-Ja-j] ?\d{1,3}|[A-J](?![\p{L}\p{N}])|[a-d](?![\p{L}\p{N}.])))?)` +
    String.raw`(:\p{Ll}{1,4})?(?![\p{L}\p{N}])(?! ?${UNIT_PATTERN})` +
    // "Elämänkaari 2 -kurssi": part of a course's name; "Kivimäki 45-vuotias": an age.
    String.raw`(?! ?[-–]\p{L})`,
  'uy',
);
/**
 * Words that make a street close after them an address (two words may come between: "osoite on",
 * "asuu nyt"): where someone lives, moved, gets post.
 */
const ADDRESS_CUE =
  /(?<![\p{L}])(?:\p{L}*osoit|asu(?:u|i|nut|vat|ivat|neet|va|massa|maan|in|nto|nno)|muutt|koti(?:osoit|käyn|in(?![\p{L}]))|kotona|kirjee|sijaitse|os\.|\p{L}*adress|address|bor|bodde|lives|lived|living|moved|resides)\S*(?:\s+\S+){0,2}\s*$/iu;
/** Addresses named earlier in the sentence, any words between: "aiemmat osoitteet lyhyen ajan sisällä: Kettupolku 7". */
const ADDRESSES_IN_SENTENCE = /(?<![\p{L}])(?:\p{L}*osoit|adress|address)/iu;
/** An address word just after it: "mäntyrinne 8 on uusi osoite". */
const ADDRESS_CUE_AFTER = /^[\s,]*(?:\S+\s+){0,2}\p{L}*osoit/iu;
/** Where an organisation is ("toimipiste", "Kelan toimisto", "ry", "terveysasema"), not a home. */
const ORGANISATION_CUE =
  /(?<![\p{L}])(?:\p{L}*toimisto\p{L}*|\p{L}*toimipist\p{L}*|\p{L}*palvelupist\p{L}*|kirjasto\p{L}*|seurakun\p{L}*|\p{L}*asema\p{L}*|virasto\p{L}*|kela\p{L}*|te-\p{L}*|työkkär\p{L}*|ohjaamo\p{L}*|yhdisty\p{L}*|ry|oy|ab|kahvila\p{L}*|ravintola\p{L}*|myymälä\p{L}*|klinik\p{L}*|\p{L}*keskus|\p{L}*keskuk\p{L}*|kokoontu\p{L}*|office|library|clinic)(?![\p{L}])/iu;
const RESIDENCE_CUE = /(?<![\p{L}])(?:asu|koti|kotona|muutt|kirjoilla|bor|bodde|lives|lived|home)/iu;
const POSTAL_CODE_NEXT = /^,? ?(?:FI-)?\d{5}(?![\p{N}])/u;
/** The town after a comma, in any letter case ("Kauppakatu 5, Kuopio", "Hatanpään valtatie 26, tre"). */
const TOWN_NEXT = /^, ?(\p{L}[\p{L}-]+)/u;
const YEAR = /^(?:19|20)\d{2}$/u;

/**
 * A postal code in the line after a home address, in any country's format: five digits ("28009 Madrid", "Київ,
 * 01001"), Polish "00-514 Warszawa", British "Leeds LS6 4AB", Irish "D06 X2K4", American "Springfield, IL 62704", Danish "2. th., 2200
 * København N", Vietnamese "Hà Nội 100000". Codes after a Finnish street written apart from it are postal-code.ts's.
 */
const POSTCODE_AFTER_STREET =
  /(?<![\p{L}\p{N}-])(?:\d{2}-\d{3}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d{2} (?=[A-Z\d]{0,3}\d)[A-Z\d]{4}|[A-Z]{2} \d{5}(?:-\d{4})?|\d{5}|(?:\d{4}|\d{6})(?= \p{Lu})|(?<=\p{Lu}\p{L}* )\d{6})(?![\p{L}\p{N}])/u;
/** Between a street and its code: a comma, with no ordinary word between: ", 2. th., ", ", Springfield, ", " ". */
const isCodeGap = (gap: string): boolean =>
  (gap === '' || gap === ' ' || gap.includes(',')) &&
  gap.length <= 40 &&
  !/(?<![\p{L}])\p{Ll}{4,}|[!?]/u.test(gap);
/** The town written after the code: "Warszawa", "København N". */
const TOWN_AFTER_CODE = /^ (?:\p{Lu}[\p{L}-]*)(?: \p{Lu}[\p{L}-]*){0,2}/u;

/** The postal code after each home address (an office's, which only warns, is the organisation's). */
function postcodesAfter(text: string, streets: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const street of streets) {
    if (street.severity !== 'block') continue;
    const line = text.slice(street.end, street.end + 70).split('\n')[0] ?? '';
    const m = POSTCODE_AFTER_STREET.exec(line);
    if (!m || YEAR.test(m[0]) || !isCodeGap(line.slice(0, m.index))) continue;
    const start = street.end + m.index;
    const town = TOWN_AFTER_CODE.exec(line.slice(m.index + m[0].length))?.[0] ?? '';
    out.push(postalCodeFinding(m[0] + town, start));
  }
  return out;
}

/**
 * A street with a house number pins a household down: block. The postal code after it, in any country's format, is
 * returned too (warn): only the street tells a code abroad from any other number.
 */
export function detectStreetAddresses(text: string): Finding[] {
  const streets = streetsIn(text);
  return [...streets, ...postcodesAfter(text, streets)];
}

function streetsIn(text: string): Finding[] {
  const findings: Finding[] = [];
  const houses: Finding[] = [];
  for (const d of text.matchAll(NUMBER_AFTER_WORD)) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, d.index - 40), d.index))?.[0] ?? '';
    const word = before.slice(0, -1);
    // "Minna Canthin kadulla 20 A 5", "Aleksis Kiven katu 14": the street word apart, after whom it is named; so is
    // a lower-case street word that is a compound of its own ("Hatanpään valtatie 26")
    const compound = streetFormOf(word);
    const isOwnCompound = compound?.isStrong === true && /^\p{Ll}+$/u.test(word);
    const bare = compound ? (isOwnCompound ? compound : undefined) : bareStreetFormOf(word);
    const namedAfter = bare
      ? NAMED_STREET_BEFORE.exec(
          text.slice(Math.max(0, d.index - before.length - 40), d.index - before.length),
        )?.[0]
      : undefined;
    const form = namedAfter !== undefined ? bare : streetFormOf(word);
    if (!form) {
      const house = namedHouse(text, d.index, word);
      if (house) houses.push(house);
      continue;
    }
    NUMBER_PART.lastIndex = d.index;
    const number = NUMBER_PART.exec(text);
    if (!number) continue;
    const start = d.index - before.length - (namedAfter?.length ?? 0);
    const end = NUMBER_PART.lastIndex;
    const evidence = hasEvidence(text, start, end, number);
    // "valtatie 4:llä", "Kantatie 77": a highway's number, not a house's, unless something says it is an address
    if (namedAfter === undefined && HIGHWAY.test(word) && !evidence) continue;
    // A case ending on the number ("Lokkilinja 9:ssä", "Osaamiskulma 2:een") only backs a street word, or a market
    // square's stall ("Kauppatori 1:n kojussa").
    const isInflected = number[3] !== undefined && (form.isStrong || MARKET_SQUARE.test(word));
    const isNamedStreet = namedAfter !== undefined && evidence;
    if (
      (isNamedStreet || isStreet(word, form, evidence || isInflected)) &&
      (evidence || !YEAR.test(number[1] ?? ''))
    ) {
      const isOffice = (number[2] ?? '') === '' && isOrganisationsPlace(sentenceBefore(text, start));
      findings.push(toFinding(text.slice(start, end), start, isOffice ? 'warn' : 'block'));
    }
  }
  const streets = [
    ...findings,
    ...spelledOutHouses(text),
    ...abbreviatedStreets(text),
    ...gluedStreets(text),
    ...housingCompanyFlats(text),
    ...detectForeignStreets(text),
  ];
  // a street abroad read whole ("Calle Mayor 12") is not also a house of its own
  return [...streets, ...houses.filter((h) => !streets.some((f) => f.start < h.end && h.start < f.end))];
}

/** A name a house or village road can have, in its base form: "Pellonpää", "Kuusela", "Ylä-Rinne" (no case ending). */
const HOUSE_NAME = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u;
const CASE_ENDING = /(?:ss[aä]|st[aä]|ll[aä]|lt[aä]|lle|ksi|n[aä]|t[aä]|n)$/u;
/** An address named before it, at most one word between: "Osoite: ", "osoitteessa ", "kotiosoite on ", "Address ". */
const ADDRESS_WORD_BEFORE =
  /(?<![\p{L}])(?:\p{L}*osoit\p{L}*|\p{L}*adress\p{L}*|address|os\.)[:\s]+(?:\p{Ll}+\s+)?$/iu;
const MONTH_OR_DAY =
  /^(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai|viikko|kohta|liite|luku|pykälä|sivu|luokka|huone|kerros|ryhmä|vaihe|taso|osa)/iu;

/**
 * A house or road named without a street word ("Pellonpää 3 A 1", "Kuusela 12", "Rinne 2 as 5"), as farms and
 * village roads are. The shape alone is a class, a chapter or a name and a number, so it takes an address word
 * before it, a postal code or an address word after it, or a staircase and flat where someone lives ("asuu
 * Mäntylä 4 B 7:ssä").
 */
function namedHouse(text: string, at: number, word: string): Finding | undefined {
  if (!HOUSE_NAME.test(word) || CASE_ENDING.test(word) || MONTH_OR_DAY.test(word)) return undefined;
  NUMBER_PART.lastIndex = at;
  const number = NUMBER_PART.exec(text);
  if (!number) return undefined;
  const end = NUMBER_PART.lastIndex;
  // "Maanantai 3.5.", "Kohta 2.1": a date or a decimal, not a house
  if (/^[.,/]\d/u.test(text.slice(end, end + 2)) || YEAR.test(number[1] ?? '')) return undefined;
  const start = at - word.length - 1;
  const sentence = sentenceBefore(text, start);
  const after = text.slice(end, end + 32);
  const hasFlat = (number[2] ?? '') !== '';
  const isNamedAddress =
    ADDRESS_WORD_BEFORE.test(sentence) ||
    POSTAL_CODE_NEXT.test(after) ||
    ADDRESS_CUE_AFTER.test(after) ||
    (hasFlat && ADDRESS_CUE.test(sentence));
  if (!isNamedAddress) return undefined;
  return toFinding(text.slice(start, end), start, isOrganisationsPlace(sentence) ? 'warn' : 'block');
}

/**
 * A flat named by its housing company, staircase and number: "As Oy Myllypuron Tähti C 23", "As. Oy Koivula B 4". It
 * pins a household down like a street address.
 */
const HOUSING_COMPANY_FLAT =
  /(?<![\p{L}])As\.? ?Oy (?:\p{Lu}[\p{L}-]+ ){1,3}[A-J] ?\d{1,3}(?![\p{L}\p{N}])/gu;

function housingCompanyFlats(text: string): Finding[] {
  if (!/As\.? ?Oy /u.test(text)) return [];
  return [...text.matchAll(HOUSING_COMPANY_FLAT)].map((m) => toFinding(m[0], m.index, 'block'));
}

/**
 * A street written short with its staircase or flat: "Kirkkot. 4 B 9" (tie), "Hämeenk. 12 A 3" (katu), "Koulukj. 2
 * as. 5" (kuja). Without a staircase or flat the short form is too like other abbreviations to say.
 */
const ABBREVIATED_STREET =
  /(?<![\p{L}\p{N}-])\p{Lu}\p{Ll}{2,}(?:t|k|kj|p)\. ?[1-9]\d{0,3}(?: ?[A-Ja-j](?![\p{L}])(?: ?\d{1,3})?| ?as\.? ?\d{1,3})/gu;

function abbreviatedStreets(text: string): Finding[] {
  if (!/\p{Ll}(?:t|k|kj|p)\. ?[1-9]/u.test(text)) return [];
  return [...text.matchAll(ABBREVIATED_STREET)].map((m) => toFinding(m[0], m.index, 'block'));
}

/** "pohjolankatu5b7", "Koivutie12", "koulukatu12as5": a street word with its number typed on, no space between. */
const GLUED_STREET =
  /(?<![\p{L}\p{N}-])\p{L}{3,}(?:katu|tie|kuja|polku|raitti|rinne|kaari|väylä|ranta|piha|puisto|aukio)[1-9]\d{0,3}(?:[a-h]\d{0,3}|as\d{1,3})?(?![\p{L}\p{N}])/giu;

function gluedStreets(text: string): Finding[] {
  if (!/\p{L}[1-9]/u.test(text)) return [];
  return [...text.matchAll(GLUED_STREET)].map((m) => toFinding(m[0], m.index, 'block'));
}

/** A street, then its house and flat in words: "Mäntytiellä, talo 4 B, asunto 12", "Koivukuja talo 6". */
const SPELLED_HOUSE =
  /(?<![\p{L}\p{N}-])(\p{L}[\p{L}-]*),? talo [1-9]\d{0,3}(?: ?[A-Ja-j](?![\p{L}]))?(?:,? (?:asunto|as\.?|huoneisto) ?\d{1,4})?/gu;

function spelledOutHouses(text: string): Finding[] {
  const findings: Finding[] = [];
  if (!text.includes(' talo ')) return findings;
  for (const m of text.matchAll(SPELLED_HOUSE)) {
    // a village's house where someone lives has no street word: "asuu Ylä-Kemi, talo 5"
    const isVillageHome =
      /^\p{Lu}/u.test(m[1] ?? '') &&
      (m[0].includes(', talo') || ADDRESS_CUE.test(sentenceBefore(text, m.index)));
    if (m[1] !== undefined && (streetFormOf(m[1]) !== undefined || isVillageHome))
      findings.push(toFinding(m[0], m.index, 'block'));
  }
  return findings;
}

/**
 * "Työkkärin toimipiste on Kauppakatu 5", "Ryhmä kokoontuu Kirkkokatu 5:n seurakuntasalissa": an
 * organisation's address is no one's home, but the detector cannot be sure, so it warns.
 */
function isOrganisationsPlace(sentence: string): boolean {
  return ORGANISATION_CUE.test(sentence) && !RESIDENCE_CUE.test(sentence);
}

function sentenceBefore(text: string, start: number): string {
  return (
    text
      .slice(Math.max(0, start - 64), start)
      .split(/[.!?\n](?:\s|$)/u)
      .pop() ?? ''
  );
}

/**
 * A capitalised street word ("Koulukatu", "MAJAKKAVÄYLÄ") is a street; one whose head is also an
 * ordinary word ("Urapolku 2"), and any word typed in lower case ("kävelytie 5 kertaa"), only with
 * evidence around it. A lower-case street needs a name of its own before the head ("tie 5" is not).
 */
function isStreet(word: string, form: StreetForm & { headLength: number }, evidence: boolean): boolean {
  const isProper = /^\p{Lu}(?:\p{Ll}|-)+$/u.test(word) || (/^[\p{Lu}-]+$/u.test(word) && word.length >= 5);
  if (isProper) return form.isStrong || evidence;
  return evidence && word.length - form.headLength >= 3;
}

/** A staircase or flat, an address word before, a postal code or town after. */
function hasEvidence(text: string, start: number, end: number, number: RegExpExecArray): boolean {
  const sentence = sentenceBefore(text, start);
  if ((number[2] ?? '') !== '' || ADDRESS_CUE.test(sentence) || ADDRESSES_IN_SENTENCE.test(sentence))
    return true;
  const after = text.slice(end, end + 32);
  const town = TOWN_NEXT.exec(after)?.[1];
  return (
    POSTAL_CODE_NEXT.test(after) || ADDRESS_CUE_AFTER.test(after) || (town !== undefined && isTown(town))
  );
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
