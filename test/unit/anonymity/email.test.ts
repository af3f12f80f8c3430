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
    [
      'spelled out',
      'Yhteys etunimi.sukunimi at esimerkki piste fi kiitos',
      'etunimi.sukunimi at esimerkki piste fi',
    ],
    [
      'all in words',
      'meili anne piste mattila at example piste com',
      'anne piste mattila at example piste com',
    ],
    ['[at] and [dot]', 'meili matti[at]esimerkki[dot]fi', 'matti[at]esimerkki[dot]fi'],
    [
      '(at) and (piste) with spaces',
      'meili matti (at) esimerkki (piste) fi',
      'matti (at) esimerkki (piste) fi',
    ],
    ['ät and piste', 'meili matti ät esimerkki piste fi', 'matti ät esimerkki piste fi'],
    ['(a)', 'meili matti(a)esimerkki.fi', 'matti(a)esimerkki.fi'],
    ['<at>', 'meili matti.v<at>gmail.com', 'matti.v<at>gmail.com'],
    ['-at- and -dot-', 'sposti matti -at- hotmail -dot- com', 'matti -at- hotmail -dot- com'],
    ['[.] for the dot', 'sposti matti [at] hotmail [.] com', 'matti [at] hotmail [.] com'],
    ['spaces round @', 'meili matti.v @ esimerkki.fi', 'matti.v @ esimerkki.fi'],
    ['spaces round @ and .', 'meili tomi.leinonen @ example . com', 'tomi.leinonen @ example . com'],
    ['at and dot in capitals', 'meili matti.v AT gmail DOT com', 'matti.v AT gmail DOT com'],
    ['at with a typed domain', 'sähköposti matti.virtanen at esimerkki.fi', 'matti.virtanen at esimerkki.fi'],
    ['a plain name after an e-mail word', 'sähköposti liisa at esimerkki.fi', 'liisa at esimerkki.fi'],
    ['a foreign top-level domain', 'email: olena.k at mail piste ru', 'olena.k at mail piste ru'],
    ['a comma for the last dot', 'sposti matti.virtanen@gmail,com', 'matti.virtanen@gmail,com'],
  ])('blocks an address written to dodge filters: %s', (_case, text, email) => {
    expect(emailsIn(text)).toEqual([email]);
  });

  it.each([
    ['an at sign alone', 'Tapaaminen @ sote-keskus klo 10.'],
    ['"at" before a full stop', 'Meet at Kela. No need to call.'],
    ['"at" before a full stop and a Finnish word', 'We met at Kela. Se meni hyvin.'],
    ['"at" before a time', 'Let us meet at 10. Com'],
    ['a web address after "at"', 'Read more at kela.fi or at www.te-palvelut.fi.'],
    ['"at" in English prose', 'The client was at the office at 10 and at home after that.'],
    ['@ before a full stop', 'Tapaaminen @ Kela. Se sopii.'],
    ['a web address', 'Lisätietoa osoitteesta kela.fi ja suomi.fi.'],
    ['the word "at"', 'Asiakas at home, kuten hän sanoi.'],
  ])('ignores %s', (_case, text) => {
    expect(emailsIn(text)).toEqual([]);
  });
});
