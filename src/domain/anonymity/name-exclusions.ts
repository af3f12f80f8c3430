/**
 * Where a name-like word is not a person: part of an organisation's name ("Kahvila Sulon",
 * "Kalevan Nuorten Liitto"), a place listed beside another place ("Kaarina ja Lieto"), a group
 * named in the plural ("Martat"), a word in an English sentence ("Will the team…"), spoken Finnish ("mun"),
 * an adjective ("reitti on mäkinen"); things named like people are in name-things.ts.
 */
import { isEnglishWord } from './english-words.js';
import { lemmaCandidates } from './finnish-inflection.js';
import { isSwedishFunctionWord, isSwedishWordHere } from './name-swedish.js';
import { BRITISH_OR_CANADIAN_CODE } from './postal-code.js';
import { streetFormOf } from './street-words.js';
import {
  ENGLISH_CALENDAR,
  ENGLISH_FUNCTION_WORDS,
  ENGLISH_OPENERS,
  ENGLISH_PLACES_AND_NATIONALITIES,
  ENGLISH_WORDS_LIKE_NAMES,
} from './english-text.js';
import { followsRelationOrTitle, gapOf, lemmasAt, type Sentence } from './name-context.js';
import { COORDINATORS, isNamedAfterItsKind, isThingNamedHere, list } from './name-things.js';
import { COMPANY_SUFFIXES, ORGANISATION_ENDINGS } from './name-context-words.js';
import { CAPITALISED_INSTITUTION_WORDS, INSTITUTION_WORDS, isNamedThingHere } from './name-named-things.js';
import type { NameView } from './name-view.js';
import { PROPER_NOUN_CLASSES, type WordAnalysis } from './morphology.js';

/** A business type written before its name: "Kahvila Sulo", "Parturi Liisa", "Ravintola Aino". */
const ORGANISATION_HEADS = list(`
  kahvila ravintola baari pubi pub kahvio grilli pizzeria kauppa puoti myymälä parturi kampaamo
  leipomo konditoria hotelli hostelli majatalo apteekki kioski studio salonki kuntosali tila
  taksi kuljetus siivous remontti rakennus korjaamo autokorjaamo verstas puutarha kukkakauppa
  kirjakauppa päiväkoti koulu yhdistys säätiö kerho seura osuuskunta toiminimi tmi oy
`);
/** "Kahvila Sulon", "Kalevan Nuorten Liitto": the name belongs to an organisation's name. */
export function isPartOfOrganisationName(s: Sentence, i: number): boolean {
  const prev = s.tokens[i - 1];
  const token = s.tokens[i];
  if (!token) return false;
  if (isJoinedByAmpersand(s, i) || hasOrganisationTail(s, i)) return true;
  if (prev?.shape === 'title' && s.text.slice(prev.end, token.start) === ' ') {
    if (lemmasAt(s, i - 1).some((l) => ORGANISATION_HEADS.has(l))) return true;
  }
  if (isNamedAfterItsKind(s, i, ORGANISATION_HEADS)) return true;
  // up to three capitalised words on, one that ends like an organisation ("Kalevan Nuorten Liiton"), or a company
  // suffix after them, "ja" allowed between ("Veikko ja Lahja Hurstin Laupeudentyön Apu ry")
  let words = 0;
  for (let j = i + 1; j <= i + 7 && words <= 4; j += 1) {
    const word = s.tokens[j];
    const before = s.tokens[j - 1];
    if (!word || !before || s.text.slice(before.end, word.start) !== ' ') return false;
    if (word.shape !== 'title') {
      if (COMPANY_SUFFIXES.has(word.lower)) return j > i + 1;
      if (word.lower !== 'ja' || s.tokens[j + 1]?.shape !== 'title') return false;
      continue;
    }
    words += 1;
    if (lemmasAt(s, j).some((l) => ORGANISATION_ENDINGS.test(l))) return true;
  }
  return false;
}

/** "Lassila & Tikanoja", "Procter & Gamble": two names joined by an ampersand are a company. */
function isJoinedByAmpersand(s: Sentence, i: number): boolean {
  const isAmpersand = (a: number, b: number) => {
    const left = s.tokens[a];
    const right = s.tokens[b];
    return left !== undefined && right !== undefined && s.text.slice(left.end, right.start).trim() === '&';
  };
  return isAmpersand(i - 1, i) || isAmpersand(i, i + 1);
}

/** "Barona-henkilöstöpalvelut", "Virtanen-yhtiöt": a name glued to an organisation noun. */
function hasOrganisationTail(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  if (!token?.isCompoundHead) return false;
  const tail = /^-([\p{L}-]+)/u.exec(s.text.slice(token.end, token.end + 64))?.[1];
  return tail !== undefined && lemmaCandidates(tail.toLowerCase()).some((l) => ORGANISATION_ENDINGS.test(l));
}

/** "Kaarina ja Lieto", "Liedossa ja Kaarinassa", "Loviisa–Porvoo": a place-name reading listed beside another place. */
export function isListedWithPlace(s: Sentence, views: readonly NameView[], i: number): boolean {
  const isJoined = (a: number, b: number) => {
    const left = s.tokens[a];
    const right = s.tokens[b];
    return (
      left !== undefined && right !== undefined && /^\s*[,–—/]\s*$/u.test(s.text.slice(left.end, right.start))
    );
  };
  const isPlaceAt = (j: number) =>
    views[j]?.isPlace === true || (views[j]?.hasPlaceReading === true && views[j]?.isFirstName === false);
  const after = s.tokens[i + 1];
  const before = s.tokens[i - 1];
  if (after && COORDINATORS.has(after.lower) && isPlaceAt(i + 2)) return true;
  if (before && COORDINATORS.has(before.lower) && isPlaceAt(i - 2)) return true;
  return (isJoined(i, i + 1) && isPlaceAt(i + 1)) || (isJoined(i - 1, i) && isPlaceAt(i - 1));
}

/**
 * In an English sentence a lower-case word is not a name, nor a word after "in", "from" or "near", nor a month, a
 * country or a nationality, nor "Will" opening a sentence;
 * in a Swedish one a lower-case word is not a name either.
 */
export function isForeignWordHere(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  if (!token) return false;
  if (s.isSwedish[i] === true && (token.shape === 'lower' || isSwedishFunctionWord(token.lower))) return true;
  if (s.isEnglish[i] !== true) return false;
  return (
    (token.shape === 'lower' && !isFinnishNameOnly(s, i)) ||
    // "a small restaurant in Kallio", "moved from Kontula", "volunteering at Honka": a place or an organisation (not
    // "at Anna's")
    /(?:^|\s)(?:in|from|near)\s+$/u.test(s.text.slice(Math.max(0, token.start - 6), token.start)) ||
    (/(?:^|\s)at\s+$/u.test(s.text.slice(Math.max(0, token.start - 4), token.start)) &&
      !/^[’']s(?![\p{L}])/u.test(s.text.slice(token.end, token.end + 3))) ||
    // "the Aurora hospital", "watches The Simpsons": an institution's name, an article; "Aalto Career Services",
    // "Rauma Marine Constructions": up to two more capitalised words before it
    ENGLISH_INSTITUTION_AFTER.test(s.text.slice(token.end, token.end + 40)) ||
    // "an Erasmus student", "a Fazer worker": a word between an article and a noun describes the noun
    isBetweenArticleAndNoun(s, i) ||
    token.lower === 'the' ||
    ENGLISH_CALENDAR.has(token.lower) ||
    ENGLISH_PLACES_AND_NATIONALITIES.has(token.lower) ||
    // "speaks Northern Sami": a language that is also a Finnish first name, only in English
    token.lower === 'sami' ||
    (token.isSentenceStart && ENGLISH_OPENERS.has(token.lower))
  );
}

/**
 * "i called her mom eija", "client kaisa pennanen": in an English sentence typed in lower case from its first word, a
 * word Finnish morphology reads only as a name, and no English word, is the name.
 */
function isFinnishNameOnly(s: Sentence, i: number): boolean {
  const readings = s.readings[i] ?? [];
  const word = s.tokens[i]?.lower ?? '';
  return (
    readings.length > 0 &&
    isTypedInLowerCase(s, i) &&
    readings.every((r) => r.wordClass === 'etunimi' || r.wordClass === 'sukunimi') &&
    !ENGLISH_WORDS_LIKE_NAMES.has(word) &&
    !ENGLISH_FUNCTION_WORDS.has(word)
  );
}

function isBesideEnglishWord(s: Sentence, i: number): boolean {
  return [i - 1, i + 1].some((j) => {
    const t = s.tokens[j];
    return (
      t !== undefined &&
      t.shape === 'lower' &&
      gapOf(s, Math.min(i, j), Math.max(i, j)) === ' ' &&
      isEnglishWord(t.lower)
    );
  });
}

/** The sentence around `i` opens with a lower-case word: its writer does not capitalise, names included. */
function isTypedInLowerCase(s: Sentence, i: number): boolean {
  let first = i;
  while (first > 0 && s.tokens[first]?.isSentenceStart !== true) first -= 1;
  return s.tokens[first]?.shape === 'lower';
}

const ADJECTIVES: ReadonlySet<string> = new Set(['laatusana', 'nimisana_laatusana']);

/**
 * "Armas koti", "Kaunis ilma": an adjective opening a sentence before a common noun in its case and number is the
 * adjective, not a first name only the lists know; so is one in lower case anywhere ("mutta kivinen polku on vaikea"),
 * and one joined to another adjective of the noun ("Kivinen ja mäkinen reitti").
 */
function isAttributeOfNoun(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  const after = s.tokens[i + 1];
  // inside a sentence a genitive reading makes the word a possessor as well ("voiton tytär": Voitto's daughter)
  const isInside = !token?.isSentenceStart && (s.readings[i] ?? []).some((r) => r.case === 'omanto');
  if (
    !token ||
    !(token.isSentenceStart || token.shape === 'lower') ||
    isInside ||
    !after ||
    gapOf(s, i, i + 1) !== ' '
  )
    return false;
  // a first name or place morphology knows ("Matti", also "matti", a noun and adjective) stays the name; a surname
  // that is its own adjective ("Savolainen vastaus", "Autio talo") does not
  const own = (s.readings[i] ?? []).filter((r) => ADJECTIVES.has(r.wordClass));
  const ownBases = new Set(own.map((r) => r.baseForm.toLowerCase()));
  const isProperOnly = (r: WordAnalysis) =>
    PROPER_NOUN_CLASSES.has(r.wordClass) &&
    !(r.wordClass === 'sukunimi' && ownBases.has(r.baseForm.toLowerCase()));
  if (own.length === 0 || (s.readings[i] ?? []).some(isProperOnly)) return false;
  // past "ja" and a second lower-case adjective to the noun
  const isJoined =
    COORDINATORS.has(after.lower) &&
    s.tokens[i + 2]?.shape === 'lower' &&
    gapOf(s, i + 1, i + 2) === ' ' &&
    gapOf(s, i + 2, i + 3) === ' ' &&
    (s.readings[i + 2] ?? []).some((r) => ADJECTIVES.has(r.wordClass));
  const n = isJoined ? i + 3 : i + 1;
  const nouns = (s.readings[n] ?? []).filter((r) => r.wordClass === 'nimisana');
  if (nouns.length === 0 || (s.readings[n] ?? []).some((r) => PROPER_NOUN_CLASSES.has(r.wordClass)))
    return false;
  return own.some((a) => nouns.some((noun) => noun.case === a.case && noun.number === a.number));
}

/** A pronoun, a word in an English sentence, part of an organisation's name, a group, a place among places. */
export function isNotPersonHere(s: Sentence, views: readonly NameView[], i: number): boolean {
  const token = s.tokens[i];
  const view = views[i];
  if (!token || !view) return true;
  if (view.isFunctionWord && (token.shape !== 'title' || token.isSentenceStart)) return true;
  if (view.isPluralFirstName || isForeignWordHere(s, i)) return true;
  if (isPartOfOrganisationName(s, i) || isAttributeOfNoun(s, i)) return true;
  if (isNamedThingHere(s, view, i)) return true;
  if (isAcronym(s, i) || isDemonymAdjective(s, i)) return true;
  // a thing's name, unless a title or a relative stands right before it ("omaohjaaja Salo ja sossu Leena")
  if (isThingNamedHere(s, i) && !followsRelationOrTitle(s, i)) return true;
  if (isMessageFrame(s, i) || isQuestionVerb(s, i)) return true;
  if (isSwedishWordHere(s, i) || isPetHere(s, i)) return true;
  if (PLACE_HEADS_AFTER.has(token.lower) || isInEnglishTitle(s, i)) return true;
  // "Nordenskiöldinkatu 12": a street's name, whoever it is named after; "1 työntekijä per 85 asiakasta"
  if (token.shape === 'title' && streetFormOf(token.text)?.isStrong === true) return true;
  if (token.shape === 'lower' && LOWER_LATIN.has(token.lower)) return true;
  // "job interviews", "more hours": an English word beside another, in a Finnish sentence too
  if (token.shape === 'lower' && ENGLISH_WORDS_LIKE_NAMES.has(token.lower) && isBesideEnglishWord(s, i))
    return true;
  if (PLACE_HEADS_AFTER.has(s.tokens[i + 1]?.lower ?? '') && gapOf(s, i, i + 1) === ' ') return true;
  if (isTownAfterPostalCode(s, i) || isAdjectiveHere(s, i)) return true;
  // "Ukko.fi:n kautta": a web domain
  if (/^\.(?:fi|com|net|org|eu|io)(?![\p{L}])/u.test(s.text.slice(token.end, token.end + 5))) return true;
  // "mun mielestä", "tää menee", "Voisko tiimi": spoken Finnish and workers' shorthand; "16-vuotias": a number's tail
  if (token.shape !== 'upper' && SPOKEN_WORDS.has(token.lower)) return true;
  // "sposti", "tel", "htun", "viberissä": the label of a contact or a code, not who it belongs to
  if (token.shape !== 'upper' && CONTACT_LABELS.has(token.lower)) return true;
  // "Ethiopia. Meron…": a country or a nationality opening a line too, where Finnish morphology does not know the word
  if (
    token.shape === 'title' &&
    ENGLISH_PLACES_AND_NATIONALITIES.has(token.lower) &&
    (!token.isSentenceStart || !view.isKnown)
  )
    return true;
  if (/\d[-–]$/u.test(s.text.slice(Math.max(0, token.start - 2), token.start))) return true;
  // "Kangasniemen, Rajamäen ja Lehtimäen välillä": a word morphology knows only as a common noun lists with places too
  const isPlaceLike = view.hasPlaceReading || view.isPlace || (view.isKnown && !view.hasNameReading);
  return isPlaceLike && isListedWithPlace(s, views, i);
}

/** Labels workers type before a number, an address or a code, and roles' abbreviations ("kysyn tth:lta"). */
const CONTACT_LABELS = list(`
  sposti spostiin spostilla spostiosoite s-posti email e-mail emaili meili meiliin tel tfn gsm mob htun htu hetun
  viber viberissä viberiin whatsapp whatsappissa whatsappiin wa signal signalissa telegram telegramissa
  mobil mobilnummer kontakt kontaktuppgifter adress telefon telefonnummer e-post epost
  tth th sh lh tt sostt
`);

/** An animal's word before a name: a pet or a horse, not a person ("koira Helmi", "hästen Stella", "our dog Max"). */
const ANIMALS = list(`
  koira kissa hevonen poni kani marsu hamsteri undulaatti papukaija lemmikki ruuna tamma ori
  hund hunden katt katten häst hästen ponny ponnyn kanin kaninen dog cat horse pony puppy kitten pet
`);

const NAMED_WORDS = list(`nimeltä nimeltään named called`);

function isPetHere(s: Sentence, i: number): boolean {
  // "koira nimeltä Helmi", "a dog called Max": the animal before the word for its name
  const isNamed = NAMED_WORDS.has(s.tokens[i - 1]?.lower ?? '') && gapOf(s, i - 1, i) === ' ';
  const at = isNamed ? i - 1 : i;
  const before = s.tokens[at - 1];
  if (!before || gapOf(s, at - 1, at) !== ' ') return false;
  // "koiransa Helmi", "koiran nimi on": the animal's own base form where morphology knows it
  const bases = (s.readings[at - 1] ?? []).map((r) => r.baseForm.toLowerCase());
  return [before.lower, ...bases].some((w) => ANIMALS.has(w));
}

/** Before a predicate adjective: "reitti on mäkinen", "se oli melko kivinen". */
const PREDICATE_BEFORE = list(
  `on oli ovat olivat ollut olla ole ei hyvin melko todella aika tosi liian niin varsin`,
);

/**
 * "reitti on mäkinen ja kivinen": a surname that is also an adjective, in lower case after a copula or a degree
 * word, is the adjective.
 */
function isAdjectiveHere(s: Sentence, i: number): boolean {
  // the adjective of the surname's own base form ("mäkinen": Mäkinen), in the case a predicate takes
  const isAdjectiveAt = (j: number) => {
    const readings = s.readings[j] ?? [];
    const surnames = readings.filter((r) => r.wordClass === 'sukunimi').map((r) => r.baseForm.toLowerCase());
    return (
      s.tokens[j]?.shape === 'lower' &&
      readings.some(
        (r) =>
          r.wordClass === 'laatusana' &&
          (r.case === 'nimento' || r.case === 'osanto') &&
          surnames.includes(r.baseForm.toLowerCase()),
      )
    );
  };
  if (!isAdjectiveAt(i)) return false;
  const prev = s.tokens[i - 1]?.lower ?? '';
  if (PREDICATE_BEFORE.has(prev)) return true;
  if (COORDINATORS.has(prev) && isAdjectiveAt(i - 2) && PREDICATE_BEFORE.has(s.tokens[i - 3]?.lower ?? ''))
    return true;
  return false;
}

/** "Call of Duty", "League of Legends", "Bank of Finland": capitalised words joined by "of", "the" or "for". */
function isInEnglishTitle(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  if (token?.shape !== 'title') return false;
  const after = s.text.slice(token.end, token.end + 12);
  const before = s.text.slice(Math.max(0, token.start - 12), token.start);
  return /^ (?:of|the|for) \p{Lu}/u.test(after) || /\p{Lu}\p{L}* (?:of|the|for) $/u.test(before);
}

/**
 * Spoken Finnish and workers' shorthand, typed fast: pronouns ("mun mielestä", "mulla on"), little words ("tää",
 * "ite", "mut", "viimeks"), spoken verbs Voikko does not read ("voisko", "ois", "tarvii") and abbreviations
 * ("ttt", "kttt", "huom", "amis").
 */
/** "Korvaako Kela…", "Onko", "Pääseekö": a finite verb with the question clitic opening a sentence. */
function isQuestionVerb(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  if (!token?.isSentenceStart || !/k[oö]$/u.test(token.lower)) return false;
  return (s.readings[i] ?? []).some((r) => r.wordClass === 'teonsana' && r.mood === 'indicative');
}

const ENGLISH_INSTITUTION_AFTER = new RegExp(
  String.raw`^(?: \p{Lu}\p{Ll}+){0,2} (?:${INSTITUTION_WORDS}|${CAPITALISED_INSTITUTION_WORDS})(?![\p{L}])`,
  'u',
);

/**
 * "an Erasmus student", "a Fazer worker", "Assyrian Christian family": a capitalised word after "a", "an" or a
 * nationality and before a lower-case word describes the noun.
 */
function isBetweenArticleAndNoun(s: Sentence, i: number): boolean {
  const before = s.tokens[i - 1];
  const after = s.tokens[i + 1];
  const isArticle = before?.lower === 'a' || before?.lower === 'an';
  const isNationality = before?.shape === 'title' && ENGLISH_PLACES_AND_NATIONALITIES.has(before.lower);
  return (
    (isArticle || isNationality) &&
    gapOf(s, i - 1, i) === ' ' &&
    after?.shape === 'lower' &&
    gapOf(s, i, i + 1) === ' '
  );
}
/** An e-mail header's field name, before its colon at a line's start: "From:", "Aihe:", "Ämne:". */
const HEADER_FIELDS = list(`
  from to cc bcc date subject sent lähettäjä vastaanottaja aihe päivämäärä lähetetty kopio från till ämne datum
  skickat kopia
`);
/** Greetings opening a message, before a comma, "!" or the line's end: "Hej,", "Moi!", "Hi team". */
const GREETINGS = list(`hei hej hi hello moi moikka moro terve tervehdys hejsan`);
/** English month and weekday abbreviations beside a number: "Tue 24 Nov 2026". */
const DATE_ABBREVIATIONS = list(
  `jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun`,
);

/** The frame of a message, not a person: a header's field name, a greeting, a date's abbreviated month or day. */
function isMessageFrame(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  if (!token) return false;
  const before = s.text.slice(Math.max(0, token.start - 12), token.start);
  const after = s.text.slice(token.end, token.end + 6);
  const isLineStart = /(?:^|\n)[ \t>]*$/u.test(before);
  if (isLineStart && HEADER_FIELDS.has(token.lower) && after.startsWith(':')) return true;
  if (isLineStart && GREETINGS.has(token.lower) && /^(?:\s*[,!]|[ \t]*(?:\n|$))/u.test(after)) return true;
  return DATE_ABBREVIATIONS.has(token.lower) && (/\d\.? $/u.test(before) || /^\.? \d/u.test(after));
}

export const SPOKEN_WORDS = list(`
  mä sä mun sun mul sul mult sult mulle sulle mua sua mulla sulla meil teil meiän teiän niitten
  tää toi noi nää nuo ite itte mut mutku ku et ettei niinku sit sitte siis viimeks ens kans vähä jotai mitää
  oon oot ollaa voisko voiskohan vois ois tois ois pitäis tarvii haluis tekis sais kävis jois olis oisko
  huom ok okei jne yms esim ttt kttt tk tyk amis sossu sossut mtp ollu tullu menny käyny saanu tehny tmt ttk
  exä exän exälle exältä exää halus hengailee hengaa sil sillo lupas yks kaks yhen yhellä yhes kahen kahel
`);

/** Latin and English words written in lower case in Finnish notes that are also first names elsewhere. */
const LOWER_LATIN: ReadonlySet<string> = new Set(['per', 'via', 'vs', 'ca', 'et', 'al']);

/** English words after a place's name: "Hodan District", "Ngong Road", "Abbey Road". */
const PLACE_HEADS_AFTER: ReadonlySet<string> = new Set([
  'district',
  'road',
  'street',
  'avenue',
  'lane',
  'city',
  'county',
  'province',
  'region',
]);

/** "RIKU 116 006", "KYS": a short word in capitals standing alone is an acronym ("MATTI VIRTANEN" is a name pair). */
function isAcronym(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  if (token?.shape !== 'upper' || token.text.length > 5) return false;
  const isUpperAt = (j: number) =>
    s.tokens[j]?.shape === 'upper' && /^\s+$/u.test(gapOf(s, Math.min(i, j), Math.max(i, j)));
  return !isUpperAt(i - 1) && !isUpperAt(i + 1);
}

/** "puoliso suomalainen", "isä virolainen": a nationality in lower case is the adjective, not the surname. */
function isDemonymAdjective(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  if (token?.shape !== 'lower' || !/(?:lai|läi)(?:nen|set)$/u.test(token.lower)) return false;
  return (s.readings[i] ?? []).some(
    (r) => r.wordClass === 'laatusana' || r.wordClass === 'nimisana_laatusana',
  );
}

/** "00530 Kalliossa", "00184 Roma", "0155 Oslo": a capitalised word right after a postal code is its town. */
export function isTownAfterPostalCode(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  if (!token || token.shape === 'lower') return false;
  // not the last group of a phone number ("03 621 4400, Kirsin suora")
  const before = s.text.slice(Math.max(0, token.start - 12), token.start);
  if (/(?<![\p{L}\d./-]|\d )\d{4,6},? $/u.test(before) || POSTCODE_ABROAD_BEFORE.test(before)) return true;
  // "London NW1 6XE", "Toronto, ON M5V 2T6": a British or Canadian code after its town
  return CODE_AFTER_TOWN.test(s.text.slice(token.end, token.end + 14));
}

const CODE_AFTER_TOWN = new RegExp(
  String.raw`^,? (?:[A-Z]{2} )?(?:${BRITISH_OR_CANADIAN_CODE})(?![\p{L}\p{N}])`,
  'u',
);

/** "D-10115 Berlin", "S-413 04 Göteborg", "EH1 1YZ Edinburgh", "1012 AB Amsterdam": a code abroad just before. */
const POSTCODE_ABROAD_BEFORE =
  /(?:(?<![\p{L}])[A-Z]{1,3}-\d{3,6}|(?<![\p{L}\d])\d{3} \d{2}|(?<![\p{L}\d])[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|(?<![\p{L}\d])\d{4} [A-Z]{2}),? $/u;
