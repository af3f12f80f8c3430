import { describe, expect, it } from 'vitest';
import { detectHomeStreets } from '../../../src/domain/anonymity/home-street.js';

const streetsIn = (text: string) =>
  detectHomeStreets(text).map((f) => [text.slice(f.start, f.end), f.severity]);

describe('a street without a number as where someone lives or moves', () => {
  it.each([
    ['moved onto', 'Hän muutti Kuusitielle viime kuussa.', 'Kuusitielle'],
    ['lives on, a few words after the verb', 'asuu nykyään Pajakujalla äitinsä luona', 'Pajakujalla'],
    ['moves, two words between', 'Asiakas muuttaa ensi kuussa Kalliopolulle.', 'Kalliopolulle'],
    ['moved away from', 'Hän muutti pois Rantatieltä.', 'Rantatieltä'],
    ['a move in lower case', 'muutto kalliokujalle onnistui', 'kalliokujalle'],
    ['a flat swap applied for', 'on haettu asunnon vaihtoa Myllytielle.', 'Myllytielle'],
    ['an adjective before the street', 'Muutti äitinsä luo Vanhalle Myllytielle.', 'Myllytielle'],
    ['a street ending in -ahde', 'muutti Kirkkoahteelle keväällä', 'Kirkkoahteelle'],
    ['a street ending in -piha', 'Asuu nyt Sepänpihalla.', 'Sepänpihalla'],
    ['registered there', 'Hän on kirjoilla Koivukujalla.', 'Koivukujalla'],
    ['the flat is there', 'Asunto Kuusitiellä on kostea.', 'Kuusitiellä'],
    ['named as the address', 'Uusi osoite: Kuusikuja', 'Kuusikuja'],
  ])('warns about %s', (_case, text, street) => {
    expect(streetsIn(text)).toEqual([[street, 'warn']]);
  });

  it.each([
    ['a street without a home word', 'Käytiin Kauppakadulla ostoksilla.'],
    ['a shore someone lives by', 'Asiakas asuu merenrannalla pienessä mökissä.'],
    ['a back yard', 'Asiakas asuu takapihalla olevassa aitassa.'],
    ['living on the street', 'Hän asui kadulla kolme kuukautta.'],
    ['a town', 'Hän muutti Kuopioon viime vuonna.'],
    ['another clause', 'Hän muutti viime vuonna, ja Kauppakadulla on nyt remontti.'],
  ])('ignores %s', (_case, text) => {
    expect(streetsIn(text)).toEqual([]);
  });
});
