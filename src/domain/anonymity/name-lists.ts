/*
 * Name data: first names, middle names and surnames from the Digital and Population Data
 * Services Agency (DVV, Digi- ja väestötietovirasto) name statistics, licensed CC BY 4.0,
 * as packaged by the npm package `nimet`; first names, surnames and common words from
 * `@zxcvbn-ts/language-fi` (MIT). Built once at module load into Maps and Sets.
 */
import { dictionary } from '@zxcvbn-ts/language-fi';
import femaleFirst from 'nimet/dist/f_first_names.json' with { type: 'json' };
import femaleMiddle from 'nimet/dist/f_middle_names.json' with { type: 'json' };
import maleFirst from 'nimet/dist/m_first_names.json' with { type: 'json' };
import maleMiddle from 'nimet/dist/m_middle_names.json' with { type: 'json' };
import surnames from 'nimet/dist/surnames.json' with { type: 'json' };

interface WeightedName {
  readonly value: string;
}

/**
 * Popularity cut-offs by rank in the DVV lists (which are sorted most common first). The top 500
 * first names of each sex cover about 90 % of people, the top 3,000 surnames about 75 %.
 */
const POPULAR_FIRST_RANK = 500;
const POPULAR_SURNAME_RANK = 3000;
const UNRANKED = Number.MAX_SAFE_INTEGER;

function rankIndex(
  lists: ReadonlyArray<readonly WeightedName[]>,
  plain: ReadonlyArray<readonly string[]>,
): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const names of lists) {
    names.forEach((name, rank) => {
      const key = name.value.toLowerCase();
      ranks.set(key, Math.min(rank, ranks.get(key) ?? UNRANKED));
    });
  }
  for (const names of plain) for (const name of names) if (!ranks.has(name)) ranks.set(name, UNRANKED);
  return ranks;
}

// Middle-name ranks count too: a popular middle name (Juhani, Maria) is a popular first name.
const firstNameRanks = rankIndex(
  [femaleFirst, maleFirst, femaleMiddle, maleMiddle],
  [dictionary.femaleFirstnames, dictionary.maleFirstnames],
);
const surnameRanks = rankIndex([surnames], [dictionary.lastnames]);

/** Lower-case words from film subtitles (zxcvbn); holds names as well as words. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(dictionary.commonWords);

export function isFirstName(word: string): boolean {
  return firstNameRanks.has(word);
}

export function isSurname(word: string): boolean {
  return surnameRanks.has(word);
}

export function isPopularFirstName(word: string): boolean {
  return (firstNameRanks.get(word) ?? UNRANKED) < POPULAR_FIRST_RANK;
}

export function isPopularSurname(word: string): boolean {
  return (surnameRanks.get(word) ?? UNRANKED) < POPULAR_SURNAME_RANK;
}
