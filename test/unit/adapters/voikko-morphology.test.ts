import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_WORD_LENGTH, VoikkoMorphology } from '../../../src/adapters/voikko/voikko-morphology.js';

/** Loads the real libvoikko. Skipped (with the reason) on a machine without it, except in CI, where it must be there. */
const voikko = (() => {
  try {
    return VoikkoMorphology.open({ cacheSize: 100 });
  } catch (e) {
    if (process.env['CI']) throw e;
    console.warn(`voikko-morphology tests skipped: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
})();

const readings = (word: string) => voikko!.analyse(word).map((a) => `${a.baseForm} ${a.wordClass}`);

describe.skipIf(voikko === undefined)('VoikkoMorphology', () => {
  let m: VoikkoMorphology;
  beforeAll(() => {
    m = voikko!;
  });
  afterAll(() => m.close());

  it.each([
    ['Riikalta', 'Riikka', 'etunimi', 'ulkoeronto'],
    ['virtasen', 'Virtanen', 'sukunimi', 'omanto'],
    ['jarmo', 'Jarmo', 'etunimi', 'nimento'],
    ['Kuopiossa', 'Kuopio', 'paikannimi', 'sisaolento'],
    ['Mäkiselle', 'Mäkinen', 'sukunimi', 'ulkotulento'],
    ['Jyväskylässä', 'Jyväskylä', 'paikannimi', 'sisaolento'],
    ['Päiville', 'Päivi', 'etunimi', 'ulkotulento'],
    ['Åke', 'Åke', 'etunimi', 'nimento'],
    ['ÄITI', 'äiti', 'nimisana', 'nimento'],
  ])('reads %s as %s (%s) in the case %s', (word, baseForm, wordClass, grammaticalCase) => {
    expect(m.analyse(word)).toContainEqual({
      baseForm,
      wordClass,
      case: grammaticalCase,
      number: 'singular',
    });
  });

  it('gives every reading of an ambiguous word: Satu is a noun, a verb and a first name', () => {
    expect(readings('Satu')).toEqual(
      expect.arrayContaining(['satu nimisana', 'sattua teonsana', 'Satu etunimi']),
    );
    expect(m.analyse('Satu')).toContainEqual({
      baseForm: 'sattua',
      wordClass: 'teonsana',
      number: 'singular',
      person: '2',
      mood: 'imperative',
    });
  });

  it('reads person and mood of a finite verb, the passive as person 4', () => {
    expect(m.analyse('kertoi')).toContainEqual(
      expect.objectContaining({ baseForm: 'kertoa', person: '3', mood: 'indicative' }),
    );
    expect(m.analyse('soitettiin')).toContainEqual(
      expect.objectContaining({ baseForm: 'soittaa', person: '4' }),
    );
  });

  it('knows only the documented analysis keys, with no undefined fields', () => {
    for (const a of m.analyse('Riikalta')) expect(Object.values(a)).not.toContain(undefined);
  });

  it('answers a repeated word from the cache with the same frozen analyses', () => {
    const first = m.analyse('Hämäläiselle');
    const again = m.analyse('Hämäläiselle');
    expect(again).toBe(first);
    expect(again).toEqual(first);
    expect(first.length).toBeGreaterThan(0);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
  });

  it('still answers correctly after the cache has evicted a word', () => {
    const before = m.analyse('Riikalta');
    for (let i = 0; i < 150; i++) m.analyse(`sana${i}`);
    expect(m.analyse('Riikalta')).toEqual(before);
  });

  it.each([
    ['an unknown word', 'xqzwv'],
    ['an empty string', ''],
    ['a word over the length limit', 'Riikka'.repeat(11)],
    ['a word with a NUL in it', 'Riikka\0lta'],
  ])('returns no analyses for %s', (_name, word) => {
    expect(m.analyse(word)).toEqual([]);
  });

  it('analyses a word exactly at the length limit', () => {
    const word = `${'a'.repeat(MAX_WORD_LENGTH - 5)}talon`;
    expect(() => m.analyse(word)).not.toThrow();
  });
});

describe.skipIf(voikko === undefined)('VoikkoMorphology.close', () => {
  it('refuses to answer after close instead of quietly answering nothing, and may be closed twice', () => {
    const m = VoikkoMorphology.open();
    m.close();
    m.close();
    expect(() => m.analyse('Riikalta')).toThrow(/after close/);
  });
});
