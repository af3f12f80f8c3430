/**
 * A name-like word as the subject of the clause it opens: what the predicate after it says.
 * "Toivo on 61-vuotias", "Armo on työtön" give a person's age or status ('status'); "Satu jaksaa"
 * is what only a person does ('personal'); "Satu
 * kertoi", "Kivi ei ole vastannut" are a person's acts, or an office's ('human'); "Onni ei tullut", "Salo ei ole päässyt", "Meri on poissa" are a person's or a moving
 * thing's ('likely'); "Tuuli kääntyi", "Meri rauhoittaa" are a verb that need not be a person's
 * ('other'); "Toivo on vähissä", "Onni ei ole ollut puolella", "Tarmoa riittää" say nothing.
 */
import type { WordAnalysis } from './morphology.js';
import type { Sentence } from './name-context.js';
import {
  IMPERSONAL_VERBS,
  PERSON_PREDICATE,
  PERSON_VERB_FORMS,
  TITLE_ENDINGS,
} from './name-context-words.js';
import { HUMAN_VERBS, MOTION_VERBS, PERSONAL_VERBS, activeVerbOf } from './name-verbs.js';

export type Predicate = 'status' | 'personal' | 'human' | 'likely' | 'other' | undefined;

/**
 * An age or a status only a person has: "on 61-vuotias", "on ollut työttömänä"; a role or a family tie, maybe
 * someone's ("on asiakkaan työvalmentaja", "on voiton tytär", "on eläkkeellä oleva sairaanhoitaja").
 */
const ROLE = String.raw`(?:\p{L}+n\s+)?\p{L}*(?:${TITLE_ENDINGS}|tytär|poika|äiti|isä|vaimo|puoliso|sisko|veli|serkku|naapuri|ystävä|työkaveri)(?![\p{L}])`;
/**
 * A number that can be an age: "on 61", "on 61-vuotias"; not a measure or an amount ("Asunto on 24 m²", "tuuli on
 * 10 metriä sekunnissa", "vuokra on 615 €").
 */
const AGE_NUMBER = String.raw`\d{1,3}(?![\d.,]?\d)(?!\s?(?:m²|m2|m\/s|cm|mm|km|neliö|astetta|°|asteen|metriä|metrin|kiloa|kg|litraa|euroa|eur|€|e(?![\p{L}])|%|prosenttia|kertaa|tuntia|h(?![\p{L}])|min|kk|päivää|viikkoa|sivua|pistettä|p(?![\p{L}])))`;
const STATUS_PREDICATE = new RegExp(
  String.raw`^\s+(?:(?:nyt|jo|vielä|ollut|edelleen)\s+)*(?:${AGE_NUMBER}|[\p{L}-]*vuotia|työtön|työttömänä|sairaslomalla|sairauslomalla|eläkkeellä|raskaana|opiskelija|yksinhuoltaja|asiakas|kuntoutuksessa|sairaalassa|${ROLE})`,
  'u',
);
/** "salo on asiakkaan työvalmentaja", "vilja on voiton tytär": a role or a family tie, whatever the word is. */
const ROLE_PREDICATE = new RegExp(String.raw`^\s+on\s+(?:(?:nyt|jo|vielä|edelleen)\s+)*${ROLE}`, 'u');

/** The clause the word at `i` opens says it is someone's role or relative. */
export function hasRoleAfter(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  return token !== undefined && ROLE_PREDICATE.test(s.text.slice(token.end, token.end + 60));
}

const FINITE_MOODS: ReadonlySet<string> = new Set(['indicative', 'conditional', 'potential']);
const BREAK = /[.!?\n]/u;

/** The word right after `i` with nothing but spaces between, in the same sentence. */
function adjacent(s: Sentence, i: number): number | undefined {
  const a = s.tokens[i];
  const b = s.tokens[i + 1];
  if (!a || !b) return undefined;
  // "Ahmed:lle kerrottiin": the colon ending belongs to the word
  const gap = s.text.slice(a.colonEnding === '' ? a.end : a.end + 1 + a.colonEnding.length, b.start);
  return gap.trim() !== '' || BREAK.test(gap) ? undefined : i + 1;
}

/** A person's act or state, whether or not an office could do it too. */
export function isPersonPredicate(p: Predicate): boolean {
  return p === 'status' || p === 'personal' || p === 'human';
}

const OWN_REFERENCE =
  /^(?:hän|hänen|häntä|hänet|hänellä|hänelle|häneltä|hänestä|häneen|hänessä|itse|itsensä|itseään|omasta|omaa|oman|omat)$/u;

/** "Salla kertoi, että äiti on hänen ainoa tukensa": the same sentence goes on about the person. */
export function hasOwnReferenceAfter(s: Sentence, i: number): boolean {
  for (let j = i + 1; j < s.tokens.length && j <= i + 16; j += 1) {
    const before = s.tokens[j - 1];
    const token = s.tokens[j];
    if (!token || !before || BREAK.test(s.text.slice(before.end, token.start))) return false;
    if (OWN_REFERENCE.test(token.lower)) return true;
  }
  return false;
}

/** "Satu kertoi", "Toivo on 61-vuotias", "Onni ei tullut": the predicate after the word at `i`. */
export function predicateAfter(s: Sentence, i: number): Predicate {
  const n = adjacent(s, i);
  if (n === undefined) return undefined;
  const readings = s.readings[n] ?? [];
  if (readings.length === 0) return listModePredicate(s, n);
  if (readings.some((r) => r.wordClass === 'kieltosana' && isThirdSingular(r))) return negatedPredicate(s, n);
  const finite = readings.filter((r) => r.wordClass === 'teonsana' && isThirdSingular(r) && isFinite(r));
  if (finite.length === 0) return undefined;
  if (finite.some((r) => r.baseForm === 'olla')) return olla(s, n);
  return judgeVerbs(finite.map((r) => r.baseForm));
}

/** "ei tullut", "ei vastaa", "ei ole päässyt", "ei ole ollut töissä". */
function negatedPredicate(s: Sentence, n: number): Predicate {
  const v = adjacent(s, n);
  if (v === undefined) return undefined;
  const verbs = (s.readings[v] ?? []).flatMap((r) => activeVerbOf(r) ?? []);
  if (verbs.length === 0) return undefined;
  return verbs.includes('olla') ? olla(s, v) : judgeVerbs(verbs);
}

/** "on 61-vuotias", "on ollut työttömänä", "oli kertonut", "ei ole vastannut". */
function olla(s: Sentence, n: number): Predicate {
  const token = s.tokens[n];
  if (!token) return undefined;
  const rest = s.text.slice(token.end, token.end + 60);
  if (STATUS_PREDICATE.test(rest)) return 'status';
  // "on kotona", "on poissa": a person's whereabouts, but also the sea's or the wind's
  if (PERSON_PREDICATE.test(rest)) return 'likely';
  const v = adjacent(s, n);
  // "on kertonut" is the subject's act; "on katkaistu" is done to it
  const participles = (v === undefined ? [] : (s.readings[v] ?? []))
    .flatMap((r) => (r.wordClass === 'teonsana' ? [] : (activeVerbOf(r) ?? [])))
    .filter((verb) => verb !== 'olla');
  return participles.length > 0 ? judgeVerbs(participles) : undefined;
}

function judgeVerbs(verbs: readonly string[]): Predicate {
  if (verbs.some((v) => PERSONAL_VERBS.has(v))) return 'personal';
  if (verbs.some((v) => HUMAN_VERBS.has(v))) return 'human';
  if (verbs.some((v) => MOTION_VERBS.has(v))) return 'likely';
  return verbs.some((v) => !IMPERSONAL_VERBS.has(v)) ? 'other' : undefined;
}

/** Without morphology: "on/oli" before an age or a state, or a listed verb form of a person. */
function listModePredicate(s: Sentence, n: number): Predicate {
  const verb = s.tokens[n];
  if (!verb) return undefined;
  if (verb.lower === 'on' || verb.lower === 'oli')
    return PERSON_PREDICATE.test(s.text.slice(verb.end, verb.end + 60)) ? 'human' : undefined;
  // "ei ole ollut puolella" says nothing of a person; "ei tullut", "ei vastannut" do
  const after = s.tokens[n + 1];
  if (verb.lower === 'ei' && after?.lower === 'ole')
    return PERSON_PREDICATE.test(s.text.slice(after.end, after.end + 60)) ? 'human' : undefined;
  return PERSON_VERB_FORMS.test(verb.lower) ? 'human' : undefined;
}

function isThirdSingular(r: WordAnalysis): boolean {
  return r.person === '3' && r.number === 'singular';
}

function isFinite(r: WordAnalysis): boolean {
  return FINITE_MOODS.has(r.mood ?? '');
}
