/**
 * A word that can only be a name blocks by itself ("Kekkosen aikaan", "Leevi soi radiossa"). Where it is the note's
 * only name-like word at all, nothing around it is said of a person, and the note gives no one's code, phone or
 * address, it is as often a named thing (a character, a band, a figure of history) as the client: the worker is
 * asked, not refused. A second name-like word anywhere in the note, even one only asked about, keeps it refused.
 */
import type { Verdict } from './list-verdict.js';
import type { GrammaticalCase } from './morphology.js';
import { nameCasesOf } from './name-cases.js';
import { isSignature } from './name-signatures.js';
import { gapOf, isClauseStart, type Sentence } from './name-context.js';
import { WARN_LOW } from './name-context-verdict.js';
import { PERSON_POSSESSIONS } from './name-cue-words.js';
import { hasPersonCueAfter, hasStrongPersonCue } from './name-person-cues.js';
import { hasOwnReferenceAfter, predicateAfter } from './name-subject.js';
import type { NameView } from './name-view.js';

/**
 * A word that can only be a name, or a capitalised name inside a sentence, with nothing around it said of a person
 * by the rules that judge every word: their own objects, so that softenLoneName can tell them from the same verdicts
 * given for a reason.
 */
export const BLOCK_BY_NAME_ALONE: Verdict = { severity: 'block', confidence: 'high' };
export const MEDIUM_BY_NAME_ALONE: Verdict = { severity: 'block', confidence: 'medium' };
export const BY_NAME_ALONE: ReadonlySet<Verdict> = new Set([BLOCK_BY_NAME_ALONE, MEDIUM_BY_NAME_ALONE]);

/** "soitin eilen korhoselle", "kysyin pekalta", "tuli Jarmoineen": called, asked or come with, as only people are. */
const PERSON_CASES: ReadonlySet<GrammaticalCase> = new Set(['ulkotulento', 'ulkoeronto', 'seuranto']);

export function softenLoneName(
  s: Sentence,
  views: readonly NameView[],
  verdicts: Array<Verdict | undefined>,
): void {
  const flagged = verdicts.flatMap((v, i) => (v === undefined ? [] : [i]));
  const [i] = flagged;
  if (flagged.length !== 1 || i === undefined) return;
  const verdict = verdicts[i];
  const view = views[i];
  if (!verdict || !view || !BY_NAME_ALONE.has(verdict) || isSaidOfPerson(s, view, i)) return;
  verdicts[i] = WARN_LOW;
}

/** The looser signs of a person, weighed only here, where refusing rests on the word alone. */
function isSaidOfPerson(s: Sentence, view: NameView, i: number): boolean {
  // the English and Swedish rules know fewer of a person's words
  if (s.isEnglish[i] === true || s.isSwedish[i] === true) return true;
  const cases = nameCasesOf(s, view, i);
  if ([...cases].some((c) => PERSON_CASES.has(c))) return true;
  // "nieminen ei vastannut puhelimeen", "Ilkka ei tullut": what its clause says it did
  if (cases.has('nimento') && isClauseStart(s, i)) {
    const predicate = predicateAfter(s, i);
    if (predicate !== undefined && predicate !== 'other') return true;
  }
  if (
    isFirstNameBeforeNoun(s, view, i) ||
    followsPersonNoun(s, i) ||
    isSaidToBeName(s, i) ||
    isSignature(s, i)
  )
    return true;
  return hasPersonCueAfter(s, view, i) || hasStrongPersonCue(s, view, i) || hasOwnReferenceAfter(s, i);
}

/**
 * "Iidan koulutusvaihtoehdot", "Anteron jaksamisesta", "Virtasen perheessä": a first name's genitive before a noun
 * owns it; a surname's only before what a person has, in any case (a figure of history's is an era: "Kekkosen aikaan").
 */
function isFirstNameBeforeNoun(s: Sentence, view: NameView, i: number): boolean {
  const next = s.tokens[i + 1];
  if (!next || next.shape !== 'lower' || gapOf(s, i, i + 1) !== ' ') return false;
  if (!nameCasesOf(s, view, i).has('omanto')) return false;
  // "jaksamisesta" is the verb's noun form
  const nouns = (s.readings[i + 1] ?? []).filter(
    (r) => r.wordClass === 'nimisana' || r.mood === 'MINEN-infinitive',
  );
  if (nouns.length === 0) return false;
  const own = s.readings[i] ?? [];
  const isFirstName = own.some((r) => r.wordClass === 'etunimi') || (own.length === 0 && view.isFirstName);
  if (isFirstName && !view.hasPlaceReading) return true;
  return nouns.some(
    (r) => PERSON_POSSESSIONS.test(r.baseForm.toLowerCase()) || LIFE.test(r.baseForm.toLowerCase()),
  );
}

/** "Virtasen historia", "Virtasen tilanteesta": a person's history, background, situation or life. */
const LIFE = /(?:^|-)(?:historia|tausta|tilanne|elämä|elämäntilanne|asia|asiat)$/u;

/** "työnantaja Grönroos", "vuokraisäntä Lindell": a word for who someone is to the client, right before. */
const PERSON_NOUN = /(?:antaja|isäntä|emäntä|johtaja|omistaja|esimies|pomo|esihenkilö)$/u;

function followsPersonNoun(s: Sentence, i: number): boolean {
  const before = s.tokens[i - 1];
  if (!before || gapOf(s, i - 1, i) !== ' ') return false;
  const bases = (s.readings[i - 1] ?? []).map((r) => r.baseForm.toLowerCase());
  return (bases.length > 0 ? bases : [before.lower]).some((b) => PERSON_NOUN.test(b));
}

/** "Nyström-nimisen sukulaisen", "Sukunimensä on Koivu", "nimeltään Lahja": the text says the word is a name. */
function isSaidToBeName(s: Sentence, i: number): boolean {
  const token = s.tokens[i];
  if (!token) return false;
  if (/^-nimi/iu.test(s.text.slice(token.end, token.end + 6))) return true;
  return /(?:nimi|nimensä|nimeltään|nimeltä)(?:\s+(?:on|oli))?\s+$/iu.test(
    s.text.slice(Math.max(0, token.start - 24), token.start),
  );
}
