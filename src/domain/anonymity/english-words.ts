/**
 * English words, to tell an English word Finnish morphology does not know ("Needs", "Meanwhile", "Cardiologist") from a
 * foreign name it does not know either ("Siriporn", "Tewodros"). Word data: `@zxcvbn-ts/language-en` (MIT), English
 * film subtitles by frequency, which hold names as well as words: only the 10,000 most frequent, and of those neither a
 * listed first name (English or Finnish) nor a less frequent one that is also an English surname ("Nair"). Built once
 * at module load.
 */
import { dictionary } from '@zxcvbn-ts/language-en';
import { isFirstName } from './name-lists.js';

/** Above this rank a surname-like subtitle word is more often the surname ("during" and "back" are surnames too). */
const COMMON_RANK = 3000;
/** Past this rank the subtitles' words are as often foreign first names ("Rajesh", "Chidi", "Juma") as rare words. */
const LAST_RANK = 10_000;

const FIRST_NAMES: ReadonlySet<string> = new Set(dictionary['firstnames-en']);
const SURNAMES: ReadonlySet<string> = new Set(dictionary['lastnames-en']);
/** The words kept, each with its frequency rank. */
const WORD_RANKS: ReadonlyMap<string, number> = new Map(
  dictionary['commonWords-en']
    .slice(0, LAST_RANK)
    .map((word, rank) => [word, rank] as const)
    .filter(
      ([word, rank]) =>
        !FIRST_NAMES.has(word) && !isFirstName(word) && (rank < COMMON_RANK || !SURNAMES.has(word)),
    ),
);

/** `lower` is lower case; `withinRank` asks for one of the more frequent words only. */
export function isEnglishWord(lower: string, withinRank = LAST_RANK): boolean {
  const rank = WORD_RANKS.get(lower);
  return rank !== undefined && rank < withinRank;
}
