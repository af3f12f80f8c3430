/**
 * The words around a name-like word: what makes it a person (a relation word or a title before
 * it, an age or a verb of telling after it) or a place ("muutti Kaarinaan"); organisations are in
 * name-organisation.ts.
 * Works on base forms from morphology where there are any, on the written forms otherwise.
 */
import { lemmaCandidates } from './finnish-inflection.js';
import type { AnalyseWord, WordAnalysis } from './morphology.js';
import {
  AGE_AFTER,
  CLAUSE_OPENERS,
  PLACE_FORMS,
  PLACE_VERBS,
  RELATION_FORMS,
  RELATION_WORDS,
  TITLE_BASE,
  TITLE_FORMS,
} from './name-context-words.js';
import { isApposition } from './name-apposition.js';
import type { Token } from './name-tokens.js';
import { PLACE_NAMES } from './place-names.js';
import { BRANDS } from './brands.js';
import { SERVICE_WORDS } from './service-words.js';

export interface Sentence {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly readings: ReadonlyArray<readonly WordAnalysis[]>;
  /** Per token: it stands in an English sentence (see english-text.ts). */
  readonly isEnglish: readonly boolean[];
  /** Per token: it stands in a Swedish sentence (see name-swedish.ts). */
  readonly isSwedish: readonly boolean[];
  /** Morphology answered for some word, so a word it does not know is unknown, not just unread. */
  readonly hasMorphology: boolean;
  /** The morphology the scan was given, for the parts and spellings of a word it does not know. */
  readonly analyse: AnalyseWord;
}

const BREAK = /[.!?\n]/u;
const LOCAL_FORM = /(?:ssa|ssä|sta|stä|([aeiouyäö])\1n|h[aeiouyäö]n|seen|siin|lla|llä|lta|ltä)$/u;
const LOCAL_CASES: ReadonlySet<string> = new Set([
  'sisaolento',
  'sisaeronto',
  'sisatulento',
  'ulkoolento',
  'ulkoeronto',
]);
const BRIDGE_WORDS: ReadonlySet<string> = new Set(
  `töissä nyt ennen aiemmin takaisin pois jo nykyään nykyisin myös vielä sitten aikoinaan edelleen yhä yksin juuri
  äskettäin hiljattain väliaikaisesti tilapäisesti kesäisin talvisin`.split(/\s+/u),
);

/** What stands between the words at `a` and `b`: " ", ", ", " – ". */
export const gapOf = (s: Sentence, a: number, b: number): string =>
  s.text.slice(s.tokens[a]?.end ?? 0, s.tokens[b]?.start ?? 0);

/** The word before `i` in the same sentence, or undefined. */
export function previous(s: Sentence, i: number): number | undefined {
  const prev = s.tokens[i - 1];
  const token = s.tokens[i];
  if (!prev || !token || BREAK.test(s.text.slice(prev.end, token.start))) return undefined;
  return i - 1;
}

export function next(s: Sentence, i: number): number | undefined {
  const token = s.tokens[i];
  const after = s.tokens[i + 1];
  if (!token || !after || BREAK.test(s.text.slice(token.end, after.start))) return undefined;
  return i + 1;
}

/** Base forms in lower case, and the written word itself. */
export function lemmasOf(s: Sentence, i: number): string[] {
  const token = s.tokens[i];
  const out = (s.readings[i] ?? []).map((r) => r.baseForm.toLowerCase());
  if (token) out.push(token.lower);
  return out;
}

/** Base forms by morphology, or guessed from the written word where morphology knows none (and in list mode). */
export function lemmasAt(s: Sentence, j: number): string[] {
  return (s.readings[j]?.length ?? 0) > 0 ? lemmasOf(s, j) : lemmaCandidates(s.tokens[j]?.lower ?? '');
}

/** "hänen poikansa Into", "asiakkaan vaimo Aino", "sosiaaliohjaaja Hanna", "tytär nimeltä Onni". */
export function followsRelationOrTitle(s: Sentence, i: number): boolean {
  const p = previous(s, i);
  // "ohjaaja M. Kallio": past the initial
  if (p === undefined && isInitialBefore(s, i)) return followsRelationOrTitle(s, i - 1);
  if (p === undefined) return followsAbbreviatedTitle(s, i);
  const word = s.tokens[p]?.lower ?? '';
  const token = s.tokens[i];
  // "her husband Rohit", "the landlord Mr Smith": in English, a capitalised word after a relative or a role
  if (s.isEnglish[i] === true && token?.shape === 'title' && ENGLISH_RELATIONS.has(word)) return true;
  const lemmas = lemmasOf(s, p);
  const isCue =
    lemmas.some((l) => RELATION_WORDS.has(l) || TITLE_BASE.test(l)) ||
    (RELATION_FORMS.test(word) && word.length <= 12) ||
    TITLE_FORMS.test(word);
  return isCue && token !== undefined && isApposition(s.readings[p] ?? [], token, s.readings[i] ?? []);
}

/** A single capital letter and its dot right before the word: "M. Kallio". */
function isInitialBefore(s: Sentence, i: number): boolean {
  const before = s.tokens[i - 1];
  return before !== undefined && /^\p{Lu}$/u.test(before.text) && /^\. ?$/u.test(gapOf(s, i - 1, i));
}

const ENGLISH_RELATIONS: ReadonlySet<string> = new Set(
  `husband wife son daughter mother father brother sister partner boyfriend girlfriend fiancé fiancée cousin uncle
  aunt grandmother grandfather grandson granddaughter niece nephew stepfather stepmother colleague landlord
  landlady employer supervisor neighbour neighbor friend client mr mrs ms dr sons daughters brothers sisters
  cousins children kids grandchildren parents mom mum dad grandma grandpa granny stepson stepdaughter ex
  ex-husband ex-wife fiance`.split(/\s+/u),
);

/** "Toivo (61)", "Satu, 34 v", "Onni 7-vuotias". */
export function hasAgeAfter(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  return token !== undefined && AGE_AFTER.test(s.text.slice(token.end, token.end + 24));
}

/** Sentence start, after a comma or after a conjunction: where a clause's subject stands. */
export function isClauseStart(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  if (!token) return false;
  if (token.isSentenceStart) return true;
  const p = previous(s, i);
  if (p === undefined) return false;
  const gap = s.text.slice(s.tokens[p]?.end ?? 0, token.start);
  return gap.includes(',') || CLAUSE_OPENERS.has(s.tokens[p]?.lower ?? '');
}

const PLACE_IS_BEFORE =
  /(?<![\p{L}])(?:asuinpaikka|asuinpaikkakunta|kotikunta|kotipaikka|kotipaikkakunta|paikkakunta|asuinkunta|kunta)\p{L}*\s+(?:on|oli)\s+$/iu;

/** "muutti Kaarinaan", "asuu Haaparannalla", "kotoisin Narvasta", "Kaarinassa on…": a place, not a person. */
export function isInPlaceContext(s: Sentence, i: number, hasInnerCasePlace: boolean): boolean {
  if (hasInnerCasePlace) return true;
  const n = next(s, i);
  if (n !== undefined && s.tokens[n]?.lower === 'kotoisin') return true;
  // "asuinpaikka on Loviisa", "kotikunta on Salo": a place named as where someone lives
  if (
    PLACE_IS_BEFORE.test(s.text.slice(Math.max(0, (s.tokens[i]?.start ?? 0) - 40), s.tokens[i]?.start ?? 0))
  )
    return true;
  // Swedish "bor i Loviisa", "flyttade till Salo"
  if (
    s.isSwedish[i] === true &&
    /(?:^|\s)(?:i|till|från)\s+$/u.test(
      s.text.slice(Math.max(0, (s.tokens[i]?.start ?? 0) - 6), s.tokens[i]?.start ?? 0),
    )
  )
    return true;
  // "mies 63, Rauma", "nainen 45 v, Lahti Liipola": a town after someone's age in a note's header
  if (AGE_BEFORE.test(s.text.slice(Math.max(0, (s.tokens[i]?.start ?? 0) - 24), s.tokens[i]?.start ?? 0)))
    return true;
  const p = previous(s, i);
  if (p === undefined) return false;
  if (isWhereSomethingIs(s, p, i)) return true;
  // one word may stand between: "käynyt töissä Haaparannalla", "muuttanut Suomeen Pietarista"
  const pp = isBridgeWord(s, p) ? previous(s, p) : undefined;
  if (!isPlaceVerb(s, p) && (pp === undefined || !isPlaceVerb(s, pp))) return false;
  const readings = s.readings[i] ?? [];
  // without morphology only a local ending is a safe place: "meni Matille" is a person
  return readings.length > 0
    ? readings.some((r) => LOCAL_CASES.has(r.case ?? ''))
    : LOCAL_FORM.test(s.tokens[i]?.lower ?? '');
}

/** Where a home or a workplace is, or a shop's branch: "vuokra-asunto Malmilla", "Tokmannilla Malmilla". */
const HOME_NOUN =
  /(?:asunto|kaksio|yksiö|kolmio|rivitalo|kerrostalo|omakotitalo|koti|työpaikka|toimipiste|myymälä|koulu|päiväkoti)$/u;

const AGE_BEFORE =
  /(?<![\p{L}\p{N}])(?:mies|nainen|nuori|asiakas)[ \t]*\(?\d{1,3}[ \t]*(?:v\.?|vuotta|-v)?\)?[ \t]*,[ \t]*$/iu;

/** Who comes from somewhere: "nainen Pietarista", "perhe Kiovasta". */
const ORIGIN_NOUN =
  /(?:nainen|mies|nuori|perhe|poika|tyttö|asiakas|pariskunta|henkilö|opiskelija|pakolainen|maahanmuuttaja)$/u;

function isWhereSomethingIs(s: Sentence, p: number, i: number): boolean {
  if (s.tokens[i]?.shape !== 'title' || gapOf(s, p, i) !== ' ') return false;
  const readings = s.readings[i] ?? [];
  if (readings.length === 0 || !readings.every((r) => LOCAL_CASES.has(r.case ?? ''))) return false;
  const lemmas = lemmasOf(s, p);
  // "Venäjänkielinen nainen Pietarista": where someone comes from
  const isFrom = readings.every((r) => r.case === 'sisaeronto');
  if (isFrom && lemmas.some((l) => ORIGIN_NOUN.test(l))) return true;
  const before = s.readings[p] ?? [];
  const isHome = lemmas.some((l) => HOME_NOUN.test(l));
  // a shop or a town first, not a name ("Virtaselta Kalliolta" is one person's)
  const isShopOrTown = lemmas.some((l) => BRANDS.has(l) || SERVICE_WORDS.has(l) || PLACE_NAMES.has(l));
  const isPlaceBefore =
    s.tokens[p]?.shape === 'title' &&
    isShopOrTown &&
    before.length > 0 &&
    before.every((r) => LOCAL_CASES.has(r.case ?? ''));
  return isHome || isPlaceBefore;
}

function isPlaceVerb(s: Sentence, i: number): boolean {
  return lemmasOf(s, i).some((l) => PLACE_VERBS.has(l)) || PLACE_FORMS.test(s.tokens[i]?.lower ?? '');
}

/** An adverb or a place between a place verb and the place. */
function isBridgeWord(s: Sentence, i: number): boolean {
  const lower = s.tokens[i]?.lower ?? '';
  return BRIDGE_WORDS.has(lower) || lemmaCandidates(lower).some((l) => PLACE_NAMES.has(l));
}

const RELATIVE =
  /(?:äiti|isä|veli|sisko|sisar|poika|tytär|vaimo|mies|puoliso|lapsi|mummo|mummi|ukki|vaari|täti|setä|eno|serkku|kaveri|ystävä|naapuri)$/u;
const POSSESSORS: ReadonlySet<string> = new Set(['asiakkaan', 'hänen', 'tämän', 'heidän', 'nuoren']);

/** "Usko on asiakkaan isoveli", "Aamu on hänen tyttärensä": the word is said to be someone's relative. */
export function isSaidToBeRelative(s: Sentence, i: number): boolean {
  const n = next(s, i);
  if (n === undefined || s.tokens[n]?.lower !== 'on') return false;
  const m = next(s, n);
  if (m === undefined || !POSSESSORS.has(s.tokens[m]?.lower ?? '')) return false;
  const r = next(s, m);
  return r !== undefined && lemmasOf(s, r).some((l) => RELATIVE.test(l));
}

/** Titles and roles workers abbreviate with a full stop: "as. lotta honka", "sos.ohj. Kirsi", "lääk. Oksanen". */
const ABBREVIATED_TITLES: ReadonlySet<string> = new Set([
  'as',
  'ohj',
  'sos.ohj',
  'lääk',
  'tk-lääk',
  'ty-lääk',
  'th',
  'sh',
  'psyk',
  'psyk.sh',
  'etuusk',
  'ts',
  'tri',
]);

/** The word before is an abbreviated title and only its full stop stands between: "as. lotta". */
function followsAbbreviatedTitle(s: Sentence, i: number): boolean {
  const prev = s.tokens[i - 1];
  const token = s.tokens[i];
  if (!prev || !token || !/^\. ?$/u.test(s.text.slice(prev.end, token.start))) return false;
  const written = s.text.slice(Math.max(0, prev.start - 4), prev.end).toLowerCase();
  const head = /(?:^|[\s(])((?:[\p{L}-]+\.)?[\p{L}-]+)$/u.exec(written)?.[1] ?? prev.lower;
  return ABBREVIATED_TITLES.has(head) || ABBREVIATED_TITLES.has(prev.lower);
}
