/**
 * The verdict the words around a name-like word give: a person (block), perhaps a person (warn,
 * "Tuuli kääntyi"), or nothing said. Morphology's readings are used where there are any.
 */
import type { Verdict } from './list-verdict.js';
import { NAME_CLASSES } from './morphology.js';
import {
  followsRelationOrTitle,
  hasAgeAfter,
  isClauseStart,
  isInPlaceContext,
  type Sentence,
} from './name-context.js';
import { hasPersonCueAfter, hasStrongPersonCue, isDemonymUsedAsName } from './name-person-cues.js';
import { hasOwnReferenceAfter, isPersonPredicate, predicateAfter } from './name-subject.js';
import type { NameView } from './name-view.js';

export const BLOCK_HIGH: Verdict = { severity: 'block', confidence: 'high' };
export const WARN_LOW: Verdict = { severity: 'warn', confidence: 'low' };

/** A relation word or title before it, an age after it, a person's case cue, or a person's verb after it as the subject. */
export function judgeByContext(s: Sentence, view: NameView, i: number): Verdict | undefined {
  // "as. tuli tänään": in lower case after a title, a finite verb is what the person did
  if (followsRelationOrTitle(s, i) && !isLowerFiniteVerb(s, i)) return BLOCK_HIGH;
  // "Sisko käy", "Veli asuu": the relation noun itself, not a person's name
  if (view.isRelationNoun) return undefined;
  if (isDemonymUsedAsName(s, view, i)) return BLOCK_HIGH;
  const token = s.tokens[i];
  if (!token) return undefined;
  const isTitle = token.shape === 'title';
  // lower case, a name only the lists know (kivi, lampi) is read only after a relation word or title, or where
  // only a person fits ("soitin lammelle")
  if (!isTitle && !view.hasNameReading)
    return hasStrongPersonCue(s, view, i) || isListNameTelling(s, view, i) ? BLOCK_HIGH : undefined;
  if (hasPersonCueAfter(s, view, i) || hasStrongPersonCue(s, view, i)) return BLOCK_HIGH;
  // lower case, only a name that is also a noun of its own base form (satu, toivo, onni) is read by age or verb
  if (!isTitle && !view.isHomograph) return undefined;
  // "koko päivän, 3-vuotias ei": an everyday word in lower case is read by an age after a comma only in the
  // nominative ("onnille (8 v)" in any case)
  const isAgeInBrackets = /^\s*\(/u.test(s.text.slice(token.end, token.end + 3));
  if (hasAgeAfter(s, i) && (isTitle || view.isNominativeName || isAgeInBrackets)) return BLOCK_HIGH;
  return judgeAsSubject(s, view, i);
}

/**
 * "usko sanoo et ei jaksa": a listed first name morphology reads only as a word, opening a clause before a verb only
 * a person does (telling, calling, cancelling), is the person even in lower case.
 */
function isListNameTelling(s: Sentence, view: NameView, i: number): boolean {
  // a listed first name ("usko"): a word the lists know only as a surname is the word ("nuorin katsoo": the youngest)
  if (!view.isListName || !view.isFirstName || !view.isNominativeName || !isClauseStart(s, i)) return false;
  const predicate = predicateAfter(s, i);
  return predicate === 'personal' || predicate === 'human';
}

/**
 * "Satu kertoi", "Kivi ei ole vastannut": a person. An everyday word (tuuli, meri, onni) is a
 * person only before a person's verb; before another verb ("Tuuli kääntyi") or, for what comes and
 * goes by itself, a verb of coming and going ("Into palasi") it is worth a question at most. A name
 * only the lists know (Kivi) is read by a person's verb alone.
 */
function judgeAsSubject(s: Sentence, view: NameView, i: number): Verdict | undefined {
  if (!view.isNominativeName || !isClauseStart(s, i)) return undefined;
  const predicate = predicateAfter(s, i);
  if (predicate === undefined) return undefined;
  if (isPersonPredicate(predicate)) return BLOCK_HIGH;
  const isSure = predicate === 'likely' ? !view.isMovingWord : !view.isEveryday && view.hasNameReading;
  if (isSure) return BLOCK_HIGH;
  return view.hasNameReading ? WARN_LOW : undefined;
}

/** "Salo ei ole päässyt aamuvuoroon", "asiakas Salla", "Koski, 45 v": a place that is also a name, where only a person fits. */
export function isPersonNamedLikePlace(s: Sentence, view: NameView, i: number): boolean {
  if (!view.isPlaceAlsoName || view.hasInnerCasePlace) return false;
  // "soitin lahdelle", "kosken kanssa sovittiin", "rouva salon": in any letter case; in lower case a relation
  // word only in the nominative ("rouva salon", not "äidin suomen kieli")
  if (hasStrongPersonCue(s, view, i)) return true;
  if (s.tokens[i]?.shape !== 'title') return followsNominativeCue(s, i);
  if (isInPlaceContext(s, i, false)) return false;
  if (followsRelationOrTitle(s, i) || hasAgeAfter(s, i)) return true;
  if (!view.isNominativeName || !isClauseStart(s, i)) return false;
  // a town tells and decides too ("Lahti kertoi uusista palveluista"), but is not "hän"
  const predicate = predicateAfter(s, i);
  if (predicate === 'status' || predicate === 'personal' || predicate === 'likely') return true;
  return predicate === 'human' && hasOwnReferenceAfter(s, i);
}

function followsNominativeCue(s: Sentence, i: number): boolean {
  const p = s.tokens[i - 1];
  const readings = s.readings[i - 1] ?? [];
  const isNominative = readings.length === 0 || readings.some((r) => r.case === 'nimento');
  return p !== undefined && isNominative && followsRelationOrTitle(s, i);
}

/**
 * A rare name in the lists that is mostly an ordinary word (Armo, Perhe): a person only after a
 * relation word or title, or with an age ("Armo, 19 v", "Armo on 19-vuotias"); "Perhe asuu" is a family.
 */
export function isRareNamePersonHere(s: Sentence, view: NameView, i: number): boolean {
  if (s.tokens[i]?.shape !== 'title') return false;
  if (followsRelationOrTitle(s, i)) return true;
  // "Noin 40-vuotias": an adverb before an age is no name; "Poika on 12-vuotias": the relative by role
  if (!view.isNominativeName || view.isRelationNoun) return false;
  return hasAgeAfter(s, i) || (isClauseStart(s, i) && predicateAfter(s, i) === 'status');
}

const NEGATIVES: ReadonlySet<string> = new Set([
  'ei',
  'eikä',
  'en',
  'et',
  'emme',
  'ette',
  'eivät',
  'eivätkä',
]);

function isLowerFiniteVerb(s: Sentence, i: number): boolean {
  const readings = s.readings[i] ?? [];
  // "eikä asiakas ole": the negative's verb reads as the imperative; not where morphology knows a name too ("veli
  // toivo"), unless the negative comes right before the title word ("eikä äiti anna")
  const isNegated = NEGATIVES.has(s.tokens[i - 2]?.lower ?? '');
  const hasName = !isNegated && readings.some((r) => NAME_CLASSES.has(r.wordClass));
  return (
    s.tokens[i]?.shape === 'lower' &&
    readings.some(
      (r) =>
        r.wordClass === 'teonsana' &&
        (r.mood === 'indicative' ? r.person === '3' : r.mood === 'imperative' && !hasName),
    )
  );
}
