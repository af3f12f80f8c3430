/**
 * Names that are no client's: public figures and what is named after them, places and institutions, things named
 * with a capitalised word; and the person cues that hold whatever else a word could be (a mind, a family, a subject).
 */
import { describe, expect, it } from 'vitest';
import { detectNames } from '../../../src/domain/anonymity/names.js';
import { openVoikkoAnalyser } from '../../fixtures/anonymity/voikko-analyser.js';

const analyse = openVoikkoAnalyser();
const found = (text: string) =>
  detectNames(text, analyse).map((f) => [text.slice(f.start, f.end), f.severity] as const);

describe.runIf(analyse)('names that identify no client', () => {
  it.each([
    'Aleksis Kiven päivänä kirjaston lukupiiri.',
    'Runebergin päivänä 5.2. on seuraava tapaaminen.',
    'Paavo Nurmen patsaan luona aloitettiin kävely.',
    'Kimi Räikkönen ja Kalle Rovanperä kiinnostaa, haluaisi mekaanikoksi.',
    'Valittaa Orpon hallituksen leikkauksista.',
    'Isä oli Kekkosen ihailija.',
    'Sibelius-monumentin lähellä puistossa yöpynyt.',
    'Profeetta Muhammadin syntymäpäivän juhla.',
    'Auroran sairaalassa osastojakso 3 vk.',
    'Annalan ja Kaukajärven alueella asiakkaalla on tukiasunto.',
    'Asuu nyt Karhulassa.',
    'Loviisa–Porvoo väli hankala ilman autoa.',
    'Helmi-pastilleja ja tupakkaa ostaa kaupasta.',
    'Visa-kortti on ulosotossa.',
    'Jussi-gaalassa palkitussa elokuvassa avustajana.',
    'Kallion suunnalla on kaikki kaverit.',
    // sayings, characters after their work, a ruler with a regnal number, eponyms, name days listed together
    'Asiakkaalla on taas Matti kukkarossa ennen kuun puoliväliä.',
    'Hänen mukaansa kesä loppuu, kun Jaakko heittää kylmän kiven veteen.',
    'Asiakas sanoo olevansa kuin Kalevalan Kullervo: mikään ei onnistu.',
    'Hän tapasi kaverin Senaatintorilla Aleksanteri II:n patsaalla.',
    'Esimerkkinä Menieren tauti ja Crohnin tauti, jotka vaikuttavat työkykyyn.',
    'Marraskuun lopussa on Antin ja Atten päivä, joulukuussa Lucian, Tuomaan ja Tapanin päivät.',
    'Hän oli vapaaehtoisena Tuomaan markkinoilla.',
    // companies listed with commas, a media company, a Swedish authority, a state abroad
    'Varastossa käsiteltiin Otavan, Tammen, WSOY:n ja Gummeruksen kirjoja.',
    'Lisäksi Alma Median lehtien jakelu jäi pois.',
    'Arbetskraftsmyndigheten on ehdottanut arbetsprövning eli työkokeilua.',
    'Hän asui Australiassa Victorian osavaltiossa.',
    // sayings in Finnish and English, a place's side, a Swedish town name
    'Raha-asiat menevät kuin Ellun kanat, koska tuloja tulee kolmesta paikasta.',
    'He says Christmas Eve and Boxing Day alone in his flat were the worst days.',
    'Hän on käynyt kausitöissä Karlstadin suunnalla.',
    'Kaupungin ruotsinkielinen nimi on Brahestad.',
    // services, platforms, languages and festivals, places abroad, a Swedish authority inflected the Finnish way
    'Folkhälsanin ohjattu kuntosaliryhmä Vaasassa, käy kahdesti viikossa.',
    'Dari ja farsi ymmärtää, tulkiksi dari.',
    'Nowruz on perheen suurin juhla keväällä.',
    'Idlibin ja Latakian välillä perhe hajosi sodassa.',
    'Ruotsin Försäkringskassanin sairauskorvaus päättyi.',
    'lapsen tapaamiset exän kanssa lastenvalvojan sopimuksen mukaan',
    // a spaced-hyphen compound, a work played or read, a named thing after its kind, a web domain, a simile
    'Äiti kuvasi 28-vuotiasta poikaansa Peter Pan -syndroomaksi.',
    'Pariskunta kuvaa suhdettaan Viivi ja Wagner -sarjakuvaksi.',
    'Asiakas pelaa Tetristä ja Super Mariota vanhalla konsolilla.',
    'Kirjastosta lainataan Herra Hakkaraisia, Tatua ja Patua sekä Onnelia ja Annelia.',
    'Hän työskenteli laivalla Gabriellalla kokkina.',
    'Hän ajaa ruokalähettinä kevytyrittäjänä Ukko.fi:n kautta.',
    'Sanoi itse olevansa kuin Vaahteramäen Eemeli, aina keksimässä jotain.',
    'Asiakas on tehnyt töitä Malmin lentokentän huoltopuolella ja Bayerin Turun tehtaalla.',
    'Romanialainen asiakas Constanțasta, joka on ollut Helsingissä kaksi vuotta.',
    'Mistä aloitetaan? Kaipaisin konsultaatiota.',
    'Mikkolan ja Simonkylän suunnalta nuoria ohjautuu pajalle.',
    'Rikosuhripäivystys RIKU 116 006 tarjosi tukea.',
    'Asiakas 38 v, puoliso suomalainen.',
    'Ilo ja Valo -nimiseen vertaisryhmään osallistuu.',
    'Pilvi ja sade lisää kipuja.',
    'Pipsa Possu pyörii tabletilla koko päivän.',
    'Siljan ja Viking Linen laivoilla ollut keittiössä.',
    'Aspergerin oireyhtymä todettu lapsena.',
    'Heikinpäivänä alkaa uusi jakso.',
    'Pipsa Possu pyörii tabletilla koko päivän, 3-vuotias ei ole päivähoidossa.',
    'Ho Chi Minh -kaupungissa ollut ravintolan omistaja.',
    'Pelaa öisin League of Legendsiä, nukkuu päivät.',
    'Asiakas opiskelee Gradialla logistiikkaa. Onko Gradialla omaa kuraattoria?',
  ])('finds no name in "%s"', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    // a common surname alone is a client's, a day after a first name is the person's own
    ['Kekkosen aikaan tämmöistä ei ollut, sanoo Pekka.', 'Pekka'],
    ['tapasin Timon sairaalassa.', 'Timon'],
    ['Matti-setä tuli käymään.', 'Matti'],
    ['Pekka-tapaus on hankala.', 'Pekka'],
    ['Mikko-vainajan talo myytiin.', 'Mikko'],
    ['Matti-niminen mies soitti.', 'Matti'],
    ['MATTI VIRTANEN soitti.', 'MATTI VIRTANEN'],
    ['kysyin hämäläiseltä milloin hän pääsee.', 'hämäläiseltä'],
  ])('still finds the person in "%s"', (text, name) => {
    expect(found(text).map(([span]) => span)).toContain(name);
  });
});

describe.runIf(analyse)('person cues that hold whatever else the word could be', () => {
  it.each([
    ['aallon mielestä asiakas ei ole valmis.', 'aallon'],
    ['vilja on voiton tytär, molemmat asiakkaita.', 'voiton'],
    ['joen tyttö (9v) ollut pois koulusta.', 'joen'],
    ['halyna kävi kysymässä lastenhoitoavusta.', 'halyna'],
    ['mehdi ei ole tullut kotiin kahteen päivään.', 'mehdi'],
    ['Farzaneh Ahmadi, 41v. Farzanehille ei ole löytynyt töitä.', 'Farzaneh Ahmadi'],
    ['Jhun ja Jerome asuvat samassa solukämpässä.', 'Jhun'],
    ['salo on asiakkaan työvalmentaja.', 'salo'],
    ['muista laittaa viesti ritvalle kelan päätöksestä', 'ritvalle'],
    ['luotan harriin tässä asiassa', 'harriin'],
    ['Kiveltä tulee kirjallinen palaute.', 'Kiveltä'],
    ['Tilan emäntä Pelto on kertonut.', 'Pelto'],
    ['Tuomas (kaikki sanoo Tumppi) 27v.', 'Tumppi'],
    ['shirin (vaimo) oli myös linjoilla.', 'shirin'],
    ['vuori (aiempi omaohjaaja) on jäänyt eläkkeelle.', 'vuori'],
    ['Lehto (TE) on tietoinen.', 'Lehto'],
  ])('%s', (text, name) => {
    expect(found(text).map(([span]) => span)).toContain(name);
  });

  it.each([
    'Toivon mukaan asia ratkeaa.',
    'Kuopion isä',
    'Asiakkan kanssa sovittiin uusi aika.',
    'Mäki on asiakkaan koti.',
    'Setä asuu Mogadishussa, Hodan District.',
    'Employer is a small restaurant in Kallio, owner speaks English.',
    'karhula vai kotkan keskusta? as. käy kummassa.',
    'Kallio (Helsinki) on kiva.',
    'Valitus Kelan pääkonttoriin (Nordenskiöldinkatu 12, 00250 Helsinki).',
    'Yksikössämme 1 omatyöntekijä per 85 asiakasta.',
  ])('finds no name in "%s"', (text) => {
    expect(found(text)).toEqual([]);
  });
});
