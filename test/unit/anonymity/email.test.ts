import { describe, expect, it } from 'vitest';
import { detectEmails } from '../../../src/domain/anonymity/email.js';

const emailsIn = (text: string) => detectEmails(text).map((f) => text.slice(f.start, f.end));

describe('e-mail addresses', () => {
  it.each([
    'matti.virtanen@gmail.com',
    'l.korhonen78@hotmail.com',
    'anna-maija.laine@luukku.com',
    'MIKKO.SALO@YAHOO.COM',
    'jenni.makinen(at)gmail.com',
    'jenni.makinen[at]gmail.com',
    'pekka+kela@example.fi',
  ])('blocks %s', (email) => {
    expect(emailsIn(`Sähköposti ${email}, vastaa harvoin.`)).toEqual([email]);
    expect(detectEmails(email)[0]?.severity).toBe('block');
  });

  it('masks all but the first letter of each part', () => {
    expect(detectEmails('matti.virtanen@gmail.com')[0]?.masked).toBe('m****.v*******@g****.c**');
  });

  it.each([
    ['an at sign alone', 'Tapaaminen @ sote-keskus klo 10.'],
    ['a web address', 'Lisätietoa osoitteesta kela.fi ja suomi.fi.'],
    ['the word "at"', 'Asiakas at home, kuten hän sanoi.'],
  ])('ignores %s', (_case, text) => {
    expect(emailsIn(text)).toEqual([]);
  });
});
