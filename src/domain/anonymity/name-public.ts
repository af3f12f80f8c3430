/**
 * The last pass over the names: a public figure's name, or a name given to a day, a statue, a street or a
 * government, is no client's ("Aleksis Kiven päivänä", "Kimi Räikkönen kiinnostaa", "Orpon hallitus",
 * "profeetta Muhammadin", "Sibelius-monumentin"). See public-figures.ts for the lists and what they leave out.
 */
import { lemmaCandidates } from './finnish-inflection.js';
import { BY_NAME_ALONE } from './name-lone.js';
import { isPopularFirstName } from './name-lists.js';
import type { Verdict } from './list-verdict.js';
import { NAME_CLASSES } from './morphology.js';
import { gapOf, type Sentence } from './name-context.js';
import {
  CHARACTERS_OF_WORKS,
  FESTIVAL_NAME,
  PLACE_KIND_AFTER,
  NAMED_AFTER,
  NAMED_DAY,
  PUBLIC_FULL_NAMES,
  PUBLIC_PHRASES,
  PUBLIC_SURNAMES,
  PUBLIC_TITLES,
  REGNAL_NUMBER,
  WORK_AFTER_CHARACTER,
} from './public-figures.js';

export function unmarkPublicFigures(s: Sentence, verdicts: Array<Verdict | undefined>): void {
  unmarkPhrases(s, verdicts);
  unmarkCharacters(s, verdicts);
  for (let i = 0; i < s.tokens.length; i += 1) {
    // only what was flagged needs unmarking: a name of one to three words starting here
    if (!verdicts.slice(i, i + 3).some((v) => v !== undefined)) continue;
    // "tove janssonista", "aleksis kiven": a listed full name typed in lower case
    if (s.tokens[i]?.shape === 'lower' && isLowerFullName(s, i)) {
      verdicts[i] = undefined;
      verdicts[i + 1] = undefined;
      i += 1;
      continue;
    }
    if (s.tokens[i]?.shape !== 'title') continue;
    const span = publicSpanAt(s, i);
    if (span === 0) continue;
    for (let j = i; j < i + span; j += 1) verdicts[j] = undefined;
    // "kreivi Pietari Brahe": the office before the figure is no name either
    if (isAfterPublicTitle(s, i)) verdicts[i - 1] = undefined;
    i += span - 1;
  }
}

/** Sayings, characters after their work, rulers with a regnal number: their words are no one's name. */
export function unmarkPhrases(s: Sentence, verdicts: Array<Verdict | undefined>): void {
  if (!verdicts.some((v) => v !== undefined)) return;
  const phrases = [...s.text.matchAll(PUBLIC_PHRASES)];
  if (/festival/iu.test(s.text)) phrases.push(...s.text.matchAll(FESTIVAL_NAME));
  for (const m of phrases) {
    const end = m.index + m[0].length;
    s.tokens.forEach((t, i) => {
      if (t.start >= m.index && t.end <= end) verdicts[i] = undefined;
    });
  }
  s.tokens.forEach((t, i) => {
    if (!verdicts[i] || t.shape !== 'title') return;
    const after = s.text.slice(t.end, t.end + 32);
    if (REGNAL_NUMBER.test(after) || WORK_AFTER_CHARACTER.test(after)) verdicts[i] = undefined;
  });
}

/** "Tuntematon sotilas luettiin … tunnisti itsensä Rokasta ja Koskelasta": a character of a work the text names. */
function unmarkCharacters(s: Sentence, verdicts: Array<Verdict | undefined>): void {
  const works = CHARACTERS_OF_WORKS.filter(([work]) => work.test(s.text));
  if (works.length === 0) return;
  s.tokens.forEach((t, i) => {
    if (!verdicts[i]) return;
    const bases = [t.lower, ...basesOf(s, i), ...lemmaCandidates(t.lower)];
    const character = bases.find((b) => works.some(([, characters]) => characters.has(b)));
    if (character === undefined) return;
    // "Timo luki Seitsemää veljestä": a common first name is the character only with nothing said of a person
    if (!isPopularFirstName(character) || BY_NAME_ALONE.has(verdicts[i]!)) verdicts[i] = undefined;
  });
}

/** How many words from `i` on name a public figure or what is named after one (0: none). */
function publicSpanAt(s: Sentence, i: number): number {
  const place = placeRunLength(s, i);
  if (place > 0) return place;
  const full = fullNameLength(s, i);
  const length = full > 0 ? full : namePartsAt(s, i);
  if (full > 0 || isPublicSurnameAt(s, i)) return Math.max(length, 1);
  if (isAfterPublicTitle(s, i)) return length;
  const after = i + length;
  const isSurnameOnly = length > 1 || isSurnameReading(s, i);
  return isNamedAfter(s, i + length - 1, after, isSurnameOnly) ? length : 0;
}

/** "Ho Chi Minh -kaupungissa": capitalised words before a place's kind, or 0. */
function placeRunLength(s: Sentence, i: number): number {
  let last = i;
  while (isJoined(s, last, last + 1)) last += 1;
  return PLACE_KIND_AFTER.test(s.text.slice(s.tokens[last]?.end ?? 0)) ? last - i + 1 : 0;
}

/** Base forms of the word at `i`: its readings' and the ones its endings suggest. */
function basesOf(s: Sentence, i: number): string[] {
  const token = s.tokens[i];
  if (!token) return [];
  return [...(s.readings[i] ?? []).map((r) => r.baseForm.toLowerCase()), ...lemmaCandidates(token.lower)];
}

const isJoined = (s: Sentence, a: number, b: number) =>
  s.tokens[b]?.shape === 'title' && gapOf(s, a, b) === ' ';

/** "Kimi Räikkönen", "Aleksis Kiven", "Johan Ludvig Runebergin": 2 or 3 words of a listed full name, or 0. */
function fullNameLength(s: Sentence, i: number): number {
  const first = s.tokens[i]?.lower ?? '';
  for (const length of [3, 2]) {
    if (![...Array(length - 1).keys()].every((k) => isJoined(s, i + k, i + k + 1))) continue;
    const middle = length === 3 ? `${s.tokens[i + 1]?.lower ?? ''} ` : '';
    if (basesOf(s, i + length - 1).some((last) => PUBLIC_FULL_NAMES.has(`${first} ${middle}${last}`)))
      return length;
  }
  return 0;
}

function isLowerFullName(s: Sentence, i: number): boolean {
  const next = s.tokens[i + 1];
  if (next?.shape !== 'lower' || gapOf(s, i, i + 1) !== ' ') return false;
  const first = s.tokens[i]?.lower ?? '';
  return basesOf(s, i + 1).some((last) => PUBLIC_FULL_NAMES.has(`${first} ${last}`));
}

function isPublicSurnameAt(s: Sentence, i: number): boolean {
  return basesOf(s, i).some((b) => PUBLIC_SURNAMES.has(b));
}

/** A first name and a surname side by side are one name (2), else one word (1). */
function namePartsAt(s: Sentence, i: number): number {
  return isJoined(s, i, i + 1) && isSurnameReading(s, i + 1) ? 2 : 1;
}

function isSurnameReading(s: Sentence, i: number): boolean {
  const readings = s.readings[i] ?? [];
  const names = readings.filter((r) => NAME_CLASSES.has(r.wordClass));
  return names.length === 0 ? readings.length === 0 : names.every((r) => r.wordClass === 'sukunimi');
}

function isAfterPublicTitle(s: Sentence, i: number): boolean {
  const before = s.tokens[i - 1];
  if (!before || s.text.slice(before.end, s.tokens[i]?.start ?? 0) !== ' ') return false;
  return basesOf(s, i - 1).some((b) => PUBLIC_TITLES.has(b));
}

/**
 * The name's last word in the genitive before what is named after a person, as the next word ("Paavo Nurmen
 * patsaan", "Orpon hallituksen") or glued with a hyphen ("Sibelius-monumentin"); a day only after a surname.
 */
function isNamedAfter(s: Sentence, last: number, next: number, isSurnameOnly: boolean): boolean {
  const token = s.tokens[last];
  if (!token) return false;
  const glued = /^-(\p{L}+)/u.exec(s.text.slice(token.end))?.[1]?.toLowerCase();
  // the next word's own base forms where morphology knows it: guessed stems of "historia" include "histori" (tori)
  const heads = glued
    ? lemmaCandidates(glued)
    : s.tokens[next] && s.text.slice(token.end, s.tokens[next]?.start ?? 0) === ' '
      ? (s.readings[next]?.length ?? 0) > 0
        ? (s.readings[next] ?? []).map((r) => r.baseForm.toLowerCase())
        : basesOf(s, next)
      : [];
  if (!glued && !token.lower.endsWith('n')) return false;
  return heads.some((h) => NAMED_AFTER.test(h) || (isSurnameOnly && NAMED_DAY.test(h)));
}
