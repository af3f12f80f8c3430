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
  ])('ignores %s', (_case, text) => {
    expect(datesIn(text)).toEqual([]);
  });
});
