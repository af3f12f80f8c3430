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
  return rankOf(firstNameRanks, word) !== undefined;
}

export function isSurname(word: string): boolean {
  return rankOf(surnameRanks, word) !== undefined;
}

export function isPopularFirstName(word: string): boolean {
  return (rankOf(firstNameRanks, word) ?? UNRANKED) < POPULAR_FIRST_RANK;
}

export function isPopularSurname(word: string): boolean {
  return (rankOf(surnameRanks, word) ?? UNRANKED) < POPULAR_SURNAME_RANK;
}

/** The best rank of the word in the lists, in any of its spellings. */
function rankOf(ranks: ReadonlyMap<string, number>, word: string): number | undefined {
  const rank = ranks.get(word);
  // only a word that begins with a Cyrillic letter is spelled again (a cheap look at its first letter)
  const first = word.charCodeAt(0);
  if (rank !== undefined || first < 0x400 || first > 0x4ff) return rank;
  const found = spellingsOf(word).flatMap((w) => ranks.get(w) ?? []);
  return found.length > 0 ? Math.min(...found) : undefined;
}

/** Cyrillic letters as Finnish transliteration writes them, then as English does, where the two differ. */
// prettier-ignore
const CYRILLIC_LETTERS: Readonly<Record<string, readonly [string, string]>> = {
  а: ['a', 'a'], б: ['b', 'b'], в: ['v', 'v'], г: ['g', 'g'], ґ: ['g', 'g'], д: ['d', 'd'], е: ['e', 'e'],
  є: ['je', 'ye'], ё: ['jo', 'yo'], ж: ['ž', 'zh'], з: ['z', 'z'], и: ['i', 'i'], і: ['i', 'i'], ї: ['ji', 'yi'],
  й: ['i', 'y'], к: ['k', 'k'], л: ['l', 'l'], м: ['m', 'm'], н: ['n', 'n'], о: ['o', 'o'], п: ['p', 'p'],
  р: ['r', 'r'], с: ['s', 's'], т: ['t', 't'], у: ['u', 'u'], ф: ['f', 'f'], х: ['h', 'kh'], ц: ['ts', 'ts'],
  ч: ['tš', 'ch'], ш: ['š', 'sh'], щ: ['štš', 'shch'], ъ: ['', ''], ы: ['y', 'y'], ь: ['', ''], э: ['e', 'e'],
  ю: ['ju', 'yu'], я: ['ja', 'ya'],
};

/**
 * A Cyrillic word as the lists may spell it, in Latin letters both ways ("галина" → "galina",
 * "петрова" → "petrova", "юлия" → "julija", "yuliya"), since the lists hold names as they were registered here.
 */
function spellingsOf(word: string): readonly string[] {
  const letters = [...word.toLowerCase()];
  const fi = letters.map((l) => CYRILLIC_LETTERS[l]?.[0] ?? l).join('');
  const en = letters.map((l) => CYRILLIC_LETTERS[l]?.[1] ?? l).join('');
  return [fi, en];
}
