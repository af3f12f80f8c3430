/**
 * English sentences in a Finnish case text. English capitalises names and little else, so there a
 * lower-case word is never a name ("will join", "may"), and a capitalised function word, month or
 * weekday opening a sentence is the word ("Will the team…", "May", "June").
 */
import type { Token } from './name-tokens.js';

const list = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** Function words with no Finnish homograph ("he", "on" and "an" are left out). */
export const ENGLISH_FUNCTION_WORDS = list(`
  the and is was were are of to with for has have had she her his they their them will would
  this that not from been it by but be can could should there which who what when where than
  our your you we me my us client clients at in via next about after before because since also
  into over week weeks month months meeting am pm as an him does did got says said told asked lives works wants
  needs very just only a
`);

/**
 * English words that are also first names in the DVV lists or in Voikko, and relatives by role ("Son (17)
 * translates"), read as words when they open a sentence.
 */
export const ENGLISH_OPENERS = list(
  `will may mark bill hope grace joy faith rose frank sunny rob pat sue art dawn eve
   son daughter mother father wife husband brother sister client baby the are is do does did can has have was
   were now from day still also just then job`,
);
/** Months and weekdays: never a person in an English sentence ("in May", "Tuesday 12 May"). */
export const ENGLISH_CALENDAR = list(`
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
`);

/**
 * A sentence ends at a full stop, a question or an exclamation mark before a space, or at a line break; not at the
 * dots inside "1.10.1995".
 */
const SENTENCE_END = /[.!?](?:\s|$)|\n/u;

/**
 * For each token: does it stand in a sentence that has at least two English function words, or one
 * right after such a sentence ("Called Jenni twice this week. Will send a letter.")?
 */
export function markEnglishSentences(text: string, tokens: readonly Token[]): boolean[] {
  return markSentencesOf(ENGLISH_FUNCTION_WORDS, text, tokens);
}

/** Marks the tokens of sentences written in the language whose function words are `functionWords`. */
export function markSentencesOf(
  functionWords: ReadonlySet<string>,
  text: string,
  tokens: readonly Token[],
): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  let from = 0;
  let isPreviousForeign = false;
  for (let i = 0; i <= tokens.length; i += 1) {
    const token = tokens[i];
    const prev = tokens[i - 1];
    const isBreak = !token || (prev !== undefined && SENTENCE_END.test(text.slice(prev.end, token.start)));
    if (!isBreak) continue;
    let count = 0;
    for (let j = from; j < i; j += 1) if (functionWords.has(tokens[j]?.lower ?? '')) count += 1;
    // "Thanks!", "Agree?": a one-word sentence right after one in the language is in it too
    isPreviousForeign = count >= 2 || ((count === 1 || i - from === 1) && isPreviousForeign);
    if (isPreviousForeign) out.fill(true, from, i);
    from = i;
  }
  return out;
}

/**
 * Countries, regions and nationalities as English writes them, capitalised inside a sentence: "after leaving Syria",
 * "the German periods", "a Somali interpreter". Lower case.
 */
export const ENGLISH_PLACES_AND_NATIONALITIES = list(`
  afghanistan afghan albania albanian algeria algerian america american angola argentina armenia armenian
  australia australian austria austrian azerbaijan bangladesh bangladeshi belarus belarusian belgium belgian
  bosnia bosnian brazil brazilian britain british bulgaria bulgarian burundi cambodia cameroon canada canadian
  chile chilean china chinese colombia congo congolese croatia croatian cuba czech czechia denmark danish
  dutch ecuador egypt egyptian england english eritrea eritrean estonia estonian ethiopia ethiopian europe
  european finland finnish france french gambia georgian germany german ghana ghanaian greece greek guinea
  hungary hungarian iceland india indian indonesia indonesian iran iranian iraq iraqi ireland irish israel
  italy italian japan japanese jordanian kazakhstan kenya kenyan korea korean kosovo kurdistan kurdish
  kyrgyzstan latvia latvian lebanon lebanese liberia libya libyan lithuania lithuanian malaysia mali mexico
  mexican moldova moldovan mongolia morocco moroccan myanmar nepal nepali netherlands nigeria nigerian
  norway norwegian pakistan pakistani palestine palestinian peru philippines filipino poland polish portugal
  portuguese romania romanian russia russian rwanda scotland scottish senegal serbia serbian sierra leone
  slovakia slovak slovenia somalia somali spain spanish sudan sudanese sweden swedish switzerland swiss syria
  syrian tajikistan tanzania thailand thai tunisia turkey turkish uganda ukraine ukrainian uzbekistan
  venezuela vietnam vietnamese wales welsh yemen zimbabwe africa african asia asian arab arabic persian dari
  pashto tigrinya amharic swahili
  muslim catholic orthodox protestant lutheran evangelical pentecostal shia sunni hindu buddhist sikh
  jewish chaldean assyrian yazidi ezidi hazara pashtun tajik uzbek oromo amhara tigray swede
`);

/**
 * English words that Finnish morphology reads only as a first name or a surname: in a lower-case English sentence they
 * are the words ("will", "may", "bill", "mark").
 */
export const ENGLISH_WORDS_LIKE_NAMES = list(`
  will may bill mark rose hope grace joy faith frank sunny rob pat sue art dawn eve max sam ken dean chase grant
  job more nanny
  jack bob tom don nick rich carol penny rusty ron ray guy gene jean june april august summer autumn sky rock
  pearl ruby amber ivy holly lily daisy iris olive jade crystal star stone wood field hill brook bay lane
  case page king queen prince duke earl baker cook smith miller carter fisher hunter walker porter parker
`);
