/**
 * Things named like people: a name day ("Lucian päivä"), a work played, read or watched ("pelaa Tetristä"), a thing
 * named with a spaced hyphen or "-niminen" ("Peter Pan -syndroomaksi", "Ilo ja Valo -nimiseen ryhmään"), a thing's
 * kind before its name ("laivalla Gabriellalla"), a word listed beside a common noun ("Pilvi ja sade").
 */
import { lemmaCandidates } from './finnish-inflection.js';
import type { GrammaticalCase } from './morphology.js';
import { gapOf, lemmasAt, type Sentence } from './name-context.js';
import { RELATION_WORDS, TITLE_BASE } from './name-context-words.js';

export const list = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));
export const COORDINATORS = list(`ja tai sekä eli vai`);

/** Ships, whose name is often written uninflected after an inflected kind: "jäänmurtajilla Otso ja Urho". */
const SHIP_HEADS = list(`alus laiva lautta risteilijä jäänmurtaja vene`);
/** Kinds of things that are named ("laivalla Gabriella", "peli Tetris", "kappale Teuvo"), written before the name. */
const THING_HEADS: ReadonlySet<string> = new Set([
  ...SHIP_HEADS,
  ...list(`
    yhtye bändi kuoro orkesteri joukkue seura kerho sarja sarjakuva elokuva kirja romaani peli ohjelma kappale laulu
    biisi levy albumi lehti sovellus palvelu hanke projekti yritys firma ketju merkki tuote huone sali
  `),
]);
/** "m/s Gabriella", "M/S Amorella", "s/s Ukko-Pekka": a ship's prefix. */
const SHIP_PREFIX = /(?:^|[\s(])(?:[mMsS]\/[sS]|MS|ms)\s$/u;

/** A thing named like a person, by the words around it. */
export function isThingNamedHere(s: Sentence, i: number): boolean {
  return (
    isNamingSomething(s, i) ||
    isListedWithThing(s, i) ||
    isNameDay(s, i) ||
    isWorkConsumed(s, i) ||
    isShipNamed(s, i) ||
    isAfterEnglishKind(s, i)
  );
}

/** In English, a thing's kind before its name: "the ferry Victoria", "the band Eppu", "FC Honka". */
const ENGLISH_KINDS = list(`
  ferry ship boat vessel cruiser band club team game series show book novel film movie song album app horse dog cat
  restaurant cafe café shop project group circle fc ifk if sc bk
`);

function isAfterEnglishKind(s: Sentence, i: number): boolean {
  const prev = s.tokens[i - 1];
  const token = s.tokens[i];
  if (!prev || token?.shape !== 'title' || s.text.slice(prev.end, token.start) !== ' ') return false;
  const isClubMark = prev.shape === 'upper' && prev.text.length <= 3;
  return (s.isEnglish[i] === true || isClubMark) && ENGLISH_KINDS.has(prev.lower) && prev.shape !== 'title';
}

/**
 * "jäänmurtajilla Urholla ja Sisulla", "sarjakuva Viivi", "yhtye Eppu": a thing's kind (or one of `heads`), then its
 * name, in the same case, as an apposition is ("laivalla Gabriellalla"; not "kirjoilla Aleksandrina", "tilalla Saari").
 */
export function isNamedAfterItsKind(s: Sentence, i: number, heads: ReadonlySet<string>): boolean {
  const prev = s.tokens[i - 1];
  const token = s.tokens[i];
  if (prev?.shape !== 'lower' || token?.shape !== 'title' || s.text.slice(prev.end, token.start) !== ' ')
    return false;
  // "jäänmurtajilla Otso ja Urho": the next in the list is of the same kind
  if (COORDINATORS.has(prev.lower) && isNamedAfterItsKind(s, i - 2, heads)) return true;
  const kinds = (s.readings[i - 1] ?? []).filter((r) => {
    const base = r.baseForm.toLowerCase();
    return heads.has(base) || endsInHead(base, THING_HEADS);
  });
  const own = s.readings[i] ?? [];
  const ownCases = own.length > 0 ? own.map((r) => r.case) : [caseByEnding(token.lower)];
  if (kinds.some((h) => ownCases.includes(h.case))) return true;
  // a ship's name uninflected after its kind in any case ("jäänmurtajilla Otso", "risteilyaluksella Gabriella")
  return ownCases.includes('nimento') && kinds.some((h) => endsInHead(h.baseForm.toLowerCase(), SHIP_HEADS));
}

/** The kind itself or a compound ending in it: "neuvotteluhuone", "risteilyalus". */
function endsInHead(base: string, heads: ReadonlySet<string>): boolean {
  if (heads.has(base)) return true;
  for (let cut = 3; cut <= base.length - 4; cut += 1) if (heads.has(base.slice(cut))) return true;
  return false;
}

/** "m/s Gabriella", "(m/s Amorella)": a ship, whatever its name. */
function isShipNamed(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  return token !== undefined && SHIP_PREFIX.test(s.text.slice(Math.max(0, token.start - 6), token.start));
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

/** A case ending and its case, for a word no dictionary knows; the first that matches counts. */
const CASE_ENDINGS: ReadonlyArray<readonly [RegExp, GrammaticalCase]> = [
  [/ll[aä]$/u, 'ulkoolento'],
  [/lt[aä]$/u, 'ulkoeronto'],
  [/lle$/u, 'ulkotulento'],
  [/ss[aä]$/u, 'sisaolento'],
  [/st[aä]$/u, 'sisaeronto'],
  [/ksi$/u, 'tulento'],
  [/n[aä]$/u, 'olento'],
  [/n$/u, 'omanto'],
];

/** The case a word no dictionary knows is in, by its ending: "Gabriellalla" adessive. */
function caseByEnding(lower: string): GrammaticalCase {
  return CASE_ENDINGS.find(([ending]) => ending.test(lower))?.[1] ?? 'nimento';
}

/** Verbs whose partitive object is a work: a game played, a book read, a series watched, a song danced or sung. */
const MEDIA_VERBS = list(`pelata lukea katsoa katsella kuunnella lainata tanssia laulaa soittaa fanittaa`);

/**
 * "pelaa Tetristä ja Super Mariota", "lainataan Herra Hakkaraisia, Tatua ja Patua", "tanssii Kaunista Veeraa":
 * a capitalised partitive after a verb of playing, reading, watching, listening, dancing or singing (or in the list
 * that follows one) is a work's title.
 */
function isWorkConsumed(s: Sentence, i: number): boolean {
  // by morphology where it reads the word ("Riikalta" ends in -a but is no partitive), else by the ending
  const isPartitive = (j: number) => {
    const readings = s.readings[j] ?? [];
    return readings.length > 0
      ? readings.some((r) => r.case === 'osanto')
      : /[aä]$/u.test(s.tokens[j]?.lower ?? '');
  };
  if (s.tokens[i]?.shape !== 'title' || !isPartitive(i)) return false;
  let j = i;
  for (let steps = 0; steps < 10; steps += 1) {
    const p = j - 1;
    const token = s.tokens[p];
    if (!token) return false;
    const gap = gapOf(s, p, j);
    if (
      gap === ' ' &&
      (s.readings[p] ?? []).some(
        // "käy katsomassa Anteroa", "menee katsomaan mummoa": going to see someone is a visit, not a film
        (r) => r.wordClass === 'teonsana' && MEDIA_VERBS.has(r.baseForm) && r.mood !== 'MA-infinitive',
      )
    )
      return true;
    // back over the list and over the words of a title: ", ", " ja ", " sekä ", "Super Mariota"
    if (COORDINATORS.has(token.lower) && gap === ' ') j = p;
    // a listed work is capitalised too ("soitti perään, Riikalta" lists nothing)
    else if (token.shape === 'title' && (gap === ' ' || /^, ?$/u.test(gap))) j = p;
    else return false;
  }
  return false;
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
  // a number may be part of the title: "Hytti nro 6 -elokuvan", "Apollo 13 -elokuva"
  const kind = /^(?: (?:nro|no\.?|osa))?(?: \d{1,4})? -(\p{Ll}[\p{L}-]*)/u.exec(rest)?.[1];
  return kind !== undefined && isUninflected(s, i) && !isPersonKind(kind);
}

/** Only the tail of "X Y -maito" inflects: the name's words stand in the nominative ("Mary-Annille X -palvelu" does not). */
function isUninflected(s: Sentence, i: number): boolean {
  const readings = s.readings[i] ?? [];
  if (readings.length > 0) return readings.some((r) => r.case === 'nimento' || r.case === undefined);
  const ending = caseByEnding(s.tokens[i]?.lower ?? '');
  return ending === 'nimento' || ending === 'omanto';
}

/** A person's role, relative or what is said of one, as the tail of a spaced-hyphen compound ("Matti -setä"). */
function isPersonKind(word: string): boolean {
  return [word, ...lemmaCandidates(word)].some((b) => isPersonTail(b) || NAMED_PERSON.test(b));
}

/**
 * A base form that is a person or what is said of one, as a compound's tail: a relative, a title, "Mikko-vainaja",
 * "Pekka-tapaus", "Ahmed-poika".
 */
export const isPersonTail = (base: string): boolean =>
  RELATION_WORDS.has(base) || TITLE_BASE.test(base) || PERSON_TAILS.test(base);
const PERSON_TAILS =
  /(?:vainaja|poika|tyttö|vauva|kulta|parka|raukka|tapaus|asia|juttu|keissi|perhe|herra|rouva|neiti|setä|täti|eno|vaimo|mies)$/u;
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
      // "Poika Otso ja tytär Aino": a relative or a role is a person, not a thing
      !readings.some((r) => isPersonTail(r.baseForm.toLowerCase())) &&
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
