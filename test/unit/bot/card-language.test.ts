import { describe, expect, it } from 'vitest';
import { splitCardLanguage } from '../../../src/bot/card-language.js';

describe('splitCardLanguage', () => {
  it.each([
    ['fi', 'fi'],
    ['en', 'en'],
  ] as const)('takes "lang": "%s" off the action data and returns it', (lang, expected) => {
    expect(splitCardLanguage({ caseId: 'c-1', lang })).toEqual({ lang: expected, data: { caseId: 'c-1' } });
  });

  it.each([['sv'], [''], [42], [{ $ne: null }], [null]])(
    'drops a lang that is not a language of the product (%j) and reports none',
    (lang) => {
      expect(splitCardLanguage({ caseId: 'c-1', lang })).toEqual({
        lang: undefined,
        data: { caseId: 'c-1' },
      });
    },
  );

  it('leaves data without lang as it is', () => {
    const data = { caseId: 'c-1' };
    expect(splitCardLanguage(data)).toEqual({ lang: undefined, data });
  });

  it.each([[undefined], [null], ['fi'], [['fi']], [7]])(
    'passes non-object data (%j) through untouched',
    (data) => {
      expect(splitCardLanguage(data)).toEqual({ lang: undefined, data });
    },
  );

  it('does not change the object it was given', () => {
    const data = { lang: 'fi', description: 'x' };
    splitCardLanguage(data);
    expect(data).toEqual({ lang: 'fi', description: 'x' });
  });
});
