/**
 * A name said once is the same name again: "tapasin lehdon … eikä lehto tiedä", "soitin lahdelle … lahden mukaan".
 * Once a word is judged a person (a block), the other name-like words of the text with the same base form are that
 * person too, except in an inner local case ("Lehdossa", "Lahdesta"), where the word is more likely the place or
 * thing. A word no source knows that was only asked about ("shvan 42v") is asked about in its other forms too.
 */
import { lemmaCandidates } from './finnish-inflection.js';
import { isListedName } from './name-evidence.js';
import type { Verdict } from './list-verdict.js';
import type { GrammaticalCase } from './morphology.js';
import { isNameLike } from './name-coordination.js';
import { isTownAfterPostalCode } from './name-exclusions.js';
import { isThingNamedHere } from './name-things.js';
import { gapOf, type Sentence } from './name-context.js';
import type { NameView } from './name-view.js';
import { isInnerLocalForm } from './name-declined-unknown.js';

const INNER_CASES: ReadonlySet<GrammaticalCase | undefined> = new Set([
  'sisaolento',
  'sisaeronto',
  'sisatulento',
]);

export function markRepeatedNames(
  s: Sentence,
  views: readonly NameView[],
  verdicts: Array<Verdict | undefined>,
): void {
  const named = new Map<string, Verdict>();
  // names said inside a sentence (not only as an English sentence's first word), and words of a full name
  const namedInside = new Set<string>();
  const inFullName = new Set<string>();
  verdicts.forEach((v, i) => {
    const isBlock = v?.severity === 'block';
    // a block wins over a warning; a word no source knows, asked about once ("shvan 42v"), is asked about in its
    // other forms too ("shvanilla")
    if (!v || !(isBlock || (views[i]?.isKnown === false && s.hasMorphology))) return;
    const keys = sameNameKeys(s, i);
    for (const lemma of keys)
      if (isBlock ? named.get(lemma)?.severity !== 'block' : !named.has(lemma)) named.set(lemma, v);
    if (!isBlock) return;
    if (s.tokens[i]?.isSentenceStart === false || s.isEnglish[i] !== true)
      for (const k of keys) namedInside.add(k);
    // "Sanni Kettu … Ketun koulunkäynti": a word of a refused full name, capitalised again, is that person even
    // where it is also an ordinary word
    const isPair = [i - 1, i + 1].some(
      (j) => verdicts[j]?.severity === 'block' && gapOf(s, Math.min(i, j), Math.max(i, j)) === ' ',
    );
    if (isPair) for (const k of keys) inFullName.add(k);
  });
  if (named.size === 0) return;
  // the first letters of every refused name, so that only a word that may be one of them is taken apart
  const blockedStems = new Set(
    [...named].filter(([, v]) => v.severity === 'block').map(([k]) => k.slice(0, 3)),
  );
  s.tokens.forEach((token, i) => {
    const view = views[i];
    // a word morphology does not know can be a foreign name said again ("Rojinin veli … Rojin haluaa"), in lower
    // case if the lists know it ("hodanin mies … hodan sai vauvan")
    const isUnknownName =
      view !== undefined &&
      !view.isKnown &&
      (token.shape === 'title' ||
        (token.shape === 'lower' && (isListedName(token.lower) || s.hasMorphology)));
    // a word only asked about is refused when its name is refused elsewhere in the text
    const current = verdicts[i];
    if (current?.severity === 'block' || !view || token.shape === 'other') return;
    // "Camilla … Camillas läkare": Swedish marks the genitive with a bare -s
    const swedishGenitive =
      s.isSwedish[i] === true && /\p{L}{3}s$/u.test(token.lower) ? [token.lower.slice(0, -1)] : [];
    const ownKeys = [...sameNameKeys(s, i), ...swedishGenitive];
    const isOfFullName = token.shape === 'title' && ownKeys.some((key) => inFullName.has(key));
    // "Satu … Satun mies", "Ion Popescu … Ionin mukaan": a refused name, capitalised again in a form morphology reads
    // only as another word (sattua, ioni), found by its guessed base form
    const guessed =
      token.shape === 'title' &&
      view?.hasNameReading === false &&
      !view.isAllowed &&
      blockedStems.has(token.lower.slice(0, 3))
        ? [...lemmaCandidates(token.lower), ...pluralGenitiveStems(token.lower)]
        : [];
    const isGuessedRepeat = guessed.some((key) => named.get(key)?.severity === 'block');
    if (!(isNameLike(view) || isUnknownName || isOfFullName || isGuessedRepeat)) return;
    const readings = s.readings[i] ?? [];
    if (readings.length > 0 && readings.every((r) => INNER_CASES.has(r.case))) return;
    // "Via Roma 15, 00184 Roma": a town after its postal code is no one; "FC Honka": nor a thing named by its kind
    if (isTownAfterPostalCode(s, i) || isThingNamedHere(s, i)) return;
    // "Grant decisions … a start-up grant": in English, a lower-case word repeats only a name not just capitalised as
    // the first word of an English sentence
    if (s.isEnglish[i] === true && token.shape === 'lower' && !ownKeys.some((k) => namedInside.has(k)))
      return;
    // a word no source knows in an inner local case is a place ("Hargeisasta")
    if (readings.length === 0 && isInnerLocalForm(s, i)) return;
    const keys = [...ownKeys, ...(isGuessedRepeat ? guessed : [])];
    // a refusal of the name wins over the word's own question ("Vote" refused, "Votelle" asked about)
    const hit = keys.find((l) => named.get(l)?.severity === 'block') ?? keys.find((l) => named.has(l));
    if (hit !== undefined && (!current || named.get(hit)?.severity === 'block')) verdicts[i] = named.get(hit);
  });
}

/** "Kovalenkojen", "Hakimien": a family named by the plural genitive of a surname said before (Kovalenko, Hakimi). */
function pluralGenitiveStems(lower: string): string[] {
  if (lower.endsWith('jen')) return [lower.slice(0, -3)];
  if (lower.endsWith('ien')) return [lower.slice(0, -2)];
  return [];
}

/**
 * The word's base forms in lower case (its name readings' when it has any) and the word as written; when unknown, the
 * word and its guessed base forms.
 */
function sameNameKeys(s: Sentence, i: number): string[] {
  const readings = s.readings[i] ?? [];
  const names = readings.filter((r) => r.wordClass === 'etunimi' || r.wordClass === 'sukunimi');
  const own = names.length > 0 ? names : readings;
  const lower = s.tokens[i]?.lower ?? '';
  // "Kaarina Lehtovaara … Kaarinan": a name written in its base form is also its own key, where morphology reads it as
  // another name's form (Kaari in the essive) and its repeat only as a place
  if (own.length > 0) return [...own.map((r) => r.baseForm.toLowerCase()), lower];
  return [lower, ...lemmaCandidates(lower)];
}
