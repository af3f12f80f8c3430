/**
 * Where a name-like word is part of an organisation or is a brand that is also a first name:
 * "Mannerheimin Lastensuojeluliitto", "Virtanen Oy", "Elisan liittymä", "töissä Elisalla".
 */
import { BRANDS } from './brands.js';
import { gapOf, lemmasAt, lemmasOf, next, previous, type Sentence } from './name-context.js';
import { COMPANY_SUFFIXES, ORGANISATION_ENDINGS, WORKPLACE_FORMS } from './name-context-words.js';
import type { WordAnalysis } from './morphology.js';
import { SERVICE_WORDS } from './service-words.js';

const COORDINATORS: ReadonlySet<string> = new Set(['ja', 'tai', 'sekä']);
/** Institutions named after someone that no person "has" ("Liisan koulu" is still Liisa's school). */
const UNOWNED_INSTITUTIONS =
  /(?:sairaala|setlementti|säätiö|poliklinikka|opisto|kirjasto|seurakunta|yliopisto|kuntoutuskeskus|terveysasema|nuorisotalo|hautausmaa|uimahalli|kauppakeskus|kaupunginosa|lähiö|alue|kaupunki|kunta|kylä|keskusta|satama|osavaltio|maakunta|lääni|provinssi|lentokenttä|lentoasema|voimalaitos|rautatieasema|linja-autoasema|ydinvoimala|tehdas|telakka|kirkko|katedraali|tuomiokirkko|luostari|vankila)$/u;
const NAMING_CASES: ReadonlySet<string | undefined> = new Set(['nimento', 'omanto']);
/**
 * The head names the institution in the nominative or genitive; in another case only where the name cannot be a
 * verb's object: "Auroran sairaalassa osastojakso", not "tapasin Timon sairaalassa".
 */
const isInstitutionNamed = (readings: readonly WordAnalysis[], isObjectPlace: boolean): boolean =>
  readings.some(
    (r) =>
      (NAMING_CASES.has(r.case) || (!isObjectPlace && r.case !== undefined)) &&
      UNOWNED_INSTITUTIONS.test(r.baseForm.toLowerCase()),
  );
const OWED_AMOUNT = /^:? ?\d[\d  ]*(?:[,.]\d+)? ?(?:€|e\b|eur|euroa)/u;

/**
 * "Mannerheimin Lastensuojeluliitto", "Virtanen Oy" for any name; for a brand that is also a first
 * name also "Elisan liittymä", "Pirkka-tuotteet", "töissä Elisalla", "Fortumilta ja Helenilta",
 * "Aavassa" ("Liisan koulu" stays a person).
 */
export function isInOrganisationContext(s: Sentence, i: number, isBrand: boolean): boolean {
  const token = s.tokens[i];
  if (!token) return false;
  const n = next(s, i);
  if (n !== undefined) {
    const lemmas = lemmasAt(s, n);
    if (lemmas.some((l) => COMPANY_SUFFIXES.has(l))) return true;
    const isNameOfOrganisation = s.tokens[n]?.shape === 'title' || isBrand;
    if (isNameOfOrganisation && lemmas.some((l) => ORGANISATION_ENDINGS.test(l))) return true;
    // "Auroran sairaalan poliklinikka", "Kalliolan setlementin", "Annalan ja Kaukajärven alueella": the name of an
    // institution no person owns (not where something happened: "tapasin timon kirjastossa")
    const isHeadInstitution = nounsAfterName(s, i).some((head) =>
      isInstitutionNamed(s.readings[head] ?? [], isAfterVerb(s, i)),
    );
    if (isGenitiveAt(s, i) && isHeadInstitution) return true;
  }
  // "velat: Elisa 420 €, Telia 180 €": a brand owed money
  if (isBrand && OWED_AMOUNT.test(s.text.slice(token.end, token.end + 16))) return true;
  if (!isBrand) return false;
  if (token.isCompoundHead || isListedWithBrand(s, i) || isInsideBrand(s, i)) return true;
  if (hasProductOrDebtAfter(s, i)) return true;
  const p = previous(s, i);
  if (p === undefined) return false;
  if (WORKPLACE_FORMS.test(s.tokens[p]?.lower ?? '')) return true;
  // "liittymä on Elisalla": the brand's product a word or two before
  const pp = previous(s, p);
  return [p, pp].some((j) => j !== undefined && lemmasOf(s, j).some((l) => ORGANISATION_ENDINGS.test(l)));
}

/** What a company sells or is owed. */
const PRODUCT_OR_DEBT = /(?:velka|laskut?|liittymä|mokkula|sopimus|perintä|maksumuistutus)$/u;

/**
 * The brand's product or a debt within three words after a brand that something came from ("Heleniltä tuli
 * sähkölasku", "Elisalta perintä"); not a brand as the subject ("Elisa maksoi laskut") nor owed to ("Emmalle on
 * velkaa 50 €" is as often a friend).
 */
function hasProductOrDebtAfter(s: Sentence, i: number): boolean {
  const readings = s.readings[i] ?? [];
  if (readings.length === 0 || !readings.every((r) => r.case === 'ulkoeronto' || r.case === 'sisaeronto'))
    return false;
  let j = i;
  for (let step = 0; step < 3; step += 1) {
    const n = next(s, j);
    if (n === undefined || /[,;:–]/u.test(gapOf(s, j, n))) return false;
    if (lemmasOf(s, n).some((l) => PRODUCT_OR_DEBT.test(l))) return true;
    j = n;
  }
  return false;
}

/**
 * A verb just before the name whose object is a person ("tapasin Timon sairaalassa"); a name in lower case may be
 * anything's ("miehensä timon kirjastossa").
 */
function isAfterVerb(s: Sentence, i: number): boolean {
  if (s.tokens[i]?.shape !== 'title') return true;
  const p = previous(s, i);
  return (
    p !== undefined &&
    (s.readings[p] ?? []).some(
      (r) =>
        (r.wordClass === 'teonsana' && PERSON_OBJECT_VERBS.has(r.baseForm)) ||
        PERSON_OBJECT_VERBS.has(r.participleOf ?? ''),
    )
  );
}
/** Verbs whose object is a person: "tapasin Timon sairaalassa"; not "opiskellut Ahlmanin ammattiopistossa". */
const PERSON_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'tavata',
  'nähdä',
  'tavoittaa',
  'haastatella',
  'ohjata',
  'kutsua',
  'viedä',
  'saattaa',
  'hakea',
  'tuntea',
  'auttaa',
  'hoitaa',
  'tutkia',
  'kohdata',
]);

/** "Fortumilta ja Helenilta", "Telia tai Elisa": a brand listed beside another company. */
function isListedWithBrand(s: Sentence, i: number): boolean {
  const isBrandAt = (j: number) => {
    const token = s.tokens[j];
    if (!token || token.shape === 'lower') return false;
    const lemmas = lemmasAt(s, j);
    return lemmas.some((l) => BRANDS.has(l) || SERVICE_WORDS.has(l));
  };
  const isCoordinator = (j: number) => COORDINATORS.has(s.tokens[j]?.lower ?? '');
  // "Otavan, Tammen, WSOY:n ja Gummeruksen": a comma lists too
  const isCommaBefore = i > 0 && /^, ?$/u.test(gapOf(s, i - 1, i));
  const isCommaAfter = /^, ?$/u.test(gapOf(s, i, i + 1));
  return (
    (isCoordinator(i - 1) && isBrandAt(i - 2)) ||
    (isCoordinator(i + 1) && isBrandAt(i + 2)) ||
    (isCommaBefore && isBrandAt(i - 1)) ||
    (isCommaAfter && isBrandAt(i + 1))
  );
}

/** "Aavassa", "lääkäri Aavasta": in or out of a brand that is also a name is its premises. */
function isInsideBrand(s: Sentence, i: number): boolean {
  const readings = s.readings[i] ?? [];
  if (readings.length === 0) return /(?:ss|st)[aä]$/u.test(s.tokens[i]?.lower ?? '');
  return readings.some((r) => r.case === 'sisaolento' || r.case === 'sisaeronto');
}

/**
 * "Maunulan kirjastossa", "Kallion asemalla", "Kallion suunnalla", "Isomäen areenalla", "Kankaanpään
 * työllisyyspalvelujen", "Mikkolan ja Simonkylän suunnalta": a place's library, station or side, not a person's.
 */
export function isBeforeInstitution(s: Sentence, i: number): boolean {
  return isGenitiveBefore(s, i, (l) => ORGANISATION_ENDINGS.test(l) || AREA_NOUNS.test(l));
}

/** "Karlstadin suunnalla", "Itiksen alueella": a genitive before a place's side or area only. */
export function isBeforeArea(s: Sentence, i: number): boolean {
  return isGenitiveBefore(s, i, (l) => AREA_NOUNS.test(l) && !/palvelu$/u.test(l));
}

/** A word in the genitive before a noun (past a listed name or a kind) whose base form `isHead` accepts. */
function isGenitiveBefore(s: Sentence, i: number, isHead: (lemma: string) => boolean): boolean {
  if (!isGenitiveAt(s, i)) return false;
  return nounsAfterName(s, i).some((n) => lemmasAt(s, n).some(isHead));
}

/** A genitive by morphology where it reads the word, else by its -n ("Mäkinen" ends in -n but is no genitive). */
function isGenitiveAt(s: Sentence, i: number): boolean {
  const readings = s.readings[i] ?? [];
  if (readings.length > 0) return readings.some((r) => r.case === 'omanto');
  return s.tokens[i]?.lower.endsWith('n') === true;
}

/**
 * The noun after a name, past a second name listed with it ("Mikkolan ja Simonkylän suunnalta"), and the noun after
 * that where the first is a common noun in the genitive that says what kind ("Kallion psykiatrian poliklinikalla",
 * "Tikkurilan nuorten työpajalle").
 */
function nounsAfterName(s: Sentence, i: number): number[] {
  const n = next(s, i);
  const head = n !== undefined && COORDINATORS.has(s.tokens[n]?.lower ?? '') ? next(s, n + 1) : n;
  if (head === undefined) return [];
  const after = isKindGenitive(s, head) || isAdjectiveOfNext(s, head) ? next(s, head) : undefined;
  return after !== undefined && s.tokens[after]?.shape === 'lower' ? [head, after] : [head];
}

/** "Kallion pienemmässä toimipisteessä": a lower-case adjective in the case of the noun after it. */
function isAdjectiveOfNext(s: Sentence, j: number): boolean {
  const readings = s.readings[j] ?? [];
  const n = next(s, j);
  if (s.tokens[j]?.shape !== 'lower' || readings.length === 0 || n === undefined) return false;
  const nounCases = new Set((s.readings[n] ?? []).map((r) => r.case));
  return readings.every(
    (r) => (r.wordClass === 'laatusana' || r.wordClass === 'nimisana_laatusana') && nounCases.has(r.case),
  );
}

/**
 * A lower-case common noun only in the genitive ("psykiatrian", "nuorten", "aikuissosiaalityön"), or a place's
 * genitive ("Bayerin Turun tehtaalla").
 */
function isKindGenitive(s: Sentence, j: number): boolean {
  const readings = s.readings[j] ?? [];
  if (readings.length === 0) return false;
  if (s.tokens[j]?.shape === 'title')
    return readings.every((r) => r.case === 'omanto') && readings.some((r) => r.wordClass === 'paikannimi');
  return (
    s.tokens[j]?.shape === 'lower' && readings.every((r) => r.wordClass === 'nimisana' && r.case === 'omanto')
  );
}

/** Where a place's part or side is: "Kallion suunnalla", "Hietaniemen rannassa", "Isomäen areenalla". */
const AREA_NOUNS =
  /(?:suunta|seutu|ranta|areena|alue|keskusta|palvelu|lähiö|kylä|kenttä|metsä|saari|niemi|porras|portaat|silta|risteys|tunneli|torni|aukio|tori)$/u;
