import { describe, expect, it } from 'vitest';
import { detectNames } from '../../../src/domain/anonymity/names.js';

const namesIn = (text: string) => detectNames(text).map((f) => [text.slice(f.start, f.end), f.severity]);
const blockedNames = (text: string) =>
  detectNames(text)
    .filter((f) => f.severity === 'block')
    .map((f) => text.slice(f.start, f.end));

describe('personal names', () => {
  it.each([
    ['Matti Meikäläinen on ollut työttömänä.', 'Matti Meikäläinen'],
    ['Soitin eilen Virtaselle.', 'Virtaselle'],
    ['Sovimme, että Korhoselle lähetetään kutsu.', 'Korhoselle'],
    ['Matille kerrottiin tapaamisessa.', 'Matille'],
    ['Liisan äiti on ollut mukana.', 'Liisan'],
    ['Virtasen perheessä on kolme lasta.', 'Virtasen'],
    ['Tapasin Virtasta varten tulkin.', 'Virtasta'],
    ['Pekalle on myönnetty kuntoutusrahaa.', 'Pekalle'],
    ['Lähetin Mikolle viestin.', 'Mikolle'],
    ['Kävin Jussin kanssa työpaikalla.', 'Jussin'],
    ['Asiakkaan puoliso Pekka on myös työtön.', 'Pekka'],
    ['Hänen veljensä Toivo asuu yksin.', 'Toivo'],
    ['Asiakas Satu Laaksonen haki opiskelemaan.', 'Satu Laaksonen'],
    ['Toivo Rantanen on eläkeiän kynnyksellä.', 'Toivo Rantanen'],
    ['Edunvalvoja on Anna-Maija Laine.', 'Anna-Maija Laine'],
    ['Hämäläiselle on tehty suunnitelma.', 'Hämäläiselle'],
    ['Kotikäynnillä tapasin Eilan.', 'Eilan'],
    ['Kerroin Marjatalle päätöksestä.', 'Marjatalle'],
    ['Perheen poika asuu Nyström-nimisen sukulaisen luona.', 'Nyström'],
    ['Lindholmin perhe muutti viime vuonna.', 'Lindholmin'],
    ['Tapaamiseen tuli Mattikin.', 'Mattikin'],
    ['Aallolle soitettiin, kun Mäelle ei saatu yhteyttä.', 'Mäelle'],
    ['MATTI VIRTANEN soitti.', 'MATTI VIRTANEN'],
    ['Äiti (Ritva) osallistui puhelimitse.', 'Ritva'],
    ['Soitin Meikäläiselle uudelleen.', 'Meikäläiselle'],
  ])('blocks the name in "%s"', (text, name) => {
    expect(blockedNames(text)).toContain(name);
  });

  it('masks a full name as one finding', () => {
    expect(detectNames('Asiakas Matti Virtanen kertoi.').map((f) => f.masked)).toEqual(['M**** V*******']);
  });

  it.each([
    ['sentence-initial "Anna" (give)', 'Anna arviosi siitä, riittääkö yhteistyö.'],
    ['sentence-initial "Usko" (faith)', 'Usko omiin mahdollisuuksiin on heikko.'],
    ['sentence-initial "Aino" (sole)', 'Aino keino on sopia yhteinen tapaaminen.'],
    ['sentence-initial "Toivo" (hope)', 'Toivo paremmasta on olemassa.'],
    ['sentence-initial "Satu" (fairy tale)', 'Satu, jonka hän kertoi lapselleen, oli paras hetki.'],
    ['sentence-initial "Tuuli" (wind)', 'Tuuli on kääntynyt parempaan.'],
    ['sentence-initial "Onni" (luck)', 'Onni onnettomuudessa: asiakas on motivoitunut.'],
    ['sentence-initial "Kuusi" (six)', 'Kuusi kuukautta sitten asiakas muutti.'],
    ['sentence-initial "Toivon" (I hope)', 'Toivon, että asia etenee.'],
    ['sentence-initial "Ennen" (before)', 'Ennen kuin työllistymistä suunnitellaan, terveys on hoidettava.'],
    ['sentence-initial "Toinen" (second)', 'Toinen puoliso on töissä.'],
    ['sentence-initial "Suomalaisen" (Finnish)', 'Suomalaisen työkokemuksen puute haittaa.'],
    ['lower-case everyday words', 'Satu ja toivo, tuuli ja kivi, onni ja usko ovat sanoja.'],
    [
      'organisations',
      'Asiakas asioi Kelan, Ohjaamon ja TE-palvelujen kanssa, myös Kela-kuntoutus on haettu.',
    ],
    [
      "the product's network consultation",
      'Sovittiin Rukkanen-verkostokonsultaatio ja Rukkanen pidetään etänä.',
    ],
    ['places of the product areas', 'Asiakas asuu Kuopiossa, kävi Iisalmessa, Varkaudessa ja Suonenjoella.'],
    [
      'Satakunta places',
      'Palvelut Porissa, Kankaanpäässä, Harjavallassa, Kokemäellä, Nakkilassa, Ulvilassa ja Pomarkussa.',
    ],
    ['more Satakunta places', 'Merikarvialla, Siikaisissa, Karviassa ja Jämijärvellä ei ole toimipistettä.'],
    ['regions', 'Ylä-Savossa, Keski-Savon ja Pohjois-Savon sekä Satakunnan alueella.'],
    ['acronyms', 'TYM, KYS, TE ja ADHD mainittiin.'],
  ])('does not flag %s', (_case, text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it.each([
    ['a rare name-list word opening a sentence', 'Tulkki on varattu jokaiseen tapaamiseen.'],
    ['a common word in an organisation name', 'Hän on mukana Nuorten Ystävien ryhmässä.'],
    ['an inflected everyday word opening a sentence', 'Lainalla ostettu auto on myyty.'],
    ['an elative that is also a -nen surname form', 'Kesästä alkaen asiakas on ollut töissä.'],
  ])('only warns about %s', (_case, text) => {
    const found = namesIn(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(([, severity]) => severity === 'warn')).toBe(true);
  });
});
