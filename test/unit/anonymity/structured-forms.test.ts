/** The structured forms of issue 8 that slipped past the first detectors; none may be missed. */
import { describe, expect, it } from 'vitest';
import type { FindingKind } from '../../../src/domain/anonymity/finding.js';
import { scanText } from '../../../src/domain/anonymity/scan-text.js';

const found = (text: string, kind: FindingKind) =>
  scanText(text)
    .filter((f) => f.kind === kind)
    .map((f) => [text.slice(f.start, f.end), f.severity]);

describe('structured personal data in the forms workers write', () => {
  it.each<[string, string, FindingKind, string, 'block' | 'warn']>([
    [
      'e-mail, spelled out',
      'Yhteys matti.virtanen at esimerkki piste fi',
      'email',
      'matti.virtanen at esimerkki piste fi',
      'block',
    ],
    [
      'e-mail, [at] and [dot]',
      'Posti: matti [at] esimerkki [dot] fi.',
      'email',
      'matti [at] esimerkki [dot] fi',
      'block',
    ],
    ['e-mail, (at)', 'jenni.m(at)esimerkki.fi', 'email', 'jenni.m(at)esimerkki.fi', 'block'],
    ['e-mail, ät', 'Osoite liisa ät esimerkki.fi kiitos', 'email', 'liisa ät esimerkki.fi', 'block'],
    [
      'e-mail, spaces round @ and .',
      'Lähetä: matti @ esimerkki . fi',
      'email',
      'matti @ esimerkki . fi',
      'block',
    ],
    ['phone glued to puh.', 'Tavoittaa puh.0441234567 iltaisin.', 'phone', '0441234567', 'block'],
    ['phone glued to p.', 'Yhteys p.050 123 4567.', 'phone', '050 123 4567', 'block'],
    ['phone glued to puh:', 'puh:040-1234567', 'phone', '040-1234567', 'block'],
    [
      'birth date on a holiday',
      'Hän on syntynyt jouluaattona 1980 Oulussa.',
      'date-of-birth',
      'jouluaattona 1980',
      'block',
    ],
    [
      'birth date in words',
      'Asiakas on syntynyt huhtikuun 8. päivänä 1966.',
      'date-of-birth',
      'huhtikuun 8. päivänä 1966',
      'block',
    ],
    [
      'birth date beside an age',
      'Asiakas, ikä 34 v (1.9.1991), on työtön.',
      'date-of-birth',
      '1.9.1991',
      'block',
    ],
    [
      'birth date after an age in years',
      'Asiakas (1.9.1991, 34 v) on työtön.',
      'date-of-birth',
      '1.9.1991',
      'block',
    ],
    [
      'a coming birthday',
      'Nuori täyttää 18 vuotta 3.5.2026, jolloin tuki muuttuu.',
      'date-of-birth',
      '3.5.2026',
      'block',
    ],
    [
      'postal code before an inflected town',
      'Hän asuu 70100 Kuopiossa yksin.',
      'postal-code',
      '70100 Kuopiossa',
      'warn',
    ],
    [
      'postal code after the town',
      'Hän asuu Kemissä, postinumero 94600.',
      'postal-code',
      'Kemissä, postinumero 94600',
      'warn',
    ],
    ['a Swedish postal code', 'Adress 111 51 Stockholm.', 'postal-code', '111 51 Stockholm', 'warn'],
    [
      'lower-case street with staircase and flat',
      'Asuu koulukatu 11 c 37:ssä yksin.',
      'street-address',
      'koulukatu 11 c 37:ssä',
      'block',
    ],
    [
      'lower-case street after an address word',
      'asiakas asuu koulukatu 11 yksin',
      'street-address',
      'koulukatu 11',
      'block',
    ],
    [
      'a street as where someone moved',
      'Hän muutti Kuusitielle viime kuussa.',
      'street-address',
      'Kuusitielle',
      'warn',
    ],
    [
      'a Swedish flat number',
      'Drottninggatan 12 lgh 1102',
      'street-address',
      'Drottninggatan 12 lgh 1102',
      'block',
    ],
    ['an Estonian address', 'Asui Tallinnassa, Tartu mnt 12-5.', 'street-address', 'Tartu mnt 12-5', 'block'],
    [
      'identity code glued to its label',
      'hetu010203A948L jos joku tarvii',
      'identity-code',
      '010203A948L',
      'block',
    ],
    [
      'identity code, spaces round the sign',
      'hetu 071002 B 979N - tarkista',
      'identity-code',
      '071002 B 979N',
      'block',
    ],
    ['birth date after s.v.', 'asiakas mies s.v. 30.4.1984, eronnut', 'date-of-birth', '30.4.1984', 'block'],
    ['birth date typed with spaces', 'syntynyt 3 2 1999, nuori', 'date-of-birth', '3 2 1999', 'block'],
    [
      'the second of two birth dates',
      'Lapset: Venla syntymäpäivä 12.6.2015 ja Eetu 1.9.2018. Äiti',
      'date-of-birth',
      '1.9.2018',
      'block',
    ],
    [
      'a Spanish street with its particles, and its postal code',
      'asunto Avenida del Mar 7, 29640 Fuengirola.',
      'street-address',
      'Avenida del Mar 7',
      'block',
    ],
    [
      'a postal code after an address abroad',
      'ul. Lenina 15-8, 185035 Petrozavodsk',
      'postal-code',
      '185035 Petrozavodsk',
      'warn',
    ],
    [
      'numbered parts of an address',
      'Bagdadissa (Karrada, Street 52, House 17)',
      'street-address',
      'Street 52, House 17',
      'block',
    ],
    [
      'a Vietnamese house number before its street',
      'isä asuu: Số 12 Phố Huế, Hà Nội',
      'street-address',
      'Số 12 Phố Huế',
      'block',
    ],
    [
      'a post-office box',
      'postiosoite Keniassa: P.O. Box 4512-00100, Nairobi',
      'street-address',
      'P.O. Box 4512-00100',
      'warn',
    ],
    [
      'a phone with dots',
      'Soitin numeroon 040.712.3386 mutta ei vastannut.',
      'phone',
      '040.712.3386',
      'block',
    ],
    [
      'a phone with an en dash',
      'Ohjaaja tavoitettavissa 040–8812 305 klo 8–10.',
      'phone',
      '040–8812 305',
      'block',
    ],
    ['a phone glued to the next word', 'Puh. 050 412 3368Sähköposti: x', 'phone', '050 412 3368', 'block'],
    [
      'a birth year with an apostrophe',
      "Nuori mies, s. 3.4.'92, ollut työttömänä.",
      'date-of-birth',
      "3.4.'92",
      'block',
    ],
    ['a birth year with a dash', 'Syntynyt 5.11.-78, eli nyt 48 v.', 'date-of-birth', '5.11.-78', 'block'],
    [
      'a US-order birth date before a dash',
      'DOB: 07/22/1991 – passin mukaan',
      'date-of-birth',
      '07/22/1991',
      'block',
    ],
    ['a Roman month', 'syntymäaika 4.XI.1990 – kun etsin', 'date-of-birth', '4.XI.1990', 'block'],
    [
      'an abbreviated month',
      'Synt. 4 marrask. 1979 – haastattelussa',
      'date-of-birth',
      '4 marrask. 1979',
      'block',
    ],
    [
      'a Russian birth date',
      'Paperissa lukee 03.10.1985 г.р. venäjäksi.',
      'date-of-birth',
      '03.10.1985',
      'block',
    ],
    [
      'a two-digit year beside an age',
      '36v (8.7.90) mies, rakennusalalta.',
      'date-of-birth',
      '8.7.90',
      'block',
    ],
    [
      'an abbreviated street with its flat',
      'os. Koulukj. 2 as. 5, 15110 Lahti.',
      'street-address',
      'Koulukj. 2 as. 5',
      'block',
    ],
    [
      'a postal code in Norway',
      'viimeinen osoite Storgata 5, 0155 Oslo.',
      'postal-code',
      '0155 Oslo',
      'warn',
    ],
    ['an IBAN with dots', 'tili: FI04.4818.4387.1250.73 – näin', 'iban', 'FI04.4818.4387.1250.73', 'block'],
    [
      'an IBAN broken over a line',
      'tili FI92 7072 4506\n2442 79 (oma)',
      'iban',
      'FI92 7072 4506\n2442 79',
      'block',
    ],
    [
      'an identity code broken after its dash',
      'henkilötunnus 140469-\n918N, lähete',
      'identity-code',
      '140469-\n918N',
      'block',
    ],
    [
      'an e-mail with a space before its dot',
      'heidi.laine@esimerkki .fi (välilyönti)',
      'email',
      'heidi.laine@esimerkki .fi',
      'block',
    ],
    [
      'an e-mail with a doubled @',
      'lähetin lauri.m@@example.com eilen',
      'email',
      'lauri.m@@example.com',
      'block',
    ],
    ['a VAT number with a space', 'VAT-nro FI 24655669 – firman', 'business-id', 'FI 24655669', 'warn'],
    [
      'a street with its house and flat in words',
      'Uusi koti on Mäntytiellä, talo 4 B, asunto 12.',
      'street-address',
      'Mäntytiellä, talo 4 B, asunto 12',
      'block',
    ],
    [
      'a named road and a house on it',
      'Isä asuu Nairobissa, Ngong Road, house 14.',
      'street-address',
      'Ngong Road, house 14',
      'block',
    ],
    [
      'a road named without a number where someone lives',
      'Setä asuu Mogadishussa, Maka al Mukarama road.',
      'street-address',
      'Maka al Mukarama road',
      'warn',
    ],
    [
      'a street named after addresses earlier in the sentence',
      'Aiemmat osoitteet lyhyen ajan sisällä: Kettupolku 7, sitten muualla.',
      'street-address',
      'Kettupolku 7',
      'block',
    ],
    [
      'a street where someone stayed last',
      'On majoittunut tuttaviensa luona, viimeksi Vuorikadulla, mutta sieltä piti lähteä.',
      'street-address',
      'Vuorikadulla',
      'warn',
    ],
  ])('%s', (_case, text, kind, span, severity) => {
    expect(found(text, kind)).toContainEqual([span, severity]);
  });

  it.each([
    ['a duration beside a date', 'Työttömänä 3 v (1.1.2022 alkaen).'],
    ['an appointment', 'Tapaaminen 1.3.2025 klo 10.'],
    ['a lower-case word that ends like a street', 'urapolku 2 alkaa syksyllä'],
    ['"at" in running text', 'Kokous at home, piste.'],
    ['a decimal before digits', 'Hinta 1.050 123 4567'],
    ['a law reference', 'Ilmoitus tehtiin LSL 25 §:n ja SHL 35 §:n perusteella.'],
    ['a six-digit amount before a town', 'Tilinumero 123456 Kuopio'],
    ['a building that is no street', 'Kunnan talo 4 on remontissa.'],
    ['a period of dates', 'Työttömänä 3 v (1.1.2022 - 3.3.2024).'],
    ['an abbreviation before a number', 'Esim. 3 A luokka ja ks. 4 B kohta.'],
    ['a case number glued to a code-like number', 'Dnro123456-789A'],
  ])('finds nothing in %s', (_case, text) => {
    expect(scanText(text).filter((f) => f.kind !== 'name')).toEqual([]);
  });

  it('does not take a meeting after a birth date for a second birth date', () => {
    const text = 'Asiakas s. 1.2.1980, tavattu 3.3.2026 ja sovittu jatko.';
    expect(found(text, 'date-of-birth')).toEqual([['1.2.1980', 'block']]);
  });
});
