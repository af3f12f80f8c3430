import { describe, expect, it } from 'vitest';
import { parseTextCommand } from '../../../src/bot/text-commands.js';

describe('parseTextCommand', () => {
  it.each([
    ['apua', 'help'],
    ['  Ohje. ', 'help'],
    ['HELP', 'help'],
    ['<at>TYM-konsultaatio</at> apua', 'help'],
    ['uusi', 'new-request'],
    ['new request', 'new-request'],
    ['omat', 'my-cases'],
    ['My cases', 'my-cases'],
    ['apua minulla on kysymys', undefined],
    ['', undefined],
  ])('reads %j as %s', (text, verb) => {
    expect(parseTextCommand(text)).toBe(verb);
  });
});
