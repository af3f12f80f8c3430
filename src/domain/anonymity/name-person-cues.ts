/**
 * More signs that a name-like word is a person, for forms the subject-verb rule cannot see: a
 * genitive before a person's postposition or possession ("Joukon kanssa", "Virran B-lausunto"), a
 * recipient or source of a message ("Lehdolle kerrottiin", "tuomiselta tuli viesti"), a person's
 * partitive object ("tapasin halosta"), "X ja hänen tyttärensä", and an inhabitant word used alone
 * as a noun where a surname stands ("kysyin hämäläiseltä milloin…").
 */
import { EVERYDAY_WORDS } from './everyday-words.js';
import { lemmaCandidates } from './finnish-inflection.js';
import { RELATION_WORDS, TITLE_BASE } from './name-context-words.js';
import { SERVICE_WORDS } from './service-words.js';
import { NAME_CLASSES, type GrammaticalCase } from './morphology.js';
import type { Sentence } from './name-context.js';
import {
  COMPANY_POSTPOSITIONS,
  FAMILY_NOUNS,
  MESSAGE_NOUNS,
  MIND_POSTPOSITIONS,
  MESSAGE_SENDING_VERBS,
  MESSAGE_VERBS,
  OPINION_POSTPOSITIONS,
  PERSON_OBJECT_VERBS,
  PERSON_POSSESSIONS,
  PERSON_TOTAL_OBJECT_VERBS,
  RECIPIENT_VERBS,
  SOURCE_VERBS,
} from './name-cue-words.js';
import { nameCasesOf } from './name-cases.js';
import type { NameView } from './name-view.js';
import { hasRoleAfter } from './name-subject.js';
import { isClauseStart, lemmasOf } from './name-context.js';
import { isOneOfVerbs, verbBaseOf } from './name-verbs.js';

const list = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

const TELLING_FORMS =
  /^(?:kerrot|ilmoitet|soitet|lähetet|selitet|sanot|tarjot|luvat|kysyt|vastat|neuvot|suositelt|muistutet)/u;
const OWN_REFERENCE = list(`hänen hänellä hänelle häneltä häntä tämän`);
const PERSON_CASES: ReadonlySet<GrammaticalCase | undefined> = new Set([
  'ulkotulento',
  'ulkoeronto',
  'ulkoolento',
]);
const NOMINALS: ReadonlySet<string> = new Set(['nimisana', 'laatusana', 'nimisana_laatusana', 'lukusana']);

/** The next word with only spaces between ("Fatima:lle tehtiin": after the colon ending). */
function nextInClause(s: Sentence, i: number): number | undefined {
  const a = s.tokens[i];
  const b = s.tokens[i + 1];
  if (!a || !b) return undefined;
  const end = a.colonEnding === '' ? a.end : a.end + 1 + a.colonEnding.length;
  return /^[ \t]+$/u.test(s.text.slice(end, b.start)) ? i + 1 : undefined;
}

export function hasPersonCueAfter(s: Sentence, view: NameView, i: number): boolean {
  const token = s.tokens[i];
  const n = nextInClause(s, i);
  const after = n === undefined ? undefined : s.tokens[n];
  if (!token || n === undefined || !after) return isObjectOfPersonVerb(s, view, i);
  // "toivolle", "onnen kanssa": a lower-case everyday word is the word, unless only a person fits
  if (token.shape === 'lower' && view.isEveryday) return hasStrongPersonCue(s, view, i);
  const cases = nameCasesOf(s, view, i);
  if (cases.has('omanto') && isPossessedByPerson(s, view, i, n)) return true;
  if (cases.has('ulkotulento') && isMessageTo(s, n, RECIPIENT_VERBS)) return true;
  if (cases.has('ulkoeronto') && isMessageTo(s, n, SOURCE_VERBS)) return true;
  if (isObjectOfPersonVerb(s, view, i)) return true;
  const third = s.tokens[n + 1];
  return (
    (after.lower === 'ja' || after.lower === 'sekä') && third !== undefined && OWN_REFERENCE.has(third.lower)
  );
}

/** "Rojinin veli", "Maricelin vuokranantaja": a genitive before what only a person has (not a postposition). */
export function hasPossessorCueAfter(s: Sentence, view: NameView, i: number): boolean {
  const n = nextInClause(s, i);
  if (n === undefined || !nameCasesOf(s, view, i).has('omanto')) return false;
  const after = s.tokens[n]?.lower ?? '';
  if (OPINION_POSTPOSITIONS.has(after) || COMPANY_POSTPOSITIONS.has(after)) return false;
  return isPossessedByPerson(s, view, i, n);
}

/**
 * Where only a person fits, whatever else the word could be (a common noun, a place, a name only the lists know):
 * the recipient of a message the worker sent ("soitin toivolle", "lähetin saarelle kutsun", "kalliolle lähetetty
 * viesti"), the one a meeting was with ("kosken kanssa sovittiin"), the one met ("tapasin lehdon").
 */
export function hasStrongPersonCue(s: Sentence, view: NameView, i: number): boolean {
  const cases = nameCasesOf(s, view, i);
  const n = nextInClause(s, i);
  if (cases.has('ulkotulento')) {
    if (n !== undefined && isOneOfVerbs(s.readings[n] ?? [], MESSAGE_SENDING_VERBS)) return true;
    if (isSentByWorkerBefore(s, i) || isCallLoggedBefore(s, i)) return true;
  }
  // "kysyin sirkalta", "lupas kysyy jukalta": asked of, in any person
  if (cases.has('ulkoeronto') && isAskedOf(s, i)) return true;
  if (cases.has('omanto') && n !== undefined && COMPANY_POSTPOSITIONS.has(s.tokens[n]?.lower ?? '')) {
    // "tapaaminen rinteen kanssa siirtyi": a meeting with
    const p = previousInClause(s, i);
    if (p !== undefined && lemmasOf(s, p).some((l) => MEETING_NOUN.test(l))) return true;
    return isMeetingVerb(s, n + 1);
  }
  // "shirin (vaimo)", "vuori (aiempi omaohjaaja)", "Lehto (TE)": a role, a relative or an office in brackets after it
  if (hasRoleInBrackets(s, i)) return true;
  // "Kirsin suora 03 621 4417", "Lumi 090908E9913", "Paulille pauli.nurmi@…": whose number, code or address follows
  if ((cases.has('omanto') || cases.has('nimento')) && isOwnerOfIdentifier(s, i)) return true;
  // "[9.10] valo: tänään tapaamisessa…": who speaks in a chat pasted with its times
  if (isChatSpeaker(s, i)) return true;
  // "salo on asiakkaan työvalmentaja": the clause it opens gives its role
  if (cases.has('nimento') && isClauseStart(s, i) && hasRoleAfter(s, i)) return true;
  // "luotan harriin", "tutustuin virtaseen": trust and acquaintance are in a person
  if (cases.has('sisatulento') && isAfterIllativeVerb(s, i)) return true;
  // "aallon mielestä", "voiton tytär", "joen tyttö (9v)": only a person has a mind or a family
  if (cases.has('omanto') && n !== undefined && !isPlaceWord(s, view, i) && isMindOrFamily(s, n)) return true;
  // "tapasin Virtasen", "haastateltiin lampea"; a genitive is an object only after a first person: after a passive it
  // owns what follows ("kutsutaan Kankaanpään työllisyyspalvelujen asiantuntija")
  if (cases.has('osanto') && isMetByWorker(s, i)) return true;
  return cases.has('omanto') && isMetByWorker(s, i, true);
}

/**
 * A phone number, an identity code or an e-mail address right after the word, or after a word for the line: "suora", "puh.", "numero",
 * "gsm", "hetu". A place's or an organisation's line never gets here: they are no name-like words.
 */
const IDENTIFIER_AFTER = new RegExp(
  String.raw`^[ \t]*(?:(?:puh(?:elin)?\p{L}*|numero|nro|gsm|suora|kännykkä|hetu|henkilötunnus)\.?[ \t]*:?[ \t]*)?` +
    String.raw`(?:(?:\+|00)[1-9]\d{0,2}[ -]?\d|0[1-9]\d{0,2}[ -]?\d{3}|\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?![\p{L}\p{N}])|[\p{L}\p{N}._-]+@)`,
  'iu',
);

/** A chat line's time before the word and a colon after it: "[9.10] valo:", "[14:33] Tommi:". */
function isChatSpeaker(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  if (!token || s.text.charAt(token.end) !== ':') return false;
  return /(?:^|\n)\s*\[\d{1,2}[.:]\d{2}\]\s*$/u.test(
    s.text.slice(Math.max(0, token.start - 12), token.start),
  );
}

function isOwnerOfIdentifier(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  return token !== undefined && IDENTIFIER_AFTER.test(s.text.slice(token.end, token.end + 40));
}

const BRACKETED = /^\s*\((?:\p{L}+\s+)?(\p{L}[\p{L}.-]*)\s*[,)]/u;
/** "Ilta (nainen 30 v)", "Usko (mies, 52)": a woman or a man of an age in brackets after it. */
const PERSON_IN_BRACKETS =
  /^\s*\((?:nainen|mies|poika|tyttö|nuori|naishenkilö|mieshenkilö|woman|man|female|male)[\s,]+\d{1,3}(?![\p{N}])/iu;

function hasRoleInBrackets(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  if (token && PERSON_IN_BRACKETS.test(s.text.slice(token.end, token.end + 40))) return true;
  const inside = token && BRACKETED.exec(s.text.slice(token.end, token.end + 40))?.[1];
  if (!inside) return false;
  const lower = inside.toLowerCase();
  if (/^\p{Lu}{2,5}$/u.test(inside) || SERVICE_WORDS.has(lower)) return true;
  const bases = [lower, ...lemmaCandidates(lower)];
  return bases.some((b) => RELATION_WORDS.has(b) || TITLE_BASE.test(b));
}

/** Verbs whose illative is a person: "luotan harriin", "tutustui Virtaseen". */
const ILLATIVE_PERSON_VERBS: ReadonlySet<string> = new Set([
  'luottaa',
  'tutustua',
  'rakastua',
  'ihastua',
  'tukeutua',
]);

function isAfterIllativeVerb(s: Sentence, i: number): boolean {
  const p = previousInClause(s, i);
  return p !== undefined && isOneOfVerbs(s.readings[p] ?? [], ILLATIVE_PERSON_VERBS);
}

/** "Suomen äiti": a place's genitive, not a person's ("Kaijan mies": a place to Voikko, a name to the lists). */
function isPlaceWord(s: Sentence, view: NameView, i: number): boolean {
  const readings = s.readings[i] ?? [];
  if (view.isListName || readings.some((r) => NAME_CLASSES.has(r.wordClass))) return false;
  return readings.some((r) => r.wordClass === 'paikannimi');
}

function isMindOrFamily(s: Sentence, n: number): boolean {
  const written = s.tokens[n]?.lower ?? '';
  if (MIND_POSTPOSITIONS.has(written)) return true;
  return (s.readings[n] ?? []).some(
    (r) => r.case === 'nimento' && FAMILY_NOUNS.has(r.baseForm.toLowerCase()),
  );
}

/** "soitin toivolle", "lähetin kutsun saarelle": a verb of sending before it, a message noun between at most. */
function isSentByWorkerBefore(s: Sentence, i: number): boolean {
  const p = previousInClause(s, i);
  if (p === undefined) return false;
  if (isWorkersVerb(s, p, MESSAGE_SENDING_VERBS)) return true;
  const isMessage = (s.readings[p] ?? []).some((r) => MESSAGE_NOUNS.test(r.baseForm.toLowerCase()));
  const pp = isMessage ? previousInClause(s, p) : undefined;
  return pp !== undefined && isWorkersVerb(s, pp, MESSAGE_SENDING_VERBS);
}

/** Verbs of asking whose ablative is whom one asks, the verb before it. */
const ASKING_VERBS: ReadonlySet<string> = new Set(['kysyä', 'kysellä', 'tiedustella', 'udella']);
const MEETING_NOUN = /(?:tapaaminen|palaveri|neuvottelu|keskustelu|puhelu|käynti|aika)$/u;
/** A call or a message logged with its time before the word: "puhelu 10:15 kotkalle", "viesti klo 9 jukalle". */
const CALL_LOGGED_BEFORE =
  /(?<![\p{L}])(?:puhelu|soitto|viesti|tekstari|sähköposti|meili)\p{L}*[ \t]+(?:(?:klo|kello)[ \t]*)?(?:\d{1,2}(?:[:.]\d{2})?[ \t]+)?$/iu;

function isAskedOf(s: Sentence, i: number): boolean {
  const p = previousInClause(s, i);
  return (
    p !== undefined &&
    (s.readings[p] ?? []).some((r) => r.wordClass === 'teonsana' && ASKING_VERBS.has(r.baseForm))
  );
}

function isCallLoggedBefore(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  return (
    token !== undefined && CALL_LOGGED_BEFORE.test(s.text.slice(Math.max(0, token.start - 30), token.start))
  );
}

/** "tapasin lehdon", "haastateltiin lampea": a meeting verb's object right after it. */
function isMetByWorker(s: Sentence, i: number, firstPersonOnly = false): boolean {
  const p = previousInClause(s, i);
  if (p === undefined || !isWorkersVerb(s, p, PERSON_TOTAL_OBJECT_VERBS)) return false;
  return (
    !firstPersonOnly || (s.readings[p] ?? []).some((r) => r.wordClass === 'teonsana' && r.person === '1')
  );
}

/**
 * A finite first-person or passive form, a past passive participle, or an infinitive ("muista laittaa viesti
 * ritvalle") of one of `verbs`.
 */
function isWorkersVerb(s: Sentence, j: number, verbs: ReadonlySet<string>): boolean {
  return (s.readings[j] ?? []).some((r) =>
    r.wordClass === 'teonsana'
      ? verbs.has(r.baseForm) && (r.person === '1' || r.person === '4' || r.mood === 'A-infinitive')
      : r.participle === 'past_passive' && verbs.has(r.participleOf ?? ''),
  );
}

/** The word before with only spaces between. */
function previousInClause(s: Sentence, i: number): number | undefined {
  const p = s.tokens[i - 1];
  const token = s.tokens[i];
  if (!p || !token || !/^[ \t]+$/u.test(s.text.slice(p.end, token.start))) return undefined;
  return i - 1;
}

/** "Joukon kanssa", "Tuulin mukaan", "Virran B-lausunto"; "Mäen kanssa" only before "sovittiin", "kävin". */
function isPossessedByPerson(s: Sentence, view: NameView, i: number, n: number): boolean {
  const after = s.tokens[n]?.lower ?? '';
  if (MIND_POSTPOSITIONS.has(after)) return true;
  if (OPINION_POSTPOSITIONS.has(after)) return !hasEverydayGenitive(s, i);
  if (COMPANY_POSTPOSITIONS.has(after)) return !hasEverydayGenitive(s, i) || isMeetingVerb(s, n + 1);
  const lemmas = (s.readings[n] ?? []).filter((r) => r.case === 'nimento').map((r) => r.baseForm);
  return (lemmas.length > 0 ? lemmas : s.readings[n]?.length ? [] : [after]).some((l) =>
    PERSON_POSSESSIONS.test(l.toLowerCase()),
  );
}

/** "Toivon mukaan", "Mäen": the genitive of an everyday word as well as of a name. */
function hasEverydayGenitive(s: Sentence, i: number): boolean {
  return (s.readings[i] ?? []).some(
    (r) =>
      r.case === 'omanto' && !NAME_CLASSES.has(r.wordClass) && EVERYDAY_WORDS.has(r.baseForm.toLowerCase()),
  );
}

/** A passive or first-person verb: what workers write after meeting someone ("sovittiin", "kävin"). */
function isMeetingVerb(s: Sentence, j: number): boolean {
  if (previousInClause(s, j) === undefined) return false;
  return (s.readings[j] ?? []).some(
    (r) => r.wordClass === 'teonsana' && (r.person === '4' || r.person === '1'),
  );
}

/** "Lehdolle kerrottiin", "Koskelle lähetettiin kutsu", "Rinteelle lähti kutsu", "tuomiselta tuli viesti". */
function isMessageTo(s: Sentence, n: number, verbs: ReadonlySet<string>): boolean {
  const readings = s.readings[n] ?? [];
  if (readings.length === 0) return TELLING_FORMS.test(s.tokens[n]?.lower ?? '');
  if (isOneOfVerbs(readings, verbs)) return true;
  if (!isOneOfVerbs(readings, MESSAGE_VERBS)) return false;
  // "Kiveltä tulee kirjallinen palaute": an adjective may stand before the message
  let m = nextInClause(s, n);
  if (m !== undefined && (s.readings[m] ?? []).every((r) => r.wordClass === 'laatusana'))
    m = nextInClause(s, m);
  return m !== undefined && (s.readings[m] ?? []).some((r) => MESSAGE_NOUNS.test(r.baseForm.toLowerCase()));
}

/** "tapasin halosta", "autettiin Jukkaa": the partitive object of a verb done to a person. */
function isObjectOfPersonVerb(s: Sentence, view: NameView, i: number): boolean {
  const p = previousInClause(s, i);
  if (p === undefined || !nameCasesOf(s, view, i).has('osanto') || view.isEveryday) return false;
  return (s.readings[p] ?? []).some(
    (r) =>
      r.wordClass === 'teonsana' && r.person !== undefined && PERSON_OBJECT_VERBS.has(verbBaseOf(r) ?? ''),
  );
}

/** "kysyin hämäläiseltä milloin": the inhabitant word stands alone, with no noun after it in its case. */
export function isDemonymUsedAsName(s: Sentence, view: NameView, i: number): boolean {
  if (!view.isDemonymSurname) return false;
  const own = (s.readings[i] ?? []).filter((r) => PERSON_CASES.has(r.case) && r.number !== 'plural');
  if (own.length === 0) return false;
  const n = nextInClause(s, i);
  if (n === undefined) return true;
  const cases = new Set(own.map((r) => r.case));
  return !(s.readings[n] ?? []).some((r) => NOMINALS.has(r.wordClass) && cases.has(r.case));
}
