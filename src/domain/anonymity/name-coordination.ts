/**
 * Names listed together are the same kind of thing: "laitiselle, tuomiselle ja jokiselle lähetetty kutsu", "sannan ja
 * jonnan kanssa". A name-like word joined by "ja", "sekä", "tai" or a comma to a word already judged a person, in the
 * same grammatical case, is a person too; so is a word no source knows there ("Jhun ja Jerome").
 */
import type { Verdict } from './list-verdict.js';
import { nameCasesOf } from './name-cases.js';
import { gapOf, type Sentence } from './name-context.js';
import type { NameView } from './name-view.js';
import { mayBeUnknownName } from './name-declined-unknown.js';
import { SPOKEN_WORDS } from './name-exclusions.js';
import { isBeforeEnglishInstitution } from './name-named-things.js';

const CONJUNCTIONS: ReadonlySet<string> = new Set(['ja', 'sekä', 'tai', 'och', 'and']);

export function markCoordinated(
  s: Sentence,
  views: readonly NameView[],
  verdicts: Array<Verdict | undefined>,
): void {
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < s.tokens.length; i++) {
      const view = views[i];
      // "mulle tai Paulille": spoken Finnish is no name's partner
      if (verdicts[i] || !view || SPOKEN_WORDS.has(s.tokens[i]?.lower ?? '')) continue;
      if (!(isNameLike(view) || mayBeUnknownName(s, view, i))) continue;
      // "Talent Boost ja Aalto Career Services": what is no one where it stands is no one beside a name either
      if (isBeforeEnglishInstitution(s, i)) continue;
      const partner = [joinedAfter(s, i), joinedBefore(s, i)].find(
        (j) =>
          j !== undefined &&
          verdicts[j] !== undefined &&
          sharesCase(s, views, i, j) &&
          !isNounBesideName(s, view, i, j) &&
          !isCommonNounBesideCapital(s, view, i, j),
      );
      if (partner === undefined) continue;
      verdicts[i] = verdicts[partner];
      changed = true;
    }
  }
}

/** A first name or surname by morphology or the lists; not a relation word, a function word, a brand or a service. */
export function isNameLike(view: NameView): boolean {
  if (view.isRelationNoun || view.isFunctionWord || view.isPluralFirstName) return false;
  if (view.isAllowed && !view.isPlaceAlsoName) return false;
  return view.hasNameReading || view.isListName || view.isPlaceAlsoName;
}

/**
 * "kokki, Nguyen": a lower-case noun only the lists call a name, next to a capitalised name after a comma, is its role
 * in apposition, not a second name in a list ("järvelle, laaksoselle" are both written alike).
 */
function isNounBesideName(s: Sentence, view: NameView, i: number, j: number): boolean {
  if (s.tokens[i]?.shape !== 'lower' || view.hasNameReading || s.tokens[j]?.shape === 'lower') return false;
  return /^, ?$/u.test(gapOf(s, Math.min(i, j), Math.max(i, j)));
}

/**
 * "Kuolleet lehdet sekä Hytti": a lower-case word morphology reads only as a common noun, listed with a capitalised
 * name, is the noun (the writer capitalises names); "järvelle, laaksoselle" are written alike, and stay names.
 */
function isCommonNounBesideCapital(s: Sentence, view: NameView, i: number, j: number): boolean {
  return (
    s.tokens[i]?.shape === 'lower' && view.isKnown && !view.hasNameReading && s.tokens[j]?.shape === 'title'
  );
}

/** The word after `i` in the list: after ", " or " ja ". */
function joinedAfter(s: Sentence, i: number): number | undefined {
  if (i + 1 >= s.tokens.length) return undefined;
  if (/^, ?$/u.test(gapOf(s, i, i + 1))) return i + 1;
  const isConjunction = CONJUNCTIONS.has(s.tokens[i + 1]?.lower ?? '');
  return isConjunction &&
    i + 2 < s.tokens.length &&
    gapOf(s, i, i + 1) === ' ' &&
    gapOf(s, i + 1, i + 2) === ' '
    ? i + 2
    : undefined;
}

function joinedBefore(s: Sentence, i: number): number | undefined {
  if (i < 1) return undefined;
  if (/^, ?$/u.test(gapOf(s, i - 1, i))) return i - 1;
  const isConjunction = CONJUNCTIONS.has(s.tokens[i - 1]?.lower ?? '');
  return isConjunction && i >= 2 && gapOf(s, i - 1, i) === ' ' && gapOf(s, i - 2, i - 1) === ' '
    ? i - 2
    : undefined;
}

function sharesCase(s: Sentence, views: readonly NameView[], i: number, j: number): boolean {
  const [a, b] = [views[i], views[j]];
  if (!a || !b) return false;
  const other = nameCasesOf(s, b, j);
  return [...nameCasesOf(s, a, i)].some((c) => other.has(c));
}
