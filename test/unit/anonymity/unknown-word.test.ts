/**
 * A word Voikko does not know may still be an ordinary Finnish word: a compound of known words or a common slip in
 * one. Foreign names are neither.
 */
import { describe, expect, it } from 'vitest';
import { isTypoOfWord, isUnlistedCompound } from '../../../src/domain/anonymity/unknown-word.js';
import { openVoikkoAnalyser } from '../../fixtures/anonymity/voikko-analyser.js';

const analyse = openVoikkoAnalyser();

describe.runIf(analyse)('words the dictionary lacks', () => {
  const voikko = analyse!;
  it.each(['kirkasvalolamppua', 'takaisinperintä'])('%s is a compound of known words', (word) => {
    expect(isUnlistedCompound(word, voikko)).toBe(true);
  });

  it.each(['asiakkan', 'tyottömyys', 'työtömyys'])('%s is a slip in a known word', (word) => {
    expect(isTypoOfWord(word, voikko)).toBe(true);
  });

  it.each([
    'kaido',
    'somchai',
    'maricel',
    'wongsakul',
    'kovalenko',
    'tesfaye',
    'oksana',
    'haile',
    'abdullahi',
  ])('%s is neither', (word) => {
    expect(isUnlistedCompound(word, voikko)).toBe(false);
    expect(isTypoOfWord(word, voikko)).toBe(false);
  });
});
