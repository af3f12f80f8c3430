/**
 * Swedish and English sentences in a Finnish case text, in list mode (no morphology needed): both
 * capitalise names and little else; Swedish marks the genitive with a bare -s.
 */
import { describe, expect, it } from 'vitest';
import { detectNames } from '../../../src/domain/anonymity/names.js';
import { markSwedishSentences } from '../../../src/domain/anonymity/name-swedish.js';
import { markEnglishSentences } from '../../../src/domain/anonymity/english-text.js';
import { tokenize } from '../../../src/domain/anonymity/name-tokens.js';

const found = (text: string) => detectNames(text).map((f) => [text.slice(f.start, f.end), f.severity]);

describe('names in Swedish and English sentences', () => {
  it('reads a Swedish -s genitive of a listed surname as the surname', () => {
    expect(found('Enligt Nyholms läkare är arbetsförmågan nedsatt.')).toEqual([['Nyholms', 'block']]);
  });

  it('does not take a Swedish noun or pronoun opening a sentence for a name', () => {
    expect(found('Brodern har ingen kontakt med klienten. Hans mamma var med.')).toEqual([]);
  });

  it('marks only the sentences with Swedish function words', () => {
    const text = 'Asiakas soitti. Systern hjälper till och bor i Stockholm.';
    const marks = markSwedishSentences(text, tokenize(text));
    expect(marks.slice(0, 2)).toEqual([false, false]);
    expect(marks.slice(2).every(Boolean)).toBe(true);
  });

  it('reads a short English sentence after an English one as English', () => {
    const text = 'Called her twice this week, no answer. Will send a letter.';
    expect(markEnglishSentences(text, tokenize(text)).every(Boolean)).toBe(true);
    expect(found(text)).toEqual([]);
  });

  it('keeps a Finnish sentence after an English one Finnish', () => {
    const text = 'The client was not at home. Soitin Virtaselle.';
    expect(found(text)).toEqual([['Virtaselle', 'block']]);
  });
});
