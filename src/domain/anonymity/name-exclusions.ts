/**
 * Where a name-like word is not a person: part of an organisation's name ("Kahvila Sulon",
 * "Kalevan Nuorten Liitto"), a place listed beside another place ("Kaarina ja Lieto"), a group
 * named in the plural ("Martat"), or a word in an English sentence ("Will the team…").
 */
import { lemmaCandidates } from './finnish-inflection.js';
import { isSwedishFunctionWord } from './name-swedish.js';
import { streetFormOf } from './street-words.js';
import { ENGLISH_CALENDAR, ENGLISH_OPENERS, ENGLISH_PLACES_AND_NATIONALITIES } from './english-text.js';
import { gapOf, lemmasOf, type Sentence } from './name-context.js';
import { COMPANY_SUFFIXES, ORGANISATION_ENDINGS, RELATION_WORDS, TITLE_BASE } from './name-context-words.js';
import type { NameView } from './name-view.js';
import { PROPER_NOUN_CLASSES, type GrammaticalCase, type WordAnalysis } from './morphology.js';

const list = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** A business type written before its name: "Kahvila Sulo", "Parturi Liisa", "Ravintola Aino". */
const ORGANISATION_HEADS = list(`
  kahvila ravintola baari pubi pub kahvio grilli pizzeria kauppa puoti myymälä parturi kampaamo
  leipomo konditoria hotelli hostelli majatalo apteekki kioski studio salonki kuntosali tila
  taksi kuljetus siivous remontti rakennus korjaamo autokorjaamo verstas puutarha kukkakauppa
  kirjakauppa päiväkoti koulu yhdistys säätiö kerho seura osuuskunta toiminimi tmi
`);
const COORDINATORS = list(`ja tai sekä eli vai`);
/** Kinds of things that are named ("laivalla Gabriella", "peli Tetris", "kappale Teuvo"), written before the name. */
const THING_HEADS = list(`
  alus laiva lautta risteilijä jäänmurtaja vene yhtye bändi kuoro orkesteri joukkue seura kerho sarja sarjakuva
  elokuva kirja romaani peli ohjelma kappale laulu biisi levy albumi lehti sovellus palvelu hanke projekti
  yritys firma ketju merkki tuote
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
  // "jäänmurtajilla Urholla ja Sisulla", "sarjakuva Viivi", "yhtye Eppu": a thing's kind, then its name
  if (prev?.shape === 'lower' && token.shape === 'title' && s.text.slice(prev.end, token.start) === ' ') {
    const heads = (s.readings[i - 1] ?? []).filter((r) => {
      const base = r.baseForm.toLowerCase();
      return ORGANISATION_HEADS.has(base) || THING_HEADS.has(base);
    });
    // in the same case, as an apposition is ("laivalla Gabriellalla"; not "kirjoilla Aleksandrina", "tilalla Saari")
    const own = s.readings[i] ?? [];
    const ownCases = own.length > 0 ? own.map((r) => r.case) : [caseByEnding(token.lower)];
    if (heads.some((h) => ownCases.includes(h.case))) return true;
  }
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

/** Base forms by morphology, or guessed from the written word in list mode. */
function lemmasAt(s: Sentence, j: number): string[] {
  return (s.readings[j]?.length ?? 0) > 0 ? lemmasOf(s, j) : lemmaCandidates(s.tokens[j]?.lower ?? '');
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
  const isPlaceAt = (j: number) => views[j]?.isPlace === true;
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
    token.shape === 'lower' ||
    // "a small restaurant in Kallio", "moved from Kontula": a place
    /(?:^|\s)(?:in|from|near)\s+$/u.test(s.text.slice(Math.max(0, token.start - 6), token.start)) ||
    ENGLISH_CALENDAR.has(token.lower) ||
    ENGLISH_PLACES_AND_NATIONALITIES.has(token.lower) ||
    // "speaks Northern Sami": a language that is also a Finnish first name, only in English
    token.lower === 'sami' ||
    (token.isSentenceStart && ENGLISH_OPENERS.has(token.lower))
  );
}

const ADJECTIVES: ReadonlySet<string> = new Set(['laatusana', 'nimisana_laatusana']);

/**
 * "Armas koti", "Kaunis ilma": an adjective opening a sentence before a common noun in its case and number is the
 * adjective, not a first name only the lists know.
 */
function isAttributeOfNoun(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  const after = s.tokens[i + 1];
  if (!token?.isSentenceStart || !after || s.text.slice(token.end, after.start) !== ' ') return false;
  // a first name or place morphology knows ("Matti", also "matti", a noun and adjective) stays the name; a surname
  // that is its own adjective ("Savolainen vastaus", "Autio talo") does not
  const own = (s.readings[i] ?? []).filter((r) => ADJECTIVES.has(r.wordClass));
  const ownBases = new Set(own.map((r) => r.baseForm.toLowerCase()));
  const isProperOnly = (r: WordAnalysis) =>
    PROPER_NOUN_CLASSES.has(r.wordClass) &&
    !(r.wordClass === 'sukunimi' && ownBases.has(r.baseForm.toLowerCase()));
  if ((s.readings[i] ?? []).some(isProperOnly)) return false;
  const nouns = (s.readings[i + 1] ?? []).filter((r) => r.wordClass === 'nimisana');
  if (
    own.length === 0 ||
    nouns.length === 0 ||
    (s.readings[i + 1] ?? []).some((r) => PROPER_NOUN_CLASSES.has(r.wordClass))
  )
    return false;
  return own.some((a) => nouns.some((n) => n.case === a.case && n.number === a.number));
}

/** A pronoun, a word in an English sentence, part of an organisation's name, a group, a place among places. */
export function isNotPersonHere(s: Sentence, views: readonly NameView[], i: number): boolean {
  const token = s.tokens[i];
  const view = views[i];
  if (!token || !view) return true;
  if (view.isFunctionWord && (token.shape !== 'title' || token.isSentenceStart)) return true;
  if (view.isPluralFirstName || isForeignWordHere(s, i)) return true;
  if (isPartOfOrganisationName(s, i) || isAttributeOfNoun(s, i)) return true;
  if (isAcronym(s, i) || isDemonymAdjective(s, i) || isNamingSomething(s, i) || isListedWithThing(s, i))
    return true;
  if (PLACE_HEADS_AFTER.has(token.lower) || isInEnglishTitle(s, i)) return true;
  // "Nordenskiöldinkatu 12": a street's name, whoever it is named after; "1 työntekijä per 85 asiakasta"
  if (token.shape === 'title' && streetFormOf(token.text)?.isStrong === true) return true;
  if (token.shape === 'lower' && LOWER_LATIN.has(token.lower)) return true;
  if (PLACE_HEADS_AFTER.has(s.tokens[i + 1]?.lower ?? '') && gapOf(s, i, i + 1) === ' ') return true;
  if (isTownAfterPostalCode(s, i) || isNameDay(s, i) || isAdjectiveHere(s, i)) return true;
  if (isWorkConsumed(s, i)) return true;
  // "Ukko.fi:n kautta": a web domain
  if (/^\.(?:fi|com|net|org|eu|io)(?![\p{L}])/u.test(s.text.slice(token.end, token.end + 5))) return true;
  // "mun mielestä", "tää menee", "Voisko tiimi": spoken Finnish and workers' shorthand; "16-vuotias": a number's tail
  if (token.shape !== 'upper' && SPOKEN_WORDS.has(token.lower)) return true;
  if (token.shape === 'title' && ENGLISH_PLACES_AND_NATIONALITIES.has(token.lower) && !token.isSentenceStart)
    return true;
  if (/\d[-–]$/u.test(s.text.slice(Math.max(0, token.start - 2), token.start))) return true;
  return (view.hasPlaceReading || view.isPlace) && isListedWithPlace(s, views, i);
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

/**
 * "Lucian päivän kulkue", "Antin päivänä", "Mikkelin päivä", "Antin ja Atten päivä": a capitalised genitive before
 * "päivä" is a name day.
 */
function isNameDay(s: Sentence, i: number): boolean {
  const isGenitiveName = (j: number) =>
    s.tokens[j]?.shape === 'title' && (s.tokens[j]?.lower ?? '').endsWith('n');
  if (!isGenitiveName(i)) return false;
  // "Antin ja Atten päivä", "Lucian, Tuomaan ja Tapanin päivät": names listed before the day
  let last = i;
  while (last < i + 8) {
    const gap = gapOf(s, last, last + 1);
    if (/^, ?$/u.test(gap) && isGenitiveName(last + 1)) last += 1;
    else if (gap === ' ' && COORDINATORS.has(s.tokens[last + 1]?.lower ?? '') && isGenitiveName(last + 2))
      last += 2;
    else break;
  }
  if (gapOf(s, last, last + 1) !== ' ') return false;
  return lemmasAt(s, last + 1).includes('päivä') && s.tokens[last + 1]?.shape === 'lower';
}

/** The case a word no dictionary knows is in, by its ending: "Gabriellalla" adessive. */
function caseByEnding(lower: string): GrammaticalCase {
  const endings: ReadonlyArray<readonly [RegExp, GrammaticalCase]> = [
    [/ll[aä]$/u, 'ulkoolento'],
    [/lt[aä]$/u, 'ulkoeronto'],
    [/lle$/u, 'ulkotulento'],
    [/ss[aä]$/u, 'sisaolento'],
    [/st[aä]$/u, 'sisaeronto'],
    [/ksi$/u, 'tulento'],
    [/n$/u, 'omanto'],
  ];
  return endings.find(([ending]) => ending.test(lower))?.[1] ?? 'nimento';
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
const SPOKEN_WORDS = list(`
  mä sä mun sun mul sul mult sult mulle sulle mua sua mulla sulla meil teil meiän teiän niitten
  tää toi noi nää nuo ite itte mut mutku ku et ettei niinku sit sitte siis viimeks ens kans vähä jotai mitää
  oon oot ollaa voisko voiskohan vois ois tois ois pitäis tarvii haluis tekis sais kävis jois olis oisko
  huom ok okei jne yms esim ttt kttt tk tyk amis sossu sossut mtp
`);

/** Verbs whose partitive object is a work: a game played, a book read, a series watched, a song danced or sung. */
const MEDIA_VERBS = list(`pelata lukea katsoa katsella kuunnella lainata tanssia laulaa soittaa fanittaa`);

/**
 * "pelaa Tetristä ja Super Mariota", "lainataan Herra Hakkaraisia, Tatua ja Patua", "tanssii Kaunista Veeraa":
 * a capitalised partitive after a verb of playing, reading, watching, listening, dancing or singing (or in the list
 * that follows one) is a work's title.
 */
function isWorkConsumed(s: Sentence, i: number): boolean {
  const isPartitive = (j: number) =>
    (s.readings[j] ?? []).some((r) => r.case === 'osanto') || /[aä]$/u.test(s.tokens[j]?.lower ?? '');
  if (s.tokens[i]?.shape !== 'title' || !isPartitive(i)) return false;
  let j = i;
  for (let steps = 0; steps < 10; steps += 1) {
    const p = j - 1;
    const token = s.tokens[p];
    if (!token) return false;
    const gap = gapOf(s, p, j);
    if (
      gap === ' ' &&
      (s.readings[p] ?? []).some((r) => r.wordClass === 'teonsana' && MEDIA_VERBS.has(r.baseForm))
    )
      return true;
    // back over the list and over the words of a title: ", ", " ja ", " sekä ", "Super Mariota"
    if (COORDINATORS.has(token.lower) && gap === ' ') j = p;
    else if (/^, ?$/u.test(gap) || (gap === ' ' && token.shape === 'title')) j = p;
    else return false;
  }
  return false;
}

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

/**
 * "Ilo ja Valo -nimiseen vertaisryhmään": the name of a group or a thing ("Matti-niminen mies" is a person). A place's
 * name before its kind ("Ho Chi Minh -kaupungissa") is cleared in the last pass (name-public.ts).
 */
function isNamingSomething(s: Sentence, i: number): boolean {
  // from the last word of a name in several words ("Pipsa Possu -nimiseen")
  let last = i;
  while (s.tokens[last + 1]?.shape === 'title' && gapOf(s, last, last + 1) === ' ') last += 1;
  const from = s.tokens[last]?.end ?? 0;
  let rest = s.text.slice(from, from + 80);
  const listed = /^ (?:ja|tai|sekä) \p{Lu}\p{L}*/u.exec(rest);
  if (listed) rest = rest.slice(listed[0].length);
  const named = /^ ?-nimi\p{L}* (\p{Ll}+)/u.exec(rest)?.[1];
  if (named !== undefined) return !NAMED_PERSON.test(named);
  // "Valio Eila -maitoa", "Peter Pan -syndroomaksi", "Viivi ja Wagner -sarjakuvaksi": a name in several words before a
  // spaced hyphen and a common noun names that thing ("Matti -setä" would still be a person)
  const kind = /^ -(\p{Ll}[\p{L}-]*)/u.exec(rest)?.[1];
  return kind !== undefined && isUninflected(s, i) && !isPersonKind(kind);
}

/** Only the tail of "X Y -maito" inflects: the name's words stand in the nominative ("Mary-Annille X -palvelu" does not). */
function isUninflected(s: Sentence, i: number): boolean {
  const readings = s.readings[i] ?? [];
  if (readings.length > 0) return readings.some((r) => r.case === 'nimento' || r.case === undefined);
  return !/(?:ll[aeä]|lt[aä]|ss[aä]|st[aä]|ksi|n[aä])$/u.test(s.tokens[i]?.lower ?? '');
}

/** A person's role, relative or what is said of one, as the tail of a compound. */
function isPersonKind(word: string): boolean {
  const bases = [word, ...lemmaCandidates(word)];
  return bases.some(
    (b) => RELATION_WORDS.has(b) || TITLE_BASE.test(b) || NAMED_PERSON.test(b) || PERSON_KIND_TAILS.test(b),
  );
}
const PERSON_KIND_TAILS =
  /(?:vainaja|poika|tyttö|vauva|kulta|parka|raukka|tapaus|asia|juttu|keissi|perhe|vaimo|mies)$/u;
/** Nouns for a person after "-niminen": "Matti-niminen mies", "Aino-nimisen tytön". */
const NAMED_PERSON =
  /^(?:mie|mies|nai|poi|tyt|henkil|asiaka|lap|vauva|koira|kissa|sukulai|ystäv|kaveri|työntekij)/u;

/**
 * "Pilvi ja sade lisää kipuja", "Tarmo ja into puuttuu": a word that is also a common noun, listed beside a common
 * noun in lower case in its case, is the common noun.
 */
function isListedWithThing(s: Sentence, i: number): boolean {
  const own = (s.readings[i] ?? []).filter((r) => r.wordClass === 'nimisana');
  if (own.length === 0) return false;
  const isThingAt = (j: number) => {
    const token = s.tokens[j];
    const readings = s.readings[j] ?? [];
    // "Honka ja kuusi": a noun that is also a numeral is still a thing
    return (
      token?.shape === 'lower' &&
      readings.length > 0 &&
      readings.every((r) => r.wordClass === 'nimisana' || r.wordClass === 'lukusana') &&
      readings.some(
        (r) => r.wordClass === 'nimisana' && own.some((o) => o.case === r.case && o.number === r.number),
      )
    );
  };
  const after = s.tokens[i + 1];
  const before = s.tokens[i - 1];
  return (
    (after !== undefined && COORDINATORS.has(after.lower) && isThingAt(i + 2)) ||
    (before !== undefined && COORDINATORS.has(before.lower) && isThingAt(i - 2))
  );
}

/** "00530 Kalliossa", "00184 Roma", "0155 Oslo": a capitalised word right after a postal code is its town. */
export function isTownAfterPostalCode(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  if (!token || token.shape === 'lower') return false;
  return /(?<![\d./-])\d{4,6},? $/u.test(s.text.slice(Math.max(0, token.start - 9), token.start));
}
