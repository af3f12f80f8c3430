/**
 * Names the text itself says are names ("sukunimi on koivu", "Pena (oikeasti Pentti)"), and words no source knows
 * where a person fits ("tytär daryna (9v)", "somchai tuli"): the first are refused, the second asked about, in
 * every form the text repeats them.
 */
import { describe, expect, it } from 'vitest';
import { detectNames } from '../../../src/domain/anonymity/names.js';
import { openVoikkoAnalyser } from '../../fixtures/anonymity/voikko-analyser.js';

const analyse = openVoikkoAnalyser();
const found = (text: string) =>
  detectNames(text, analyse).map((f) => [text.slice(f.start, f.end), f.severity] as const);

describe.runIf(analyse)('names the text says are names', () => {
  it.each([
    [
      'tommin sukunimi on laine, laineella ei ole asiakkuutta.',
      [
        ['tommin', 'block'],
        ['laine', 'block'],
        ['laineella', 'block'],
      ],
    ],
    ['Sukunimensä on Koivu.', [['Koivu', 'block']]],
    ['Tuke (niin häntä kaikki kutsuu) oli motivoitunut.', [['Tuke', 'block']]],
    [
      'Pena (oikeasti Pentti) soitti ja kysyi ruoka-avusta.',
      [
        ['Pena', 'block'],
        ['Pentti', 'block'],
      ],
    ],
    [
      'Asiakas Voitto Hautamäki (tuttavallisesti Vote) on entinen maanviljelijä. Votelle on tarjottu päihdetyötä.',
      [
        ['Voitto Hautamäki', 'block'],
        ['Vote', 'block'],
        ['Votelle', 'block'],
      ],
    ],
    ['Asiakas esittäytyy Penaksi, 57 v.', [['Penaksi', 'block']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Lomakkeeseen kirjoitetaan sukunimi ja osoite.',
    'Hanke esittäytyi messuilla ja palvelu esittäytyy verkossa.',
    'Palvelun nimi on Ohjaamo, ja se on oikeasti (oikeasti!) hyvä paikka nuorille.',
  ])('finds no name in "%s"', (text) => {
    expect(found(text).filter(([, severity]) => severity === 'block')).toEqual([]);
  });
});

describe.runIf(analyse)('words no source knows where a person fits', () => {
  it.each([
    ['tytär daryna (9v) käy koulua.', [['daryna', 'warn']]],
    ['vaimo maliwan on lähtenyt thaimaahan.', [['maliwan', 'warn']]],
    [
      'shvan 42v, työtön kokki. shvanilla diabetes ja masennus.',
      [
        ['shvan', 'warn'],
        ['shvanilla', 'warn'],
      ],
    ],
    [
      'kaido asuu nyt vuokralla. kaidon asiakkuus siirtyy.',
      [
        ['kaido', 'warn'],
        ['kaidon', 'warn'],
      ],
    ],
  ])('asks about %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'asiakas tuli ajoissa ja lomake oli ok.',
    'hakemus lähti eilen, päätös tulee kuukaudessa.',
    'puoliso lupas viedä autolla ekoille kerroille.',
    'äiti huolisaan koska juominen on lisääntyny.',
    'tk-lääk. vast. 4.11.: vointi ennallaan.',
  ])('asks nothing about "%s"', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe.runIf(analyse)('capitalised words written with a colon ending', () => {
  it.each([
    ['Hän kertoi, että Serhii:lle haetaan paikkaa.', [['Serhii', 'warn']]],
    [
      'Maricel:lle tehty hakemus. Maricelin palkkatiedot tulivat myöhässä.',
      [
        ['Maricel', 'warn'],
        ['Maricelin', 'warn'],
      ],
    ],
    [
      'Soitin Maricelille eilen. Maricel:lle tehty hakemus.',
      [
        ['Maricelille', 'block'],
        ['Maricel', 'block'],
      ],
    ],
  ])(
    'asks about a name no source knows, and refuses it where it is refused elsewhere: %s',
    (text, expected) => {
      expect(found(text)).toEqual(expected);
    },
  );

  it('asks nothing about shops in an inner local case or brands', () => {
    expect(found('Ostokset tehtiin Lidl:stä ja Prisma:ssa, haku Google:n kautta.')).toEqual([]);
  });
});

describe.runIf(analyse)('capitalised words no source knows, and words the text declines', () => {
  it.each([
    // a capitalised word no source knows, in a case a person takes
    ['Kaidolle selvitetty oikeus työttömyysturvaan.', [['Kaidolle', 'warn']]],
    ['Asiakkaan tilanne on vaikea. Phromman oleskelulupa umpeutuu.', [['Phromman', 'block']]],
    // declined in two cases: every form is asked about
    [
      'kaido asuu nyt yksin. kaidon työkkärin asiakkuus siirtyy.',
      [
        ['kaido', 'warn'],
        ['kaidon', 'warn'],
      ],
    ],
    // a name Voikko lacks after a first name is its surname, in either letter case
    ['Asiakas Tesfaye Haile on 45-vuotias.', [['Tesfaye Haile', 'block']]],
    ['asiakas ahmed warsame soitti.', [['ahmed warsame', 'block']]],
    // Noora's plural to Voikko, Noor's singular to the lists
    ['Noorille varattu arabian tulkki.', [['Noorille', 'block']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // a place: an inner local case in the group, or the place verb
    'Asiakas on kotoisin Hargeisasta, ja Hargeisa on hänelle yhä koti.',
    // a compound and a slip in known words, a medicine, an English sentence, an abbreviation
    'Kirkasvalolamppua kokeillaan talvella.',
    'Asiakkan kanssa sovittiin uusi aika.',
    'Lääkkeenä Ketipinor iltaisin.',
    'Client is behind on rent. Needs a social worker soon.',
    'Esim. Kelan lomake.',
    // plural first names are a group
    'Martat kokoontuvat torstaisin.',
  ])('asks nothing about "%s"', (text) => {
    expect(found(text)).toEqual([]);
  });
});
