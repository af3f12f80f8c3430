/*
 * Personal names. Name data: Digital and Population Data Services Agency (DVV) name statistics,
 * CC BY 4.0, via the npm package `nimet`; and `@zxcvbn-ts/language-fi` (see name-lists.ts).
 *
 * With morphology (Voikko) every word is read in any letter case and inflection: a word that can
 * only be a first name or surname ("virtaselle", "Riikalta") is flagged; one that is also an
 * ordinary word (Satu, Toivo, Onni) is flagged when its context makes it a person (see
 * name-context.ts). Places in place context and organisations are not people.
 * Without morphology (list mode, and for words morphology does not know) a capitalised word from
 * the DVV lists is judged by its place in the sentence (see list-verdict.ts).
 */
import type { Finding } from './finding.js';
import { isBeforeInstitution, isInOrganisationContext } from './name-organisation.js';
import { judgeByLists, type Verdict } from './list-verdict.js';
import { maskSpan } from './mask.js';
import {
  followsRelationOrTitle,
  gapOf,
  isClauseStart,
  isInPlaceContext,
  isSaidToBeRelative,
  type Sentence,
} from './name-context.js';
import {
  BLOCK_HIGH,
  WARN_LOW,
  isPersonNamedLikePlace,
  isRareNamePersonHere,
  judgeByContext,
} from './name-context-verdict.js';
import { markEnglishSentences } from './english-text.js';
import { COMPANY_SUFFIXES } from './name-context-words.js';
import { markEnglishUnknownPairs } from './name-english.js';
import { isNotPersonHere } from './name-exclusions.js';
import { markCoordinated } from './name-coordination.js';
import { markAliases, markFullNames, markNicknames } from './name-pairs.js';
import { markRepeatedNames } from './name-repeats.js';
import { markSwedishSentences } from './name-swedish.js';
import { isFirstName } from './name-lists.js';
import { tokenize, type Token } from './name-tokens.js';
import { BLOCK_BY_NAME_ALONE, MEDIUM_BY_NAME_ALONE, softenLoneName } from './name-lone.js';
import { judgeUnknown } from './name-unknown.js';
import { isPersonTail } from './name-things.js';
import { markDeclinedUnknowns } from './name-declined-unknown.js';
import { unmarkPhrases, unmarkPublicFigures } from './name-public.js';
import { viewWord, type NameView } from './name-view.js';
import { markInitials, markSignatures } from './name-signatures.js';
import { NAME_CLASSES, PROPER_NOUN_CLASSES, type AnalyseWord, type WordAnalysis } from './morphology.js';

const NONE: readonly WordAnalysis[] = [];
/** List mode: morphology that knows no word. */
export const knowsNoWord: AnalyseWord = () => NONE;

/** An e-mail address: its words are the e-mail detector's, not names beside the name before it. */
const EMAIL_ADDRESS = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+/gu;

export function detectNames(
  text: string,
  analyse: AnalyseWord = knowsNoWord,
  isAboutSomeone = false,
): Finding[] {
  // "Paulille pauli.nurmi@example.fi": the address's words are blanked (same length), so no name runs into it
  const tokens = tokenize(
    text.includes('@') ? text.replace(EMAIL_ADDRESS, (m) => ' '.repeat(m.length)) : text,
  );
  const isEnglish = markEnglishSentences(text, tokens);
  const isSwedish = markSwedishSentences(text, tokens);
  const readings = tokens.map((t, i) =>
    t.shape === 'other' || t.text.length < 2
      ? NONE
      : withoutInstructiveNames(
          foreignSentenceReadings(t, analyse(t.text), isEnglish[i] === true || isSwedish[i] === true),
        ),
  );
  const sentence: Sentence = {
    text,
    tokens,
    readings,
    isEnglish,
    isSwedish,
    hasMorphology: readings.some((r) => r.length > 0),
    analyse,
  };
  const views = tokens.map((t, i) => viewWord(t.lower, readings[i] ?? NONE));
  const verdicts = tokens.map((t, i) =>
    t.isCompoundHead && isOrdinaryCompound(text, t, analyse) ? undefined : judge(sentence, views, i),
  );
  // sayings and characters first, so that no later pass reads a name from them ("kuin Vaahteramäen Eemeli, aina")
  unmarkPhrases(sentence, verdicts);
  markFullNames(sentence, views, verdicts);
  markAliases(sentence, views, verdicts);
  markEnglishUnknownPairs(sentence, views, verdicts);
  markNicknames(sentence, views, verdicts);
  markCoordinated(sentence, views, verdicts);
  markDeclinedUnknowns(sentence, views, verdicts);
  markRepeatedNames(sentence, views, verdicts);
  unmarkPublicFigures(sentence, verdicts);
  markSignatures(sentence, views, verdicts);
  markInitials(sentence, verdicts);
  softenSimiles(sentence, verdicts);
  if (!isAboutSomeone) softenLoneName(sentence, views, verdicts);
  return toFindings(sentence, verdicts);
}

function judge(s: Sentence, views: readonly NameView[], i: number): Verdict | undefined {
  const token = s.tokens[i];
  const view = views[i];
  if (!token || !view) return undefined;
  // "His brother Murat": in English a capitalised word after a relative is the name, whatever Finnish word it spells
  if (isAfterEnglishRelative(s, view, i)) return BLOCK_HIGH;
  if (!view.isKnown) return judgeUnknown(s, views, i);
  if (!(view.hasNameReading || view.isListName || view.isRareListName)) return colonNameVerdict(s, i);
  if (isNotPersonHere(s, views, i) || isInOrganisationContext(s, i, view.isNameLikeBrand)) return undefined;
  if (isSurnameWhere(s, i)) return undefined;
  if (token.shape === 'title' && isClauseStart(s, i) && isSaidToBeRelative(s, i)) return BLOCK_HIGH;
  if (view.isAllowed || isPlaceHere(s, view, i))
    return isPersonNamedLikePlace(s, view, i) ? BLOCK_HIGH : undefined;
  if (view.isRareListName && !view.isListName && !view.hasNameReading)
    return isRareNamePersonHere(s, view, i) ? BLOCK_HIGH : undefined;
  if (!view.isAmbiguous && token.text.length > 2)
    return judgeByContext(s, view, i)?.severity === 'block' ? BLOCK_HIGH : BLOCK_BY_NAME_ALONE;
  const byContext = judgeByContext(s, view, i);
  if (byContext?.severity === 'block' || token.shape !== 'title') return byContext;
  const byLists = judgeByLists(s, i);
  if (!token.isSentenceStart) return view.hasNameReading ? MEDIUM_BY_NAME_ALONE : byLists;
  // "Tulkki on varattu", "Sisko asuu": the role or relation itself opening a sentence
  if (view.isEveryday || view.isRelationNoun || !byLists) return byContext;
  // "Otto automaatilta", "Kari, johon vene ajettiin", "Taimia": a name that is also the ordinary word of its own base
  // form, opening a sentence with nothing around it said of a person, is only worth a question
  return byLists.severity === 'block' && view.isHomograph ? WARN_LOW : byLists;
}

/** Not a listed place, service or brand ("client’s Kela"), nor a company's suffix ("Mäkinen & Pojat Oy"). */
function isAfterEnglishRelative(s: Sentence, view: NameView, i: number): boolean {
  const token = s.tokens[i];
  if (s.isEnglish[i] !== true || token?.shape !== 'title' || view.isAllowed || view.isFunctionWord)
    return false;
  if (COMPANY_SUFFIXES.has(token.lower)) return false;
  return gapOf(s, i - 1, i) === ' ' && followsRelationOrTitle(s, i);
}

/**
 * "Malin är föräldraledig", "Megan Walsh wants…": in an English or Swedish sentence a listed first name is not a
 * Finnish word's case form (Mali's genitive, mega's), so such readings are dropped; its base form is kept.
 */
function foreignSentenceReadings(
  token: Token,
  readings: readonly WordAnalysis[],
  isForeignSentence: boolean,
): readonly WordAnalysis[] {
  if (!isForeignSentence || token.shape !== 'title' || !isFirstName(token.lower)) return readings;
  const inflected = (r: WordAnalysis) => r.case !== undefined && r.case !== 'nimento';
  return readings.length > 0 && readings.every(inflected) ? NONE : readings;
}

/**
 * "Kaipaisin" (kaivata, or the Kaipainens in the instructive): no one writes a name in the instructive, so where the
 * word is also something else that reading is dropped.
 */
function withoutInstructiveNames(readings: readonly WordAnalysis[]): readonly WordAnalysis[] {
  const isInstructiveName = (r: WordAnalysis) => NAME_CLASSES.has(r.wordClass) && r.case === 'keinonto';
  if (!readings.some(isInstructiveName) || readings.every(isInstructiveName)) return readings;
  return readings.filter((r) => !isInstructiveName(r));
}

/**
 * "Kukka-asetelmat", "Onni-pelit": morphology reads the whole hyphenated word as an ordinary compound (its base form
 * in lower case), so its capitalised head is the word, not a name; "Matti-setä" keeps its capital and its name.
 */
function isOrdinaryCompound(text: string, token: Token, analyse: AnalyseWord): boolean {
  const whole = /^[\p{L}-]+/u.exec(text.slice(token.start))?.[0] ?? token.text;
  const tail = whole.slice(token.text.length + 1);
  if (analyse(whole).some((r) => /^\p{Ll}/u.test(r.baseForm) && !/^\p{Ll}/u.test(whole)))
    return !(hasPersonTail(tail, analyse) && isNameWord(token.text, analyse));
  return token.shape === 'title' && isThingTail(tail, analyse);
}

/**
 * "Helmi-pastilleja", "Visa-kortti", "Jussi-gaalassa", "Sisu-kuorma-autoja": a capitalised word before a noun for a
 * thing names the thing. A tail for a person or what is said of one keeps the name: "Matti-setä", "Kaija-siskon",
 * "Mikko-vainaja", "Pekka-tapaus".
 */
function isThingTail(tail: string, analyse: AnalyseWord): boolean {
  const last = tail.split('-').pop() ?? '';
  if (last.length < 3) return false;
  const readings =
    analyse(tail.toLowerCase()).length > 0 ? analyse(tail.toLowerCase()) : analyse(last.toLowerCase());
  const nouns = readings.filter((r) => r.wordClass === 'nimisana');
  if (nouns.length === 0 || readings.some((r) => PROPER_NOUN_CLASSES.has(r.wordClass))) return false;
  return !nouns.some((r) => isPersonTail(r.baseForm.toLowerCase()));
}

const isNameWord = (word: string, analyse: AnalyseWord) =>
  analyse(word).some((r) => r.wordClass === 'etunimi' || r.wordClass === 'sukunimi');

/** "Kaija-siskon", "Ahmed-sedän": the tail is a relative, a title or what is said of a person. */
function hasPersonTail(tail: string, analyse: AnalyseWord): boolean {
  const last = (tail.split('-').pop() ?? '').toLowerCase();
  const bases = analyse(last).map((r) => r.baseForm.toLowerCase());
  return (bases.length > 0 ? bases : [last]).some(isPersonTail);
}

/**
 * "asuu Karhulassa", "Sunilassa on kaksio": a word read only as a surname or a place, in the inessive, is where, not
 * who (people are not "in" someone; "Virtasesta", "Hakalaan" are still people).
 */
function isSurnameWhere(s: Sentence, i: number): boolean {
  const proper = (s.readings[i] ?? []).filter((r) => PROPER_NOUN_CLASSES.has(r.wordClass));
  if (proper.length === 0 || proper.some((r) => r.wordClass === 'etunimi')) return false;
  return proper.every((r) => r.case === 'sisaolento');
}

/** A place reading where a place fits ("muutti Kaarinaan", "Kuopiossa"), or a place by its verb alone. */
function isPlaceHere(s: Sentence, view: NameView, i: number): boolean {
  const isPlaceLike = view.isPlaceAlsoName || view.hasPlaceReading || !view.isFirstName;
  // "lääkäri Mäkinen psykiatrian poliklinikalta": after a title the surname is the doctor, not a place's clinic
  if (isPlaceLike && isBeforeInstitution(s, i)) return !followsRelationOrTitle(s, i);
  if (view.hasPlaceReading) return !view.hasNameReading || isInPlaceContext(s, i, view.hasInnerCasePlace);
  // "töissä Pajalassa": an inessive after a place verb is where, even if it reads as a surname
  return (!view.hasNameReading || view.isInnerCaseName) && isInPlaceContext(s, i, false);
}

/** "Ahmed:lle", "Virtanen:n": a capitalised word with a colon ending inside a sentence is a proper noun. */
function colonNameVerdict(s: Sentence, i: number): Verdict | undefined {
  const token = s.tokens[i];
  if (!token || token.colonEnding === '' || token.shape !== 'title' || token.isSentenceStart)
    return undefined;
  return judgeByLists(s, i) ?? undefined;
}

/** "kuin Vaahteramäen Eemeli", "kuin epäilevä Tuomas", "kuin Rokka": a comparison, at most one word between. */
const SIMILE_BEFORE = /(?<![\p{L}])kuin\s+(?:\p{L}+\s+)?$/iu;

/**
 * A name someone is compared to is mostly a character or a public figure the lists lack: asked about, not refused.
 * A relation or title word before it still makes it a person ("kuin isänsä Pekka" is left to the other rules).
 */
function softenSimiles(s: Sentence, verdicts: Array<Verdict | undefined>): void {
  s.tokens.forEach((t, i) => {
    if (verdicts[i]?.severity !== 'block' || t.shape !== 'title') return;
    const before = s.text.slice(Math.max(0, t.start - 32), t.start);
    if (!SIMILE_BEFORE.test(before) || followsRelationOrTitle(s, i)) return;
    for (let j = i; j < s.tokens.length && verdicts[j]?.severity === 'block'; j += 1) {
      verdicts[j] = WARN_LOW;
      if (gapOf(s, j, j + 1) !== ' ') break;
    }
  });
}

/** Neighbouring flagged words become one finding, shown as "M**** M*********". */
function toFindings(s: Sentence, verdicts: ReadonlyArray<Verdict | undefined>): Finding[] {
  const findings: Finding[] = [];
  let open: Finding | undefined;
  s.tokens.forEach((token, i) => {
    const verdict = verdicts[i];
    if (!verdict) {
      open = undefined;
      return;
    }
    if (open && s.text.slice(open.end, token.start) === ' ') {
      open.end = token.end;
      if (verdict.severity === 'block') open.severity = 'block';
      open.masked = maskSpan(s.text.slice(open.start, open.end));
      return;
    }
    open = { kind: 'name', start: token.start, end: token.end, masked: maskSpan(token.text), ...verdict };
    findings.push(open);
  });
  return findings;
}
