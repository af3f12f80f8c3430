/**
 * More signs that a name-like word is a person, for forms the subject-verb rule cannot see: a
 * genitive before a person's postposition ("Joukon kanssa", "Tuulin mukaan"), a recipient of
 * telling ("Lehdolle kerrottiin"), "X ja hänen tyttärensä", and an inhabitant word used alone as
 * a noun where a surname stands ("kysyin hämäläiseltä milloin…").
 */
import { EVERYDAY_WORDS } from './everyday-words.js';
import type { GrammaticalCase } from './morphology.js';
import type { Sentence } from './name-context.js';
import type { NameView } from './name-view.js';

const list = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** After a genitive these stand for a person: "Joukon kanssa", "Tuulin mukaan", "Joukon äiti". */
const PERSON_POSTPOSITIONS = list(`
  kanssa kanssaan luona luokse luota puolesta mukaan mielestä kertoman kertomana kertomaa
  pyynnöstä toiveesta äiti isä vaimo mies puoliso avopuoliso poika tytär lapset veli sisko
`);
/** Verbs whose allative or ablative is a person: "Lehdolle kerrottiin", "Riikalta kysyttiin". */
const TELLING_VERBS = list(`
  kertoa ilmoittaa soittaa lähettää selittää sanoa tarjota luvata kysyä vastata neuvoa puhua
  suositella tiedottaa muistuttaa korostaa perustella
`);
const TELLING_FORMS =
  /^(?:kerrot|ilmoitet|soitet|lähetet|selitet|sanot|tarjot|luvat|kysyt|vastat|neuvot|suositelt|muistutet)/u;
const OWN_REFERENCE = list(`hänen hänellä hänelle häneltä häntä tämän`);
const PERSON_CASES: ReadonlySet<GrammaticalCase | undefined> = new Set([
  'ulkotulento',
  'ulkoeronto',
  'ulkoolento',
]);
const NOMINALS: ReadonlySet<string> = new Set(['nimisana', 'laatusana', 'nimisana_laatusana', 'lukusana']);

function nextInClause(s: Sentence, i: number): number | undefined {
  const a = s.tokens[i];
  const b = s.tokens[i + 1];
  return a && b && /^[ \t]+$/u.test(s.text.slice(a.end, b.start)) ? i + 1 : undefined;
}

export function hasPersonCueAfter(s: Sentence, view: NameView, i: number): boolean {
  const n = nextInClause(s, i);
  const after = n === undefined ? undefined : s.tokens[n];
  if (n === undefined || !after) return false;
  const readings = s.readings[i] ?? [];
  const names = readings.filter((r) => r.wordClass === 'etunimi' || r.wordClass === 'sukunimi');
  if (PERSON_POSTPOSITIONS.has(after.lower) && names.some((r) => r.case === 'omanto'))
    return !readings.some((r) => !names.includes(r) && r.case === 'omanto' && isEveryday(r.baseForm));
  if (names.some((r) => r.case === 'ulkotulento' || r.case === 'ulkoeronto') && isTellingVerb(s, n))
    return true;
  const third = s.tokens[n + 1];
  return (
    (after.lower === 'ja' || after.lower === 'sekä') && third !== undefined && OWN_REFERENCE.has(third.lower)
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

function isTellingVerb(s: Sentence, n: number): boolean {
  const readings = s.readings[n] ?? [];
  if (readings.length === 0) return TELLING_FORMS.test(s.tokens[n]?.lower ?? '');
  return readings.some((r) => r.wordClass === 'teonsana' && TELLING_VERBS.has(r.baseForm));
}

function isEveryday(baseForm: string): boolean {
  return EVERYDAY_WORDS.has(baseForm.toLowerCase());
}
