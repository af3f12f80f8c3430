/**
 * Companies, products and places named beside a name-like word, and relatives in Swedish and spoken Finnish: rules
 * made from development corpus Y. Synthetic sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { detectNames } from '../../../src/domain/anonymity/names.js';
import { scanText } from '../../../src/domain/anonymity/scan-text.js';
import { openVoikkoAnalyser } from '../../fixtures/anonymity/voikko-analyser.js';

const analyse = openVoikkoAnalyser();
const blocked = (text: string) =>
  detectNames(text, analyse)
    .filter((f) => f.severity === 'block')
    .map((f) => text.slice(f.start, f.end));

describe.runIf(analyse)('companies, products and places beside a name-like word', () => {
  it.each([
    // a brand, a place or a genitive before a capitalised common noun names a product or an institution
    'Lisäksi Elisa Viihde ja Saunalahden mokkula.',
    'Kuntouttava työtoiminta Malmin Diakoniassa kiinnostaa.',
    'Työkokeilu Loviisan Lämpö -yhtiössä on sovittu.',
    // a bill from a brand
    'Heleniltä tuli sähkölasku 780 € kolmelta kuukaudelta.',
    // a Swedish -s genitive of a service or a company
    'Vi funderar på om Kelas rehabilitering för unga passar.',
    'Hon har tidigare jobbat på Nestes raffinaderi i Sköldvik.',
    // vocational colleges, interpreting services and companies workers name
    'Joensuun Riverian autoalan koulutus kiinnostaa.',
    'Tulkki Semantixilta seuraavaan tapaamiseen.',
    'Nokia and Ericsson both have junior roles in Hervanta.',
    // a capitalised English institution word ends an organisation's name, in any language
    'Talent Boost ja Aalto Career Services auttavat.',
    'Työ Rauman telakalla (Rauma Marine Constructions) päättyi.',
    // a word between an article and a noun, a saint's or a port's town
    'The client came from Málaga as an Erasmus student.',
    'Client came from São Paulo, Brazil, works as a dental nurse.',
    'He worked as a chef at our restaurant in St. Pauli for five years.',
    // a capitalised adjective begins an award's or a work's title
    'Tiimi voitti Kultaisen Venlan 2022, mutta firma lopetti.',
    // a district where a home or a shop is
    'Asuminen: Hekan vuokra-asunto Malmilla, rästit 2 100 €.',
    'Työ: viimeksi 2022 Tokmannilla Malmilla.',
    // a feast or a season named as a time
    'Hakemus pitää olla Kelassa ennen Vappua, muuten jää kuukausi väliin.',
    'Vappuna asiakas oli yksin.',
    // a landmark, a care home, a daycare, a work and its author
    'Hän asuu lähellä Harjun portaita.',
    'Asiakas on saanut oppisopimuspaikan Sagan hoivakodista Jyväskylästä.',
    'The childcare place was granted at the Kallio daycare from 1 February.',
    'Asiakas on kiinnostunut Tolkienin Taru sormusten herrasta -kirjoista.',
    // an organisation's kind at the end of a word no source knows; a foreign -y's illative
    'Kalevalaseuran lukupiirissä asiakas innostui.',
    'Parkinsonliitto tarjoaa sopeutumisvalmennusta.',
    'Hän on tehnyt biisejä Spotifyhin ja Youtubeen.',
    // sayings, an abbreviation, an English sentence's adverb
    'Onni potkaisi vihdoin, kun asiakas pääsi haastatteluun.',
    'Hän sai paikan. Onnea hänelle!',
    'Menot kuuluvat hyvinvointialueelle, hva sanoo että ensin haetaan perustoimeentulotukea.',
    'Rescheduled to Thursday. Still at the Tikkurila office, second floor.',
    // a religion after a nationality, an English word opening a sentence, where someone comes from
    'Assyrian Christian family from the Nineveh plains near Mosul.',
    'English only; thinks Finnish is impossible. Job-seeking permit expires in March.',
    'Venäjänkielinen nainen Pietarista, inkerinsuomalainen paluumuuttaja, asuu Kotkassa.',
    // a town after someone's age in a header, a thing of a place after its genitive, a quoted phrase, a saying
    'ok vakavasti: mies 39, Lahti Liipola, työtön 3 v.',
    'Pelaa joka päivä. Mies 63, Rauma, eläkkeelle vielä 2 v.',
    'Lapinlahden Lähteellä (se Helsingin entinen sairaala-alue) on toimintaa.',
    'He said ’Inshallah’ and ’Will do’ lol. Thanks!',
    'Salomonin tuomiota muistuttava tilanne eronneiden kesken.',
  ])('finds no one in "%s"', (text) => {
    expect(blocked(text)).toEqual([]);
  });

  it.each([
    // a surname's genitive before where someone was met, a service, is the person's
    ['Tapasin Leinosen Ohjaamossa ja kävimme läpi vaihtoehtoja.', 'Leinosen'],
    // a brand that is also a first name stays a person as the subject, or where money is owed to it
    ['Elisa maksoi laskut itse.', 'Elisa'],
    ['Elisalle on velkaa 300 €.', 'Elisalle'],
    // a full name whose second word is in the name lists
    ['Asiakas Pekka Virtanen soitti.', 'Pekka Virtanen'],
    // a surname and a place-like surname in the same case are one person, not a shop and its district
    ['Sain tiedon Virtaselta Kalliolta.', 'Virtaselta Kalliolta'],
    // an English name before a word that is no institution's
    ['Anna Career is my friend.', 'Anna Career'],
    // a feast's name as a person's
    ['Asiakkaan tytär Vappu soitti.', 'Vappu'],
    ['Her brother Christian lives in Oulu.', 'Christian'],
    // children listed with their ages are no town after an age
    ['Lapset: Yara 12, Karim 9, Lina 3.', 'Karim'],
    ['Tapasin Kuopion Satu Virtasen.', 'Satu Virtasen'],
    ['Soitin Vapulle ennen juhannusta.', 'Vapulle'],
  ])('refuses the name in "%s"', (text, name) => {
    expect(blocked(text)).toContain(name);
  });
});

describe.runIf(analyse)('first names and relatives in Swedish and English sentences', () => {
  it.each([
    // no Finnish case form in a Swedish or English sentence: not Mali's genitive, not mega's
    ['Fredrik är arbetslös sedan sågen stängde, Malin är föräldraledig.', 'Malin'],
    ['Volunteer coordinator Megan Walsh wants to register.', 'Megan Walsh'],
    // Swedish and spoken Finnish relatives
    ['Familjen: mamma Malin, pappa Fredrik och Alva.', 'Malin'],
    ['Hans bror Mikael bor i Vasa.', 'Mikael'],
    ['Asiakkaan mamma Leena soitti eilen.', 'Leena'],
  ])('refuses the name in "%s"', (text, name) => {
    expect(blocked(text)).toContain(name);
  });

  it.each(['Mamma on huolissaan pojasta.', 'Son hade svårt i skolan.'])(
    'takes a relative opening a sentence for the word in "%s"',
    (text) => {
      expect(blocked(text)).toEqual([]);
    },
  );
});

describe.runIf(analyse)('names in other scripts, initials and labels', () => {
  const findings = (text: string) =>
    scanText(text, analyse).map((f) => [text.slice(f.start, f.end), f.kind, f.severity] as const);

  it.each([
    // a Cyrillic name read through its Latin spelling in the lists
    ['Asiakkaan äiti Галина Петрова soitti.', 'Галина Петрова'],
    ['Сын Дмитрий учится в Хельсинки.', 'Дмитрий'],
    // the same name in its own script beside the Latin one
    ['Wang Lei (王磊) graduated from a Finnish university.', '王磊'],
    ['محمد علي (Mohammed Ali) soitti.', 'محمد علي'],
    // an initial's dot ends no sentence, and a title reaches past it
    ['kysyn tiimiltä, asiakas J. Nurmi (DOB: 1991/09/01, kirjattu näin)', 'Nurmi'],
    ['Ohjaaja M. Kallio soitti eilen.', 'Kallio'],
    // a name only asked about right before someone's code is refused, with a first half no source knows
    ['Liis Kuusk, 070595-984T, opiskelee.', 'Liis Kuusk'],
    // in English, a refused first name and a capitalised word English would not capitalise are one name
    ['Recruited nurses Rowena Bautista and Jomar Santos came via an agency.', 'Rowena Bautista'],
  ])('refuses the name in "%s"', (text, name) => {
    expect(findings(text)).toContainEqual([name, 'name', 'block']);
  });

  it('asks about a name only asked about with the unknown words after it', () => {
    const text = 'Ethiopia. Meron Alemu Bekele is a nurse from Addis Ababa.';
    expect(findings(text)).toContainEqual(['Meron Alemu Bekele', 'name', 'warn']);
  });

  it.each([
    ['a greeting in Arabic', 'Asiakas sanoi (السلام عليكم) tervehdyksenä.'],
    ['labels before numbers', 'sposti jn1991@testi.invalid, tel 040 123 4567, Kontakt +358401239876'],
  ])('finds no name in %s', (_case, text) => {
    expect(findings(text).filter(([, kind]) => kind === 'name')).toEqual([]);
  });
});

describe.runIf(analyse)('names in the hard forms of development corpus Z', () => {
  it.each([
    // a listed surname that is also a noun, after a first name
    ['Jari Kettu aloitti työkokeilun.', 'Jari Kettu'],
    ['Vuokranantaja Hannu Pappila pyytää, että vuokra maksetaan.', 'Hannu Pappila'],
    ['heinälle soitettu (asiakas Jarkko Heinä).', 'Jarkko Heinä'],
    // a title before a place-like surname listed with another person
    ['Palaverissa omaohjaaja Salo ja sossu Leena.', 'Salo'],
    // asked of, a meeting with
    ['kysyin sirkalta et onks kotikäynti mahdollinen', 'sirkalta'],
    ['sirkka lupas kysyy jukalta.', 'jukalta'],
    ['tapaaminen rinteen kanssa siirtyi.', 'rinteen'],
    // who signs the note, in any letter case
    ['lampiselta kysyttiin vielä tapaamisoikeudesta. /Mari', 'Mari'],
    ['salmelaa pitäis tavata pian. -kirsi', 'kirsi'],
    // the initials of a double first name the note gives
    ['Asiakas: Jukka-Pekka (JP) Hirvonen, 29 v. JP:llä pitkä päihdehistoria.', 'JP'],
    ['Anna-Maria Sundström-Niskanen (A-M) kertoi eroaikeista. A-M:n puoliso ei suostu.', 'A-M'],
    // a listening list reads no name from a call after a comma, nor a visit from going to see someone
    ['Vaimo soitti perään, Riikalta tuli tieto et vuokra on maksamatta.', 'Riikalta'],
    ['Antero sai kirjeen. Naapuri käy katsomassa Anteroa päivittäin.', 'Anteroa'],
    // a place-named surname after a first name, and its ablative after it
    ['Veeran äiti Eila Pohjola omistaa asunnon. Pohjolalta voisi pyytää vuokrasopimuksen.', 'Pohjolalta'],
  ])('refuses the name in "%s"', (text, name) => {
    expect(blocked(text)).toContain(name);
  });

  it.each([
    'Veikko ja Lahja Hurstin Laupeudentyön Apu ry jakaa ruokaa.',
    'Kävin A-klinikalla ja B-lausunto tuli, TE-palvelut tietävät.',
    'Kysyn tth:lta pääseekö nopeammin.',
    'Hän kuuntelee Nightwishia, Eppu Normaalia ja Juicea.',
  ])('finds no one in "%s"', (text) => {
    expect(blocked(text)).toEqual([]);
  });
});
