import { describe, expect, it } from 'vitest';
import { detectDatesOfBirth } from '../../../src/domain/anonymity/date-of-birth.js';

const datesIn = (text: string) =>
  detectDatesOfBirth(text).map((f) => [text.slice(f.start, f.end), f.severity]);

describe('dates of birth', () => {
  it.each([
    ['Asiakas, syntynyt 12.3.1985, on työtön.', '12.3.1985'],
    ['Asiakas (s. 12.3.1985) hakee eläkettä.', '12.3.1985'],
    ['syntymäaika 1.1.1990', '1.1.1990'],
    ['Syntymäaika: 23.06.1996.', '23.06.1996'],
    ['Client born 3/4/1990, moved to Finland.', '3/4/1990'],
    ['DOB 1990-04-03', '1990-04-03'],
    ['Hän on syntynyt 7. syyskuuta 2001 Porissa.', '7. syyskuuta 2001'],
    ['Asiakas on 12.3.1985 syntynyt mies.', '12.3.1985'],
  ])('blocks the birth date in "%s"', (text, date) => {
    expect(datesIn(text)).toEqual([[date, 'block']]);
  });

  it.each([
    ['on a holiday', 'Hän on syntynyt jouluaattona 1980 Oulussa.', 'jouluaattona 1980'],
    ['on a movable holiday', 'Asiakas syntyi juhannuksena 1975.', 'juhannuksena 1975'],
    ['in words', 'Syntynyt huhtikuun 8. päivänä 1966, eläkeikä lähestyy.', 'huhtikuun 8. päivänä 1966'],
    ['in words with "päivä"', 'syntyi 3.päivä huhtikuuta 1975', '3.päivä huhtikuuta 1975'],
    ['glued to "s."', 'Asiakas (s.3.4.1975) tuli paikalle.', '3.4.1975'],
    ['after "synt." in ISO form', 'synt. 1975-04-03, koulutus kesken', '1975-04-03'],
    ['after "synt" without a stop', 'synt 3.4.1975 Oulu', '3.4.1975'],
    ['digits only', 'syntynyt 03041975, ei ammattikoulutusta', '03041975'],
    ['in a compound', 'Hänen 50-vuotissyntymäpäivänsä 3.4.2026 vietetään.', '3.4.2026'],
    ['beside an age', 'ikä 34 v (1.9.1991), pitkä työttömyys', '1.9.1991'],
    ['beside an age in years', 'asiakas 34 vuotta (1.9.1991) hakee tukea', '1.9.1991'],
    ['beside "-vuotias"', 'Asiakas, 34-vuotias (1.9.1991), on työtön.', '1.9.1991'],
    ['before the age', 'Asiakas (1.9.1991) 34-vuotias.', '1.9.1991'],
    ['beside "ikä" without a unit', 'ikä 34 (1.9.1991)', '1.9.1991'],
    ['a coming birthday', 'Nuori täyttää 18 vuotta 3.2.2027, tuki muuttuu.', '3.2.2027'],
    ['a coming birthday without "vuotta"', 'Nuori täyttää 18 3.2.2027.', '3.2.2027'],
    ['a coming birthday in words', 'täyttää kahdeksantoista 3.2.2027', '3.2.2027'],
    ['a coming birthday without the year', 'Nuori täyttää 18 vuotta 3.2. ja muuttaa pois.', '3.2.'],
    ['a birthday passed', 'Asiakas täytti 30 vuotta 1.9.2021.', '1.9.2021'],
    ['coming of age', 'Nuori tulee täysi-ikäiseksi 3.2.2027.', '3.2.2027'],
  ])('blocks a birth date %s', (_case, text, date) => {
    expect(datesIn(text)).toContainEqual([date, 'block']);
  });

  it.each([
    ['Asiakas on syntynyt vuonna 1985.', '1985'],
    ['Asiakas, s. 1979, asuu yksin.', '1979'],
  ])('only warns about a birth year in "%s"', (text, year) => {
    expect(datesIn(text)).toEqual([[year, 'warn']]);
  });

  it.each([
    ['an appointment date', 'Seuraava tapaaminen on 1.3.2025 klo 10.'],
    ['a decision date', 'Päätös tuli 2.10.2024 ja valitus on tehty.'],
    ['a date range', 'Kuntoutusraha ajalle 1.9.–15.12.'],
    ['an age', 'Asiakas on 45-vuotias.'],
    ['a sick-leave start', 'Sairausloma alkoi 12.3.2024.'],
    ['a decade of birth', 'Syntynyt 1980-luvulla, koulutus kesken.'],
    ['a decade before "syntynyt"', '60-luvulla syntynyt mies, eläkeikä lähestyy.'],
    ['a decade in English', 'Born in the 1980s, the client moved here in 2015.'],
    ['a date that starts a period', 'Lapsen syntymän jälkeen äitiysvapaa 1.3.2025 alkaen.'],
    ['an age and a start date', 'Asiakas on 34 v, työttömänä 1.9.2019 alkaen.'],
    ['a duration and a start date', 'Työttömänä 20 vuotta (1.9.2005 alkaen).'],
    ['an age and an appointment', 'Asiakas on 34-vuotias, tapaaminen 1.9.2025 klo 10.'],
    ['filling in a form', 'Hän täyttää hakemuksen 3.2.2027 mennessä.'],
    ['a coming birthday without a date', 'Hän täyttää 65 vuotta ensi vuonna.'],
  ])('ignores %s', (_case, text) => {
    expect(datesIn(text)).toEqual([]);
  });
});
