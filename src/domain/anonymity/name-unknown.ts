/**
 * Words morphology does not know (every word in list mode): the DVV lists, then the words around
 * them. With Voikko an unknown capitalised word is most often a foreign proper noun; in a person's
 * context (a relation word or title before, an age, a message to or from it, a person's verb after
 * it) it is a name: "asiakkaan puoliso Dmytro", "Olenalle varattiin tulkki", "Hamidin perhe".
 */
import { BRANDS, NAME_LIKE_BRANDS } from './brands.js';
import { lemmaCandidates } from './finnish-inflection.js';
import { isBeforeArea, isInOrganisationContext } from './name-organisation.js';
import { evidenceOf, judgeByLists, type Verdict } from './list-verdict.js';
import {
  followsRelationOrTitle,
  hasAgeAfter,
  isClauseStart,
  isInPlaceContext,
  next,
  type Sentence,
} from './name-context.js';
import { BLOCK_HIGH, WARN_LOW } from './name-context-verdict.js';
import { isListedName, isListedWord, weighName } from './name-evidence.js';
import { isNotPersonHere } from './name-exclusions.js';
import { hasPersonCueAfter, hasPossessorCueAfter, hasStrongPersonCue } from './name-person-cues.js';
import { isPersonPredicate, predicateAfter } from './name-subject.js';
import { isSwedishName } from './name-swedish.js';
import { INNER_LOCAL, mayBeUnknownName } from './name-declined-unknown.js';
import type { NameView } from './name-view.js';
import { isSpokenVerb, isTypoOfWord, isUnlistedCompound } from './unknown-word.js';
import type { AnalyseWord } from './morphology.js';

/** Colon endings of the genitive, partitive, essive, translative and the outer local cases. */
const PERSON_COLON_ENDING = /^(?:n|a|ä|ta|tä|na|nä|ksi|lle|lla|llä|lta|ltä)$/u;

const isBrandWord = (lower: string) => BRANDS.has(lower) || NAME_LIKE_BRANDS.has(lower);

/** "Pihlavassa", "Väinölässä": people are not "in" someone; an inessive is a place. */
const INESSIVE = /[^s]ss[aä]$/u;

export function judgeUnknown(s: Sentence, views: readonly NameView[], i: number): Verdict | undefined {
  const token = s.tokens[i];
  const view = views[i];
  if (!token || !view || token.shape === 'other' || isNotPersonHere(s, views, i)) return undefined;
  // "Ahlmanin ammattiopistossa", "Virtanen Oy": the name of an institution or a company; a Swedish authority or
  // association ("Arbetskraftsmyndigheten", "Försäkringskassan")
  const isSwedishAuthority =
    SWEDISH_ORGANISATION_HINT.test(token.lower) &&
    [token.lower, ...lemmaCandidates(token.lower)].some((l) => SWEDISH_ORGANISATION.test(l));
  if (isInOrganisationContext(s, i, false) || isSwedishAuthority) return undefined;
  // "Karlstadin suunnalla", "Itiksen alueella": a place's side or area
  if (token.shape === 'title' && isBeforeArea(s, i)) return undefined;
  // "Gastroenterologi on arvioinut": a title or relation no dictionary holds is the role, not a name
  if (s.hasMorphology && view.isRelationNoun && !evidenceOf(token).isExactFirstName) return undefined;
  // "Edelleenlähetetty viesti": a compound of ordinary words, or a slip in one, that no name list holds; not a
  // capitalised word right after a relative or a title ("His wife Sushila" is no slip in "sushilla")
  const evidence = evidenceOf(token);
  if (
    !evidence.isFirstName &&
    !evidence.isSurname &&
    s.hasMorphology &&
    isOrdinaryUnknown(token.lower, s.analyse) &&
    !(token.shape === 'title' && followsRelationOrTitle(s, i))
  )
    return undefined;
  if (s.isSwedish[i] === true) return isSwedishName(token) ? BLOCK_HIGH : undefined;
  const isTitle = token.shape === 'title';
  if (
    isTitle &&
    token.colonEnding === '' &&
    INESSIVE.test(token.lower) &&
    !evidenceOf(token).isExactFirstName
  )
    return undefined;
  const byLists = judgeByLists(s, i);
  if (s.hasMorphology && isTitle) {
    const isListed = byLists !== undefined || evidenceOf(token).hasSurnameShape;
    if (isPersonHere(s, view, i, isListed)) return BLOCK_HIGH;
  }
  // "Serhii:lle haetaan", "Maricel:lle tehty": a capitalised word written with a colon ending is a proper noun; one
  // no source knows, in a case a person takes (not "Lidl:stä", "Prisma:ssa"), is worth a question
  if (
    !byLists &&
    s.hasMorphology &&
    isTitle &&
    PERSON_COLON_ENDING.test(token.colonEnding) &&
    !isBrandWord(token.lower)
  )
    return WARN_LOW;
  if (!byLists) {
    const inContext = judgeUnknownInContext(s, views, i);
    if (inContext || !s.hasMorphology || !isTitle) return inContext;
    return isUnknownProperNounHere(s, views, i) ? WARN_LOW : undefined;
  }
  if (isInPlaceContext(s, i, false)) return undefined;
  const isBrand = lemmaCandidates(token.lower).some((l) => NAME_LIKE_BRANDS.has(l));
  return isBrand && isInOrganisationContext(s, i, true) ? undefined : byLists;
}

/**
 * A relation word or title before it or an age after it; for a word in the name lists also a
 * person's case cue or verb. Organisations, schools and typos are unknown words too ("Vamian
 * kanssa", "Asiakkan kertoi"), so those weaker cues need the lists.
 */
function isPersonHere(s: Sentence, view: NameView, i: number, isListed: boolean): boolean {
  const token = s.tokens[i];
  if (!token || isInPlaceContext(s, i, false)) return false;
  // "tytär Aljona": a relative's or a title's word as written; a listed place or brand only guessed from an inflection
  // ("aljona" as if "Alkona") is no reason to doubt it
  if (followsRelationOrTitle(s, i) && !isListedAsWritten(token.lower)) return true;
  if (evidenceOf(token).isAllowed) return false;
  if (hasAgeAfter(s, i)) return true;
  // "Rojinin kanssa sovittiin", "Kaidolle soitettiin": a foreign name the lists lack, where only a person fits
  if (!isListed) return isUnlistedPersonHere(s, view, i);
  if (hasPersonCueAfter(s, view, i)) return true;
  if (!isClauseStart(s, i)) return false;
  const predicate = predicateAfter(s, i);
  return isPersonPredicate(predicate) || predicate === 'likely';
}

/** A listed place, service or brand in a form that keeps its stem ("Varhan"), not one guessed by gradation ("aljona"). */
const isListedAsWritten = (lower: string): boolean =>
  [lower, ...lemmaCandidates(lower)].some((c) => lower.startsWith(c) && isListedWord(c));

/**
 * A capitalised foreign name neither Voikko nor the lists know, where only a person fits: what only a person has
 * ("Rojinin veli", "Maricelin vuokranantaja"), a strong cue inside a sentence ("Kaidolle soitettiin", "sovittiin
 * Rojinin kanssa, että…" before a meeting verb), or a verb only a person does ("Somchai on sairauslomalla").
 */
function isUnlistedPersonHere(s: Sentence, view: NameView, i: number): boolean {
  const token = s.tokens[i];
  if (!token) return false;
  // not a postposition alone: organisations and typos come with "kanssa" too ("Vamian kanssa", "Asiakkan kanssa")
  if (hasPossessorCueAfter(s, view, i)) return true;
  if (!token.isSentenceStart && hasStrongPersonCue(s, view, i)) return true;
  return isClauseStart(s, i) && isPersonPredicate(predicateAfter(s, i));
}

/** List mode still knows relation words and verbs: "hänen poikansa into", "Toivo on 61-vuotias". */
function judgeUnknownInContext(s: Sentence, views: readonly NameView[], i: number): Verdict | undefined {
  const token = s.tokens[i];
  if (!token || token.text.length < 3 || (token.shape !== 'title' && token.shape !== 'lower'))
    return undefined;
  // cheap checks first: most lower-case words have no relation word or title before them
  // "abdille varattu aika", "aleksandrin kanssa tavattiin": with morphology, where only a person fits; a word
  // the lists lack there may be a name or a typo ("asiakkan kanssa sovittiin"): worth a question
  if (token.shape === 'lower') {
    const isStrong = s.hasMorphology && hasStrongPersonCue(s, views[i]!, i);
    // a name in the DVV lists at any rank that Voikko does not know as a word ("fadumalle", "hodanin")
    const isListed = isPopularName(token.lower) || (s.hasMorphology && isListedName(token.lower));
    // a word neither Voikko nor the lists know, where a person fits ("tytär daryna (9v)", "somchai tuli", "rojinin
    // lapset"): a foreign name or a typo, so worth a question, not a refusal
    if (!isListed) {
      // not a hyphenated abbreviation compound ("tk-aika", "ex-puolison"), and not by any verb after it: typos and
      // colloquial forms are unknown words too ("lupas tulla", "oli huolisaan"); a person's verb after a clause's
      // first word is a subject's
      const isPersonLike =
        isStrong ||
        (s.hasMorphology &&
          !token.text.includes('-') &&
          (hasAgeAfter(s, i) ||
            hasPossessorCueAfter(s, views[i]!, i) ||
            (followsRelationOrTitle(s, i) && isFiniteVerbNext(s, i)) ||
            // "halyna kävi kysymässä", "bikash soitti", "zhang mei soitti": the subject of a person's verb
            (isClauseStart(s, i) && isUnknownSubject(s, views, i))));
      // not a listed service, a compound of known words or a slip in one ("työkkärin asiakkuus")
      return isPersonLike && mayBeUnknownName(s, views[i], i) ? WARN_LOW : undefined;
    }
    if (followsRelationOrTitle(s, i) || isStrong) return BLOCK_HIGH;
    // with morphology, a listed name Voikko lacks in lower case is read by the person cues a capitalised one is:
    // "faduma soitti", "hamza 17v", "olenan naapuri", "tapaa hamzaa"
    return s.hasMorphology && isPersonByCues(s, views, i) ? BLOCK_HIGH : undefined;
  }
  if (!isPopularName(token.lower)) return undefined;
  if (followsRelationOrTitle(s, i)) return BLOCK_HIGH;
  if (token.shape !== 'title' || views[i]?.isRelationNoun) return undefined;
  if (hasAgeAfter(s, i) || (isClauseStart(s, i) && isPersonPredicate(predicateAfter(s, i))))
    return BLOCK_HIGH;
  return undefined;
}

/**
 * "vaimo maliwan on lähtenyt", "tytär daryna käy koulua": after a relation word the unknown word is the subject of
 * the verb that follows; a colloquial verb or typo after it is not ("puoliso lupas viedä", "äiti huolisaan koska").
 */
function isFiniteVerbNext(s: Sentence, i: number): boolean {
  const n = next(s, i);
  return n !== undefined && (s.readings[n] ?? []).some((r) => r.wordClass === 'teonsana' && r.person === '3');
}

function isPersonByCues(s: Sentence, views: readonly NameView[], i: number): boolean {
  if (hasAgeAfter(s, i) || hasPersonCueAfter(s, views[i]!, i)) return true;
  return isClauseStart(s, i) && isUnknownSubject(s, views, i);
}

/**
 * A capitalised word no source knows, in a case a person takes and not where a place or an organisation is: most
 * often a foreign name ("Kaidolle selvitetty", "Phromman oleskelulupa"), sometimes an unlisted brand: worth a question.
 */
function isUnknownProperNounHere(s: Sentence, views: readonly NameView[], i: number): boolean {
  const token = s.tokens[i];
  if (!token || token.colonEnding !== '' || INNER_LOCAL.test(token.lower)) return false;
  // "Esim.", "Terv.": abbreviations
  if (token.text.length <= 5 && s.text.charAt(token.end) === '.') return false;
  return (
    mayBeUnknownName(s, views[i], i) &&
    !isInPlaceContext(s, i, false) &&
    !isInOrganisationContext(s, i, false)
  );
}

/**
 * A word no source knows opening a clause before a person's verb, or a verb of coming and going (no everyday word
 * that comes and goes is unknown to morphology), itself or with a second unknown word: a two-part foreign name.
 */
function isUnknownSubject(s: Sentence, views: readonly NameView[], i: number): boolean {
  const second = next(s, i);
  const last =
    second !== undefined && views[second]?.isKnown === false && s.tokens[second]?.shape === 'lower'
      ? second
      : i;
  const predicate = predicateAfter(s, last);
  return isPersonPredicate(predicate) || predicate === 'likely';
}

function isPopularName(lower: string): boolean {
  const e = weighName(lower);
  return !e.isAllowed && (e.isPopularFirstName || e.isTypicalSurname);
}

const isOrdinaryUnknown = (lower: string, analyse: AnalyseWord): boolean =>
  isUnlistedCompound(lower, analyse) || isTypoOfWord(lower, analyse) || isSpokenVerb(lower, analyse);

const SWEDISH_ORGANISATION_HINT =
  /myndighet|kassa|verk|styrelse|nämnd|kommun|förbund|central|bolag|förening|inspektion|fogde/u;
const SWEDISH_ORGANISATION =
  /(?:myndighet|kassa|verk|styrelse|nämnd|kommun|förbund|central|bolag|förening|inspektion|fogde)(?:en|et|n|s)?$/u;
