import { describe, expect, it } from 'vitest';
import { detectPostalCodes, detectStreetAddresses } from '../../../src/domain/anonymity/address.js';

const streetsIn = (text: string) =>
  detectStreetAddresses(text)
    .filter((f) => f.kind === 'street-address')
    .map((f) => text.slice(f.start, f.end));

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
    ['Hän asuu Kirkkoahteella 8 ylimmässä kerroksessa.', 'Kirkkoahteella 8'],
    ['Kirjeet osoitteeseen Pajuahde 3 as. 4, kiitos.', 'Pajuahde 3 as. 4'],
    ['kotikäynti sepänpiha 4 b 6:ssa to klo 10', 'sepänpiha 4 b 6:ssa'],
    ['OSOITE MAJAKKAVÄYLÄ 4 A 5, KIRJEET PALAUTUVAT.', 'MAJAKKAVÄYLÄ 4 A 5'],
    ['asuu koulukadulla 11 C 37:ssä yksin', 'koulukadulla 11 C 37:ssä'],
    ['Asiakas asuu Rantatiellä 4:ssä.', 'Rantatiellä 4:ssä'],
    ['Osoite Kauppatori 3, kolmas kerros.', 'Kauppatori 3'],
    ['Uusi osoite Kirkkoaukio 2 B 5.', 'Kirkkoaukio 2 B 5'],
    ['Asuu Aleksanterinpuistikko 4:ssä.', 'Aleksanterinpuistikko 4:ssä'],
    ['Asuu nyt Kivimäki 3 B 12:ssa.', 'Kivimäki 3 B 12:ssa'],
    ['asuu Myllymäellä 5 äitinsä kanssa', 'Myllymäellä 5'],
    ['Osoite Koivukaarre 4 A 1.', 'Koivukaarre 4 A 1'],
    ['Asuu Kuusikierto 12:ssa.', 'Kuusikierto 12:ssa'],
    ['Asuu Metsänlaita 5, 70100 Kuopio.', 'Metsänlaita 5'],
    ['Myllypolku 12, Kuopio, on uusi osoite.', 'Myllypolku 12'],
    ['mäntyrinne 8 on uusi osoite', 'mäntyrinne 8'],
    ['Asuu Sepänkatu 5 as 12.', 'Sepänkatu 5 as 12'],
    ['Asuu Sepänkatu 5A12.', 'Sepänkatu 5A12'],
    ['Asuu maalla Korpilahdentie 210:ssä.', 'Korpilahdentie 210:ssä'],
    // a house or village road named without a street word, with an address word, a code or a flat where one lives
    ['Osoite: Pellonpää 3 A 1', 'Pellonpää 3 A 1'],
    ['asuu Pellonpää 3 A 1:ssä äitinsä kanssa', 'Pellonpää 3 A 1:ssä'],
    ['Kotiosoite Rinne 2 as 5.', 'Rinne 2 as 5'],
    ['Asuu rivitalossa osoitteessa Kuusela 12.', 'Kuusela 12'],
    ['Mäntylä 4 B 7, 15100 Lahti', 'Mäntylä 4 B 7'],
    ['Ylä-Kauppila 12 on uusi osoite.', 'Ylä-Kauppila 12'],
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
    ['a course named like a path', 'Asiakas osallistuu Urapolku 2 -valmennukseen syksyllä.'],
    ['a course after "asuu" further back', 'Hän asuu yksin ja käy Työpolku 2 -ryhmässä.'],
    ['a bus line', 'Bussilinja 21 kulkee asunnon ohi.'],
    ['a course named like an arc', 'Elämänkaari 2 -kurssi alkaa maanantaina.'],
    ['a service with a case ending', 'Ohjattiin Osaamiskulma 2:een, jossa on työpajoja.'],
    ['a surname and an age', 'Kivimäki 45-vuotias tuli käymään.'],
    ['a surname and a number', 'Kivimäki 45 tuli käymään.'],
    ['a report', 'Raportti 2 valmistui ja lähetettiin.'],
    ['a distance', 'Hän kävelee päivittäin Rantatietä 5 kilometriä.'],
    ['minutes', 'Asiakas pyöräili Rantatiellä 20 minuuttia.'],
    ['weeks', 'Ohjaaja siirsi ryhmän Kirkkotielle 2 viikoksi.'],
    ['a project year', 'Tulotie 2024 -hanke päättyi.'],
    ['a phone number after a help line', 'Nollalinja 080 005 005 päivystää.'],
    ['a class with its group', 'Luokka 9 B 2 aloitti syksyllä.'],
    ['a name and a number where someone lives, no address word', 'Asuu Kuopiossa 2 lapsen kanssa.'],
    ['a weekday and a date after an address word', 'Osoite vaihtui Maanantai 3.5. alkaen.'],
    ['a name and a number with no address said', 'Kuusela 12 pistettä, Aho 9.'],
  ])('ignores %s', (_case, text) => {
    expect(streetsIn(text)).toEqual([]);
  });

  it.each([
    ['an office', 'Työkkärin toimipiste on osoitteessa Kauppakatu 5, asiakas kävi siellä.', 'Kauppakatu 5'],
    ['a parish hall', 'Ryhmä kokoontuu Kirkkokatu 5:n seurakuntasalissa.', 'Kirkkokatu 5:n'],
  ])("only warns about an organisation's address: %s", (_case, text, address) => {
    const findings = detectStreetAddresses(text);
    expect(findings.map((f) => [text.slice(f.start, f.end), f.severity])).toEqual([[address, 'warn']]);
  });

  it('blocks a home address beside an organisation word', () => {
    const text = 'Asiakas asuu Kelan toimiston lähellä, Kauppakatu 7.';
    expect(detectStreetAddresses(text).map((f) => f.severity)).toEqual(['block']);
  });
});

describe('street addresses abroad', () => {
  it.each([
    ['Storgatan 12, Tukholma', 'Storgatan 12'],
    ['Asui Varsovassa, ul. Długa 5 m. 3.', 'ul. Długa 5 m. 3'],
    ['Vanha osoite Kiovassa oli vul. Sadova 14, kv. 9, asunto on tuhoutunut.', 'vul. Sadova 14, kv. 9'],
    ['Tallinn, Pärnu mnt 10', 'Pärnu mnt 10'],
    ['Riika, Brīvības iela 5', 'Brīvības iela 5'],
    ['Vilna, Gedimino pr. 5', 'Gedimino pr. 5'],
    ['Asuu Milanossa, Via Roma 12.', 'Via Roma 12'],
    ['Asui Lontoossa, 12 Baker Street.', '12 Baker Street'],
    ['Osoite ул. Ленина 5', 'ул. Ленина 5'],
    ['Asuu puolet vuodesta Saksassa, Hauptstraße 21.', 'Hauptstraße 21'],
    // a name of no known kind, its house number, then a postal code and a town
    ['Perhe muuttaa osoitteeseen Riia 45-8, 51010 Tartu.', 'Riia 45-8'],
    ['Uusi osoite: Calle Mayor 12, 28013 Madrid.', 'Calle Mayor 12'],
    // British street words beyond Street and Road, a flat written first
    ['Son lives in the UK (Flat 3, 27 Elm Grove, Leeds).', 'Flat 3, 27 Elm Grove'],
    ['They moved to 14 Rose Crescent last spring.', '14 Rose Crescent'],
  ])('blocks the address in "%s"', (text, address) => {
    expect(streetsIn(text)).toEqual([address]);
  });

  it.each([
    ['a Finnish negation before "tee"', 'Älä tee 2 asiaa kerralla.'],
    ['"et al." before a year', 'Virtanen et al. 2020 tutkivat asiaa.'],
    ['years, not a house and a code', 'Työt Helsinki 2019, 2020 Espoossa.'],
    ['a count before a name with a common word', 'She has 2 Grand Place tickets.'],
  ])('ignores %s', (_case, text) => {
    expect(streetsIn(text)).toEqual([]);
  });
});

describe('the postal code after a home address, in any country', () => {
  const codesAfter = (text: string) =>
    detectStreetAddresses(text)
      .filter((f) => f.kind === 'postal-code')
      .map((f) => [text.slice(f.start, f.end), f.severity]);

  it.each([
    ['Asuu nyt Espanjassa, Calle de Alcalá 123, 3º B, 28009 Madrid.', '28009 Madrid'],
    ['Osoite Via Roma 15, 00184 Roma.', '00184 Roma'],
    ['Asuu Puolassa, ul. Długa 5, 80-827 Gdańsk.', '80-827 Gdańsk'],
    ['Asuu Koulukatu 5, 70100 Kuopio.', '70100 Kuopio'],
  ])('warns about the code in "%s"', (text, code) => {
    expect(codesAfter(text)).toEqual([[code, 'warn']]);
  });

  it.each([
    ['an office box, which is the organisation’s', 'Kirjeet Kelan osoitteeseen PL 10, 00056 KELA.'],
    ['a year after the address', 'Asui Via Roma 15, 2019 muutti pois.'],
  ])('finds none after %s', (_case, text) => {
    expect(codesAfter(text)).toEqual([]);
  });
});

describe('postal codes', () => {
  it.each([
    ['Postit osoitteeseen 70100 Kuopio.', '70100 Kuopio'],
    ['Osoitetiedoissa 28100 Pori.', '28100 Pori'],
    ['Satamakaari 6 A 3, 74120 Iisalmi.', '74120 Iisalmi'],
    ['Osoite FI-00100 Helsinki.', 'FI-00100 Helsinki'],
    ['Hän asuu 70100 Kuopiossa yksin.', '70100 Kuopiossa'],
    ['muutti 76100 pieksämäeltä tänne', '76100 pieksämäeltä'],
    ['Osoitetiedoissa Pomarkku 29630, mutta asuu Porissa.', '29630'],
    ['Palautusosoite Iisalmi, 74120, sisko lähetti.', '74120'],
    ['Asuu Kemissä (94600) yksin.', '94600'],
    ['asuu kemissä 94600 yksin', '94600'],
    ['Asiakas asuu Oulun 90100 alueella.', '90100'],
    ['Asuu Kemissä, postinumero 94600.', 'Kemissä, postinumero 94600'],
    ['postinro 00100', 'postinro 00100'],
    ['Postinumero: 94600.', 'Postinumero: 94600'],
    ['asuu postinumeroalueella 00530', 'postinumeroalueella 00530'],
    ['Postnummer 00100.', 'Postnummer 00100'],
    ['Koulukatu 11 c 37, 94600', '94600'],
    ['Osoite 00100 HKI.', '00100 HKI'],
    // abroad, in a format of its own, with its town or its label
    ['Poika asuu nyt EH1 1YZ Edinburgh.', 'EH1 1YZ Edinburgh'],
    ['postcode SW1A 1AA', 'SW1A 1AA'],
    ['Sisko asuu Kanadassa, Toronto, ON M5V 2T6.', 'M5V 2T6'],
    ['Osoite 1012 AB Amsterdam.', '1012 AB Amsterdam'],
  ])('warns about the postal code in "%s"', (text, span) => {
    const findings = detectPostalCodes(text);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual([span]);
    expect(findings[0]?.severity).toBe('warn');
  });

  it.each([
    ['a five-digit amount before a word', 'Velkaa 18000 Kelalle ja pankille.'],
    ['a five-digit number alone', 'Asianumero 12345 on käsittelyssä.'],
    ['a case number before a town', 'Asianumero 12345 Kemissä on käsittelyssä.'],
    ['a town and an amount', 'Kuopio 12000 € investointi, Tampere 10000 euroa.'],
    ['a town and its inhabitants', 'Oulussa 20000 asukasta enemmän kuin ennen.'],
    ['a town and a labelled case number', 'Kemi, dnro 12345.'],
    ['a debt to a town', 'Velkaa 12000 Helsingin kaupungille.'],
    ['diagnosis codes', 'Diagnoosit F32 ja F41, B12-vitamiini 3 kk.'],
    ['a year and an abbreviation', 'Vuonna 2019 EU myönsi tukea.'],
  ])('ignores %s', (_case, text) => {
    expect(detectPostalCodes(text)).toEqual([]);
  });
});
