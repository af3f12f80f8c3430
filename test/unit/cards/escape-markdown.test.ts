import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../src/cards/escape-markdown.js';

describe('escapeMarkdown', () => {
  it.each([
    ['a link', '[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['an HTML tag', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['bold', '**bold**', '\\*\\*bold\\*\\*'],
    ['italic and code', '_a_ `b`', '\\_a\\_ \\`b\\`'],
    ['an entity', '&lt;b&gt;', '\\&lt;b\\&gt;'],
    ['a heading', '# otsikko', '\\# otsikko'],
    ['a list at the start of lines', '- yksi\n+ kaksi\n3. kolme', '\\- yksi\n\\+ kaksi\n\\3. kolme'],
  ])('neutralises %s', (_name, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('removes bidi override and isolate controls', () => {
    expect(escapeMarkdown('abc\u202Egpj.exe\u2066x\u2069\u202A\u202C')).toBe('abcgpj.exex');
  });

  it('leaves ordinary prose readable', () => {
    const prose = 'Asiakas on ollut työttömänä yli kaksi vuotta (noin 26 kk). Vuokrarästejä on kertynyt!';
    expect(escapeMarkdown(prose)).toBe(prose);
  });
});
