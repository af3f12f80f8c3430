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
import { judgeByLists, type Verdict } from './list-verdict.js';
import { NAME_LIKE_BRANDS } from './brands.js';
import { lemmaCandidates } from './finnish-inflection.js';
import { maskSpan } from './mask.js';
import { weighName } from './name-evidence.js';
import {
  followsRelationOrTitle,
  hasAgeAfter,
  isClauseStart,
  isInOrganisationContext,
  isInPlaceContext,
  isSubjectOfPersonVerb,
  type Sentence,
} from './name-context.js';
import { markEnglishSentences } from './english-text.js';
import { isEnglishWordHere, isListedWithPlace, isPartOfOrganisationName } from './name-exclusions.js';
import { markFullNames, markNicknames } from './name-pairs.js';
import { hasPersonCueAfter, isDemonymUsedAsName } from './name-person-cues.js';
import { tokenize } from './name-tokens.js';
import { viewWord, type NameView } from './name-view.js';
import type { AnalyseWord, WordAnalysis } from './morphology.js';

const NONE: readonly WordAnalysis[] = [];
/** List mode: morphology that knows no word. */
export const knowsNoWord: AnalyseWord = () => NONE;

const BLOCK_HIGH: Verdict = { severity: 'block', confidence: 'high' };
const BLOCK_MEDIUM: Verdict = { severity: 'block', confidence: 'medium' };

export function detectNames(text: string, analyse: AnalyseWord = knowsNoWord): Finding[] {
  const tokens = tokenize(text);
  const readings = tokens.map((t) => (t.shape === 'other' || t.text.length < 2 ? NONE : analyse(t.text)));
  const sentence: Sentence = { text, tokens, readings, isEnglish: markEnglishSentences(text, tokens) };
  const views = tokens.map((t, i) => viewWord(t.lower, readings[i] ?? NONE));
  const verdicts = tokens.map((_, i) => judge(sentence, views, i));
  markFullNames(sentence, views, verdicts);
  markNicknames(sentence, views, verdicts);
  return toFindings(sentence, verdicts);
}

function judge(s: Sentence, views: readonly NameView[], i: number): Verdict | undefined {
  const token = s.tokens[i];
  const view = views[i];
  if (!token || !view) return undefined;
  if (!view.isKnown) return judgeUnknown(s, views, i);
  if (!(view.hasNameReading || view.isListName || view.isRareListName)) return colonNameVerdict(s, i);
  if (view.isAllowed || isNotPersonHere(s, views, i)) return undefined;
  if (isInOrganisationContext(s, i, view.isNameLikeBrand)) return undefined;
  if (view.hasPlaceReading && (!view.hasNameReading || isInPlaceContext(s, i, view.hasInnerCasePlace)))
    return undefined;
  if (!view.hasNameReading && !view.hasPlaceReading && isInPlaceContext(s, i, false)) return undefined;
  if (view.isRareListName && !view.isListName && !view.hasNameReading)
    return token.shape === 'title' && followsRelationOrTitle(s, i) ? BLOCK_HIGH : undefined;
  if (!view.isAmbiguous && token.text.length > 2) return BLOCK_HIGH;
  if (isPersonByContext(s, view, i)) return BLOCK_HIGH;
  if (token.shape !== 'title') return undefined;
  const byLists = judgeByLists(s, i);
  if (!token.isSentenceStart) return view.hasNameReading ? BLOCK_MEDIUM : byLists;
  if (view.isEveryday || !byLists) return undefined;
  // "Taimia", "Tarmoa": a partitive homograph opening a sentence is only worth a question
  return byLists.severity === 'block' && view.isHomograph && view.isPartitiveName
    ? { severity: 'warn', confidence: 'low' }
    : byLists;
}

/** A word morphology does not know (every word in list mode): the lists, then the words around it. */
function judgeUnknown(s: Sentence, views: readonly NameView[], i: number): Verdict | undefined {
  const token = s.tokens[i];
  if (!token || token.shape === 'other' || isNotPersonHere(s, views, i)) return undefined;
  const byLists = judgeByLists(s, i);
  if (!byLists) return judgeUnknownInContext(s, views, i);
  if (isInPlaceContext(s, i, false)) return undefined;
  const isBrand = lemmaCandidates(token.lower).some((l) => NAME_LIKE_BRANDS.has(l));
  return isBrand && isInOrganisationContext(s, i, true) ? undefined : byLists;
}

/** A relation word or title before it, an age after it, or a person's verb after it as the subject. */
function isPersonByContext(s: Sentence, view: NameView, i: number): boolean {
  if (followsRelationOrTitle(s, i)) return true;
  // "Sisko käy", "Veli asuu": the relation noun itself, not a person's name
  if (view.isRelationNoun) return false;
  if (isDemonymUsedAsName(s, view, i)) return true;
  const token = s.tokens[i];
  // lower case, only a name that is also a noun of its own base form (satu, toivo, onni) is read by age or verb
  if (!token || !(token.shape === 'title' || (view.hasNameReading && view.isHomograph))) return false;
  // "Kivi putosi": a surname that morphology reads only as a noun is not read by its verb
  if (!view.hasNameReading && !view.isFirstName) return false;
  if (hasAgeAfter(s, i) || hasPersonCueAfter(s, view, i)) return true;
  return view.isNominativeName && isClauseStart(s, i) && isSubjectOfPersonVerb(s, i);
}

/** A pronoun, a word in an English sentence, part of an organisation's name, a group, a place among places. */
function isNotPersonHere(s: Sentence, views: readonly NameView[], i: number): boolean {
  const token = s.tokens[i];
  const view = views[i];
  if (!token || !view) return true;
  if (view.isFunctionWord && (token.shape !== 'title' || token.isSentenceStart)) return true;
  if (view.isPluralFirstName || isEnglishWordHere(s, i) || isPartOfOrganisationName(s, i)) return true;
  const isPlaceLike = view.hasPlaceReading || view.isPlace;
  // "00530 Kalliossa": the word after a postal code is its town
  if (isPlaceLike && /(?<!\d)\d{5},? $/u.test(s.text.slice(Math.max(0, token.start - 8), token.start)))
    return true;
  return isPlaceLike && isListedWithPlace(s, views, i);
}

/** List mode still knows relation words and verbs: "hänen poikansa into", "Toivo on 61-vuotias". */
function judgeUnknownInContext(s: Sentence, views: readonly NameView[], i: number): Verdict | undefined {
  const token = s.tokens[i];
  if (!token || token.text.length < 3 || (token.shape !== 'title' && token.shape !== 'lower'))
    return undefined;
  // cheap checks first: most lower-case words have no relation word or title before them
  if (token.shape === 'lower')
    return followsRelationOrTitle(s, i) && isPopularName(token.lower) ? BLOCK_HIGH : undefined;
  if (!isPopularName(token.lower)) return undefined;
  if (followsRelationOrTitle(s, i)) return BLOCK_HIGH;
  if (token.shape !== 'title' || views[i]?.isRelationNoun) return undefined;
  if (hasAgeAfter(s, i) || (isClauseStart(s, i) && isSubjectOfPersonVerb(s, i))) return BLOCK_HIGH;
  return undefined;
}

/** "Ahmed:lle", "Virtanen:n": a capitalised word with a colon ending inside a sentence is a proper noun. */
function colonNameVerdict(s: Sentence, i: number): Verdict | undefined {
  const token = s.tokens[i];
  if (!token || token.colonEnding === '' || token.shape !== 'title' || token.isSentenceStart)
    return undefined;
  return judgeByLists(s, i) ?? undefined;
}

function isPopularName(lower: string): boolean {
  const e = weighName(lower);
  return !e.isAllowed && (e.isPopularFirstName || e.isTypicalSurname);
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
