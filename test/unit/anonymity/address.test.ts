import { describe, expect, it } from 'vitest';
import { detectPostalCodes, detectStreetAddresses } from '../../../src/domain/anonymity/address.js';

const streetsIn = (text: string) => detectStreetAddresses(text).map((f) => text.slice(f.start, f.end));

describe('street addresses', () => {
  it.each([
    ['Asiakas asuu osoitteessa Kauppakatu 5 A 12 yksin.', 'Kauppakatu 5 A 12'],
    ['Kotikäynti tehtiin Puistokadulla 14 B ja asunto oli siisti.', 'Puistokadulla 14 B'],
    ['Hän on asunut Rantatiellä 3 vuodesta 2019.', 'Rantatiellä 3'],
    ['Uusi osoite on Koivukuja 7 as. 2, muutto maaliskuussa.', 'Koivukuja 7 as. 2'],
    ['Posti kulkee osoitteeseen Myllypolku 12.', 'Myllypolku 12'],
    ['Tukiasunto on Kirkkorinne 8 C 21.', 'Kirkkorinne 8 C 21'],
    ['Asiakas asuu Kauppakadun 22 kerrostalossa.', 'Kauppakadun 22'],
    ['Osoite Satamaväylä 10-12 B 4.', 'Satamaväylä 10-12 B 4'],
    ['Aiempi osoite Storgatan 12 Tukholmassa.', 'Storgatan 12'],
    ['Asui Strandvägen 4 A.', 'Strandvägen 4 A'],
    ['Osoite Isolinja 4b.', 'Isolinja 4b'],
  ])('blocks the address in "%s"', (text, address) => {
    expect(streetsIn(text)).toEqual([address]);
    expect(detectStreetAddresses(text)[0]?.severity).toBe('block');
  });

  it.each([
    ['a street without a number', 'Asiakas asuu Kauppakadulla yksin.'],
    ['a duration after a street-like word', 'Rantatiellä 3 kk ja sitten muutto.'],
    ['a count after a street-like word', 'Polku 2 vuotta kestänyt kuntoutus.'],
    ['an amount', 'Uusi tie 500 € kuukaudessa.'],
    ['lower case words', 'ohjattiin kävelytie 5 kertaa'],
  ])('ignores %s', (_case, text) => {
    expect(streetsIn(text)).toEqual([]);
  });
});

describe('postal codes', () => {
  it.each([
    ['Postit osoitteeseen 70100 Kuopio.', '70100 Kuopio'],
    ['Osoitetiedoissa 28100 Pori.', '28100 Pori'],
    ['Satamakaari 6 A 3, 74120 Iisalmi.', '74120 Iisalmi'],
    ['Osoite FI-00100 Helsinki.', 'FI-00100 Helsinki'],
  ])('warns about the postal code in "%s"', (text, span) => {
    const findings = detectPostalCodes(text);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual([span]);
    expect(findings[0]?.severity).toBe('warn');
  });

  it.each([
    ['a five-digit amount before a word', 'Velkaa 18000 Kelalle ja pankille.'],
    ['a five-digit number alone', 'Asianumero 12345 on käsittelyssä.'],
  ])('ignores %s', (_case, text) => {
    expect(detectPostalCodes(text)).toEqual([]);
  });
});
