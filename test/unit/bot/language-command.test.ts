import { describe, expect, it } from 'vitest';
import { parseLanguageCommand } from '../../../src/bot/language-command.js';
import { stripMentions } from '../../../src/bot/mentions.js';

describe('parseLanguageCommand', () => {
  it.each([
    ['kieli', { kind: 'ask' }],
    ['Language', { kind: 'ask' }],
    ['kieli ruotsi', { kind: 'ask' }],
    ['kieli suomi', { kind: 'set', language: 'fi' }],
    ['kieli en', { kind: 'set', language: 'en' }],
    ['language english', { kind: 'set', language: 'en' }],
    ['language Finnish.', { kind: 'set', language: 'fi' }],
    ['suomeksi', { kind: 'set', language: 'fi' }],
    ['in English', { kind: 'set', language: 'en' }],
    ['englanniksi!', { kind: 'set', language: 'en' }],
  ])('reads "%s"', (text, expected) => {
    expect(parseLanguageCommand(text)).toEqual(expected);
  });

  it.each(['apua', 'suomi', 'kielitaito on heikko', 'english', ''])(
    'leaves "%s" to other commands',
    (text) => {
      expect(parseLanguageCommand(text)).toBeUndefined();
    },
  );
});

describe('stripMentions', () => {
  it.each([
    ['<at>TYM-konsultaatio</at> apua', 'apua'],
    ['<at>TYM</at>&nbsp;help', 'help'],
    ['<at id="0">TYM</at>\u00a0 omat  tapaukset ', 'omat tapaukset'],
    ['apua <at>TYM</at>', 'apua'],
    ['ei mainintaa', 'ei mainintaa'],
  ])('reads "%s" as "%s"', (text, expected) => {
    expect(stripMentions(text)).toBe(expected);
  });
});
