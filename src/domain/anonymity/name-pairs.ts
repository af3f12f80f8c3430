/**
 * Names read in pairs: a first name and a surname side by side ("Satu Laaksonen", "satu
 * laaksonen", "Virtanen Matti"), and nicknames introduced in the text ("kutsuvat häntä Nallesta").
 */
import { EVERYDAY_WORDS } from './everyday-words.js';
import { evidenceOf, type Verdict } from './list-verdict.js';
import type { WordAnalysis } from './morphology.js';
import { COMMON_WORDS, isSurname } from './name-lists.js';
import { gapOf, type Sentence } from './name-context.js';
import type { NameView } from './name-view.js';
import { mayBeUnknownName } from './name-declined-unknown.js';
import { isForeignWordHere } from './name-exclusions.js';
import { CAPITALISED_WORD, isAfterCapitalisedWord, isUnknownProperWord } from './name-english.js';

const BLOCK: Verdict = { severity: 'block', confidence: 'high' };

export function markFullNames(
  s: Sentence,
  views: readonly NameView[],
  verdicts: Array<Verdict | undefined>,
): void {
  for (let i = 0; i + 1 < s.tokens.length; i += 1) {
    const a = s.tokens[i];
    const b = s.tokens[i + 1];
    if (!a || !b || s.text.slice(a.end, b.start) !== ' ') continue;
    // "The German periods": English words, a country or a nationality, are no name's half
    if (isForeignWordHere(s, i) || isForeignWordHere(s, i + 1)) continue;
    const isListPair =
      (isListFullName(a, b) || isEnglishFullName(s, i)) && !isOnlyWord(views[i]) && !isOnlyWord(views[i + 1]);
    if (isListPair || isMorphologyFullName(views[i], views[i + 1], verdicts[i], verdicts[i + 1])) {
      verdicts[i] = BLOCK;
      verdicts[i + 1] = BLOCK;
    } else completeWithUnknownWord(s, views, verdicts, i);
  }
}

/**
 * A refused name and a word no source knows side by side are one name: "Tesfaye Haile", "ahmed warsame" (a surname
 * after a name in its base form, written the same way, not a slip in a known word); "Farzaneh Ahmadi" (a
 * capitalised first name before a refused surname).
 */
function completeWithUnknownWord(
  s: Sentence,
  views: readonly NameView[],
  verdicts: Array<Verdict | undefined>,
  i: number,
): void {
  const a = s.tokens[i];
  const b = s.tokens[i + 1];
  const va = views[i];
  if (!a || !b || !va || a.colonEnding !== '' || a.shape !== b.shape) return;
  const [first, second] = [verdicts[i], verdicts[i + 1]];
  if (first?.severity === 'block' && second?.severity !== 'block') {
    // "Sanna Lehmuskallio": a capitalised compound of nature words after a refused first name is a surname
    if (isCompoundSurnameAfter(s, views, i)) {
      verdicts[i + 1] = first;
      return;
    }
    if (!/^\p{L}[\p{L}-]+$/u.test(b.text) || !isUnknownNameHere(s, views, i + 1)) return;
    // an unknown word may be in any case ("kaidon työkkärin"): only a capitalised pair is read as one name then
    if (va.isKnown ? va.isFirstName && va.isNominativeName : a.shape === 'title') verdicts[i + 1] = first;
  } else if (first?.severity === 'warn' && second === undefined && a.shape === 'title') {
    // "Meron Alemu Bekele", "Yuliana Restrepo": a name only asked about, then a capitalised word no source knows, is
    // asked about whole
    if (!/^\p{L}[\p{L}-]+$/u.test(b.text) || !isUnknownNameHere(s, views, i + 1)) return;
    if (!va.isKnown || (va.isFirstName && va.isNominativeName)) verdicts[i + 1] = first;
  } else if (second?.severity === 'block' && first?.severity !== 'block' && a.shape === 'title') {
    const isSurname = views[i + 1]?.isSurname === true || views[i + 1]?.isKnown === false;
    // "Jomar Santos came": in English an unknown capitalised word English would not capitalise
    if (isSurname && isUnknownNameHere(s, views, i)) verdicts[i] = second;
  } else if (second !== undefined && first === undefined && a.shape === 'title' && !va.isKnown) {
    // "Liis Kuusk": a word no source knows before a name only asked about is its first half, asked about with it
    if (isUnknownNameHere(s, views, i) && views[i + 1]?.isKnown === false) verdicts[i] = second;
  }
}

/** A word no source knows that may be a name where it stands: in English one English would not capitalise. */
function isUnknownNameHere(s: Sentence, views: readonly NameView[], i: number): boolean {
  return s.isEnglish[i] === true ? isUnknownProperWord(s, views, i) : mayBeUnknownName(s, views[i], i);
}

/**
 * A first name in the nominative, then inside a sentence a capitalised word morphology reads only as a common noun: a
 * long one, as Finnish surnames are made ("Lehmuskallio", "Koivuniemi"), or one the surname lists hold ("Jari Kettu",
 * "Hannu Pappila", "Jarkko Heinä"); not in English or Swedish.
 */
function isCompoundSurnameAfter(s: Sentence, views: readonly NameView[], i: number): boolean {
  const va = views[i];
  const b = s.tokens[i + 1];
  if (!va?.isKnown || !va.isFirstName || !va.isNominativeName || !b || b.shape !== 'title') return false;
  if (b.isSentenceStart || s.isEnglish[i + 1] === true || s.isSwedish[i + 1] === true) return false;
  // "Matti Meikäläinen": an inhabitant word is the placeholder's, not a surname made of nature words
  if (/l[aä]inen$|l[aä]ise/u.test(b.lower)) return false;
  const readings = s.readings[i + 1] ?? [];
  const nouns = readings.filter((r) => r.wordClass === 'nimisana' && r.number === 'singular');
  // "Heinä" is also a pronoun's rare form, "Pohjola" a place's name; never a verb
  if (nouns.length === 0 || readings.some((r) => r.wordClass === 'teonsana')) return false;
  const isOnlyNoun = nouns.length === readings.length;
  if (b.text.length >= 8 && isOnlyNoun) return true;
  // a listed surname, unless it begins a longer name ("Veikko ja Lahja Hurstin Laupeudentyön Apu")
  const isLonger = s.tokens[i + 2]?.shape === 'title' && gapOf(s, i + 1, i + 2) === ' ';
  return !isLonger && nouns.some((r) => isSurname(r.baseForm.toLowerCase()));
}

/** Same shape, an uninflected first name, then a name-list word ("Toivo Rantanen", "MATTI VIRTANEN"). */
function isListFullName(a: Sentence['tokens'][number], b: Sentence['tokens'][number]): boolean {
  if (a.shape !== b.shape || (a.shape !== 'title' && a.shape !== 'upper')) return false;
  const ea = evidenceOf(a);
  const eb = evidenceOf(b);
  return ea.isExactFirstName && (eb.isSurname || eb.isFirstName || eb.hasSurnameShape);
}

/**
 * "Client: Diego Fernández, 34", "intake for Amara Okafor": in English, which capitalises little but names, a listed
 * first name right before another capitalised word is a full name, whatever lists or morphology say of the second;
 * not the last two of three capitalised words ("the Santa Claus Village").
 */
function isEnglishFullName(s: Sentence, i: number): boolean {
  const a = s.tokens[i];
  const b = s.tokens[i + 1];
  if (s.isEnglish[i] !== true || !a || !b || a.shape !== 'title' || b.shape !== 'title') return false;
  // "the Santa Claus Village": a third capitalised word before them makes a place's or a thing's name
  if (isAfterCapitalisedWord(s, i)) return false;
  return evidenceOf(a).isExactFirstName && CAPITALISED_WORD.test(b.text);
}

/** Morphology knows the word and it is no name by any source ("EIVÄT OLE MENNEET"). */
function isOnlyWord(view: NameView | undefined): boolean {
  return view !== undefined && view.isKnown && !view.hasNameReading && !view.isListName;
}

/** One of the two already a name, the other a first name / surname that completes it. */
function isMorphologyFullName(
  a: NameView | undefined,
  b: NameView | undefined,
  va: Verdict | undefined,
  vb: Verdict | undefined,
): boolean {
  // a place that is also a name completes a name ("janina lahti"); other allowed words do not
  const isOut = (v: NameView) => v.isAllowed && !v.isPlaceAlsoName;
  if (!a?.isKnown || !b?.isKnown || isOut(a) || isOut(b)) return false;
  const isBlocked = va?.severity === 'block' || vb?.severity === 'block';
  if (!isBlocked) return false;
  const firstThenSurname = a.isFirstName && a.isNominativeName && b.isSurname;
  const surnameThenFirst = a.isSurname && a.isNominativeName && b.isFirstName;
  return (firstThenSurname || surnameThenFirst) && (a.hasNameReading || b.hasNameReading);
}

const CALL = String.raw`(?:kutsu(?:vat|u|taan|ttiin|tiin|mme|n|ivat|i)|sano(?:vat|taan|ttiin|o|i|ivat))`;
const OBJECT = String.raw`(häntä|hänt|minua|heitä|poikaa|tyttöä|itseään|itseäni|sitä|jota|joita)`;
/**
 * "kutsuvat häntä Nalle", "kaverit sanovat häntä Pekkikseksi", "häntä kutsutaan Nalleksi",
 * "porukoissa sitä sanotaan höyliksi", "poika, jota kutsutaan Tepiksi", "kutsuu itseään Maxiksi",
 * "lempinimeltään Tuppu", "hänestä käytetään nimeä Rölli-Raimo", "tunnetaan nimellä X"; a name said to be one
 * ("sukunimi on koivu", "nimensä on Aada", "vauvan, jonka nimi on Ilo"), a nickname's real name or the other way ("(oikeasti Pentti)",
 * "(tuttavallisesti Vote)"), and the name someone gives ("esittäytyy Penaksi").
 */
const NICKNAME = new RegExp(
  [
    String.raw`${CALL}\s+${OBJECT}\s+(?:nimellä\s+)?`,
    String.raw`\(\s*(?:kaikki|kaverit|muut|perhe|kotona|porukassa)\s+${CALL}\s+`,
    String.raw`${OBJECT}\s+${CALL}\s+(?:nimellä\s+)?`,
    String.raw`(?:käyt(?:etään|ettiin|tävät|tää|ti|ivät))\s+(?:(?:hänestä|heistä|pojasta|tytöstä|itsestään)\s+)?(?:\p{Ll}+\s+)?(?:nimeä|nimitystä|lempinimeä)\s+`,
    String.raw`(?:lempinimi(?:ltään|ltä|nsä)?|kutsumanimi(?:ltään|nsä)?|tunnetaan\s+nimellä|kutsumanimellä|lempinimellä|kulkee\s+nimellä|nimellä)\s*(?:on\s+)?:?\s*`,
    String.raw`(?<![\p{L}-])(?:(?:suku|etu)nimi(?:nsä)?|nimensä|(?:hänen|lapsen|vauvan|pojan|tytön|tyttären|puolison)\s+nimi)\s+(?:on|oli)\s+`,
    // "sai vauvan, jonka nimi on Ilo": a person's name, not a laundry's ("pesulassa, jonka nimi oli Lumikki")
    String.raw`(?<![\p{L}-])(?:vauva|lap[sp]|poika|poja|tyttö|tytö|tytär|tyttär|mie|nai|puoliso|kaveri|ystäv|nuor)\p{L}*,?\s+jonka\s+nimi\s+(?:on|oli)\s+`,
    String.raw`\(\s*(?:oikeasti|oikeesti|oikeestaan|oikealta\s+nimeltään|tuttavallisesti|tuttavallisemmin)\s+`,
    String.raw`(?<![\p{L}-])esittäyty(?:y|i|vät|ivät)\s+(?=\p{L}+(?:ksi|kse)\b)`,
  ].join('|'),
  'giu',
);
/** A word every nickname pattern needs: most texts have none, and the full patterns are tried at every word. */
const NICKNAME_HINT = /kutsu|sano|käyt|nim|oikeasti|oikeesti|tuttavall|esittäyty/iu;
/** "Tuke (niin häntä kaikki kutsuu)", "ali (oikeasti Cali Nuur)": the nickname just before the parenthesis. */
const NICKNAME_BEFORE = new RegExp(
  String.raw`\s*\(\s*(?:(?:niin|siten|näin)\s+)?(?:häntä|hänt)\s+(?:\p{Ll}+\s+){0,2}${CALL}|\s*\(\s*oike[ae]s(?:ti|taan)\s+\p{L}`,
  'giu',
);
const QUOTE = /["“”'»«]/u;
/** "sitä", "jota" may be a thing ("jota kutsutaan Nuorisotakuuksi"): then only a name-like word is a nickname. */
const NEUTRAL_OBJECTS: ReadonlySet<string> = new Set(['sitä', 'jota', 'joita']);
const NAME_TALK = /\b(?:nime[äa]|nimi|nimell[äa]|lempinim|kutsumanim)/iu;

const ALIAS_WORDS: ReadonlySet<string> = new Set(['eli', 'alias', 'aka', 'siis']);

/**
 * "tää jallu eli jarmo koskela", "Pena alias Pentti Laine": the word before "eli" or "alias" and a refused name is
 * that person's other name, whatever else it could be (Jallu is a liqueur); not a word morphology knows as an ordinary
 * word ("asiakas eli Matti", "päivänä eli Kustaa Aadolfin päivänä").
 */
export function markAliases(
  s: Sentence,
  views: readonly NameView[],
  verdicts: Array<Verdict | undefined>,
): void {
  for (let i = 0; i + 2 < s.tokens.length; i += 1) {
    const alias = s.tokens[i + 1];
    if (!alias || !ALIAS_WORDS.has(alias.lower) || verdicts[i + 2]?.severity !== 'block') continue;
    if (verdicts[i]?.severity === 'block') continue;
    const view = views[i];
    // a word morphology knows must be a name to it: "päivänä eli Kustaa Aadolfin päivänä" is a day
    const isOnlyAWord = view !== undefined && view.isKnown && (!view.hasNameReading || view.isAmbiguous);
    const isPlain = gapOf(s, i, i + 1) === ' ' && gapOf(s, i + 1, i + 2) === ' ';
    if (view && !isOnlyAWord && !view.isFunctionWord && isPlain) verdicts[i] = BLOCK;
  }
}

export function markNicknames(
  s: Sentence,
  views: readonly NameView[],
  verdicts: Array<Verdict | undefined>,
): void {
  if (!NICKNAME_HINT.test(s.text)) return;
  for (const m of s.text.matchAll(NICKNAME)) {
    const at = m.index + m[0].length;
    const quoted = QUOTE.test(s.text.charAt(at));
    const i = s.tokens.findIndex((t) => t.start === at || (quoted && t.start === at + 1));
    const token = s.tokens[i];
    const view = views[i];
    if (!token || !view || view.isAllowed) continue;
    const object = (m[1] ?? m[2] ?? '').toLowerCase();
    const isNeutral = NEUTRAL_OBJECTS.has(object);
    if (quoted || token.colonEnding !== '' || isNameLike(s, view, i, !isNeutral)) verdicts[i] = BLOCK;
    else if (!isNeutral) markCapitalisedAfter(s, views, verdicts, i);
  }
  for (const m of s.text.matchAll(NICKNAME_BEFORE)) {
    const i = s.tokens.findIndex((t) => t.end === m.index);
    const view = views[i];
    // the brackets say it is a name, even one a brand has ("jallu (oikeesti jarno heikkilä)")
    if (view && (view.isAllowed || isNameLike(s, view, i, true))) verdicts[i] = BLOCK;
  }
}

/**
 * "Nalleksi", "Tepiksi" (unknown), "Maxiksi" (a name); in lower case after "häntä" a word that is no
 * common description ("kutsuvat häntä laiskaksi" describes him), after "sitä" only where the sentence
 * talks of names ("sitä sanotaan höyliksi, oikeaa nimeä ei käytä kukaan").
 */
function isNameLike(s: Sentence, view: NameView, i: number, isPersonal: boolean): boolean {
  const token = s.tokens[i];
  if (!token) return false;
  if (view.hasNameReading || (isPersonal && token.shape === 'title')) return true;
  // unknown to morphology: a coined word; in list mode every word is unknown, so the lists decide
  if (!view.isKnown) return s.hasMorphology || evidenceOf(token).isFirstName || evidenceOf(token).isSurname;
  if (token.shape !== 'lower' || isCommonDescription(s.readings[i] ?? [])) return false;
  return isPersonal || NAME_TALK.test(sentenceAround(s.text, token.start));
}

function isCommonDescription(readings: readonly WordAnalysis[]): boolean {
  return readings.some((r) => {
    const base = r.baseForm.toLowerCase();
    return COMMON_WORDS.has(base) || EVERYDAY_WORDS.has(base);
  });
}

function sentenceAround(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('\n', at)) + 1;
  const ends = [text.indexOf('.', at), text.indexOf('\n', at)].filter((e) => e >= 0);
  return text.slice(from, ends.length > 0 ? Math.min(...ends) : text.length);
}

/** "häntä kutsutaan koulussa Nalleksi": a capitalised word one or two words on, in the same clause. */
function markCapitalisedAfter(
  s: Sentence,
  views: readonly NameView[],
  verdicts: Array<Verdict | undefined>,
  i: number,
): void {
  for (let j = i + 1; j <= i + 2; j += 1) {
    const prev = s.tokens[j - 1];
    const token = s.tokens[j];
    if (!prev || !token || !/^[ \t]+$/u.test(s.text.slice(prev.end, token.start))) return;
    if (token.shape === 'title' && !views[j]?.isAllowed) {
      verdicts[j] = BLOCK;
      return;
    }
  }
}
