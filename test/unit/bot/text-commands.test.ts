import { describe, expect, it } from 'vitest';
import { parseTextCommand } from '../../../src/bot/text-commands.js';
import { en } from '../../../src/i18n/en.js';
import { fi } from '../../../src/i18n/fi.js';

describe('parseTextCommand', () => {
  it.each([
    ['apua', 'help'],
    ['  Ohje. ', 'help'],
    ['HELP', 'help'],
    ['<at>TYM-konsultaatio</at> apua', 'help'],
    ['uusi', 'new-request'],
    ['new request', 'new-request'],
    ['omat', 'my-cases'],
    ['verkosto', 'plan-network'],
    ['Network consultation', 'plan-network'],
    ['My cases', 'my-cases'],
    ['uusi tapaus', 'new-request'],
    ['Uusi  pyyntö!', 'new-request'],
    ['new case', 'new-request'],
    ['New consultation request', 'new-request'],
    ['omat pyynnöt', 'my-cases'],
    ['ohjaus', 'new-referral'],
    ['Suora ohjaus', 'new-referral'],
    ['referral', 'new-referral'],
    ['komennot', 'help'],
    ['menu', 'help'],
    ['apua minulla on kysymys', undefined],
    ['', undefined],
  ])('reads %j as %s', (text, verb) => {
    expect(parseTextCommand(text)).toBe(verb);
  });
});

describe('help text', () => {
  const verbOf = {
    newRequest: 'new-request',
    myCases: 'my-cases',
    referral: 'new-referral',
    help: 'help',
    network: 'plan-network',
  };
  it.each([
    ['fi', fi],
    ['en', en],
  ])('lists every command, each of which the bot understands (%s)', (_l, t) => {
    expect(Object.keys(t.help.commands).sort()).toEqual(Object.keys(verbOf).sort());
    for (const [key, line] of Object.entries(t.help.commands)) {
      const command = /^\*\*(.+?)\*\*/.exec(line)?.[1] ?? '';
      expect(parseTextCommand(command), line).toBe(verbOf[key as keyof typeof verbOf]);
    }
  });
});
