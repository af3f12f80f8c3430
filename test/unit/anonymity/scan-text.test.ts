import { describe, expect, it } from 'vitest';
import { hasBlockingFinding, scanFields, scanText } from '../../../src/domain/anonymity/scan-text.js';

describe('scanText', () => {
  it('returns findings sorted by start and never overlapping', () => {
    const text =
      'Asiakas Matti Virtanen (131052-308T), puh. 040 123 4567, matti.virtanen@gmail.com, tili FI21 1234 5600 0007 85, ' +
      'asuu Kauppakatu 5 A 12, 70100 Kuopio. Syntynyt 12.3.1985. Toiminimen Y-tunnus 2077474-0.';
    const findings = scanText(text);
    expect(findings.map((f) => f.kind)).toEqual([
      'name',
      'identity-code',
      'phone',
      'email',
      'iban',
      'street-address',
      'postal-code',
      'date-of-birth',
      'business-id',
    ]);
    for (let i = 1; i < findings.length; i += 1) {
      expect(findings[i - 1]!.end).toBeLessThanOrEqual(findings[i]!.start);
    }
  });

  it('never puts the original span in `masked`', () => {
    const text =
      'Matti Virtanen, 131052-308T, 040 123 4567, matti@example.fi, FI21 1234 5600 0007 85, Kauppakatu 5.';
    for (const f of scanText(text)) expect(f.masked).not.toBe(text.slice(f.start, f.end));
  });

  it('lets an e-mail address win over the names inside it', () => {
    expect(scanText('Osoite Matti.Virtanen@gmail.com.').map((f) => f.kind)).toEqual(['email']);
  });

  it.each([
    [
      'Äiti Tanja tanja.koski(ät)example.fi hoitaa asiat.',
      [
        ['Tanja', 'name'],
        ['tanja.koski(ät)example.fi', 'email'],
      ],
    ],
    [
      'Äiti Anu Lahtinen anu.lahtinen[ät]esimerkki.fi toivoo tapaamista.',
      [
        ['Anu Lahtinen', 'name'],
        ['anu.lahtinen[ät]esimerkki.fi', 'email'],
      ],
    ],
  ])('keeps the words of a name read on into an e-mail address: "%s"', (text, spans) => {
    expect(scanText(text).map((f) => [text.slice(f.start, f.end), f.kind])).toEqual(spans);
  });

  it.each([
    ['the emergency number', 'Hätätilanteessa soitetaan numeroon 112.'],
    ['years and ranges', 'Työttömyysjaksoja vuosina 2015–2025, pisin vuonna 2019.'],
    ['money', 'Velkaa on 18 000 euroa, vuokra 620 € ja tuki 37,21 €/pv.'],
    ['durations', 'Sairauslomaa 3 kk, työttömänä 30 vuotta, kuntoutus 2 vk.'],
    ['appointment dates', 'Seuraava tapaaminen 1.3.2025 klo 10.00, sitten 15.4. klo 13.'],
    ['ages and percentages', 'Asiakas on 45-vuotias ja työkyky 50 %.'],
    ['ordinary words', 'Satu, toivo, tuuli, kivi ja onni ovat tavallisia sanoja.'],
    ['organisations and places', 'Kela, Ohjaamo, TE-palvelut ja sote-keskus Kuopiossa ja Porissa.'],
  ])('finds nothing in %s', (_case, text) => {
    expect(scanText(text)).toEqual([]);
  });

  it('finds nothing in an empty text', () => {
    expect(scanText('')).toEqual([]);
  });
});

describe('scanFields', () => {
  it('tags each finding with its field, in field order', () => {
    const findings = scanFields({
      situation: 'Soitin Virtaselle.',
      question: 'Tunnus 131052-308T?',
      goal: '',
    });
    expect(findings.map((f) => [f.field, f.kind])).toEqual([
      ['situation', 'name'],
      ['question', 'identity-code'],
    ]);
  });

  it('skips missing fields', () => {
    const fields: Partial<Record<'a' | 'b', string>> = { b: 'Soita 040 123 4567.' };
    expect(scanFields(fields).map((f) => f.field)).toEqual(['b']);
  });
});

describe('hasBlockingFinding', () => {
  it.each([
    ['a blocking finding', 'Tunnus 131052-308T.', true],
    ['only a warning', 'Y-tunnus 2077474-0.', false],
    ['nothing', 'Asiakas on työtön.', false],
  ])('is %s -> %s', (_case, text, expected) => {
    expect(hasBlockingFinding(scanText(text))).toBe(expected);
  });
});
