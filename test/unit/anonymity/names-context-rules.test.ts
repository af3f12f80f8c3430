/**
 * The context rules of the morphology-based name detector, on synthetic sentences written for
 * these tests (not taken from the corpora): who a name-like word is by the words around it, and
 * when an ordinary word, a place, a brand or a role that looks like a name is not a person.
 */
import { describe, expect, it } from 'vitest';
import { detectNames } from '../../../src/domain/anonymity/names.js';
import { scanText } from '../../../src/domain/anonymity/scan-text.js';
import { openVoikkoAnalyser } from '../../fixtures/anonymity/voikko-analyser.js';

const analyse = openVoikkoAnalyser();

const namesIn = (text: string, severity: 'block' | 'warn') =>
  detectNames(text, analyse)
    .filter((f) => f.severity === severity)
    .map((f) => text.slice(f.start, f.end));

describe.runIf(analyse)('names by their context, with Voikko', () => {
  it.each([
    // lower-case and inflected in running notes
    ['soitin virtaselle tänään, ei vastannut.', 'virtaselle'],
    ['sovin sannan kanssa uuden ajan.', 'sannan'],
    ['jarmolle soitettiin aamulla.', 'jarmolle'],
    ['tapasin leinosta kahvilassa.', 'leinosta'],
    ['kysyin pekalta palkkatodistuksen.', 'pekalta'],
    ['hakkaraiselta tuli viesti, että ryhmä on täynnä.', 'hakkaraiselta'],
    // after a title or relation word, in agreement with it
    ['omaohjaaja leena lähti lomalle.', 'leena'],
    ['keskustelin sosiaaliohjaaja hannan kanssa.', 'hannan'],
    ['soitin hänen äidilleen Ainolle.', 'Ainolle'],
    ['hänen poikansa toivo on 12-vuotias.', 'toivo'],
    // surnames that are common words, by a person's cue
    ['Kivi ei ole vastannut kolmeen kutsuun.', 'Kivi'],
    ['Järvi ei vastannut viesteihin.', 'Järvi'],
    ['Lehto sairastui flunssaan.', 'Lehto'],
    ['Nurmi ei ole jaksanut käydä töissä.', 'Nurmi'],
    ['Kallio on 58-vuotias.', 'Kallio'],
    ['Laine ei ole maksanut vuokraa.', 'Laine'],
    ['Armo on 19-vuotias.', 'Armo'],
    ['Niemen kanssa sovittiin kotikäynti.', 'Niemen'],
    ['Rannan lausunto saapui.', 'Rannan'],
    ['Saaren vuokranantaja soitti.', 'Saaren'],
    ['Koivulta kysyttiin lupa.', 'Koivulta'],
    ['Mäelle soitettiin eilen.', 'Mäelle'],
    ['Rinteelle lähti kirje työkykyarviosta.', 'Rinteelle'],
    // everyday first names as the subject of a person's verb
    ['Onni jaksaa nyt paremmin.', 'Onni'],
    ['Tuuli opiskelee lähihoitajaksi.', 'Tuuli'],
    ['Meri ei ole jaksanut.', 'Meri'],
    ['Toivo kertoi olevansa väsynyt.', 'Toivo'],
    ['Into ilmoittautui kurssille.', 'Into'],
    // places that are also names, where only a person fits
    ['Salla asuu äitinsä luona.', 'Salla'],
    ['Inari opiskelee lähihoitajaksi.', 'Inari'],
    ['Salo kertoi, että hän hakee töitä.', 'Salo'],
    // names that morphology does not know, in a person's context
    ['Mukana oli asiakkaan puoliso Aliya.', 'Aliya'],
    ['Asiakkaan mies Dmytro tuli mukaan.', 'Dmytro'],
    ['Abdullahi, 45 v, hakee töitä.', 'Abdullahi'],
    ['Mohammedille soitettiin kahdesti.', 'Mohammedille'],
    ['Svetlanan äiti asuu Narvassa.', 'Svetlanan'],
    ['Kovalenko ei saapunut tapaamiseen.', 'Kovalenko'],
    ['Faduma:lle lähetettiin kutsu.', 'Faduma'],
    ['Oksana aloitti kurssin maanantaina.', 'Oksana'],
    ['Tkachenkolle varattiin tulkki.', 'Tkachenkolle'],
    ['Hänen miehensä Bohdan on rintamalla.', 'Bohdan'],
    // nicknames
    ['Hän kutsuu itseään Kingiksi.', 'Kingiksi'],
    ['poika, jota kutsutaan Tepiksi, on 15-vuotias.', 'Tepiksi'],
    ['kaverit sanoo sitä kapuksi.', 'kapuksi'],
    ['porukassa sitä sanotaan nöpöksi, oikeaa nimeä ei kukaan käytä', 'nöpöksi'],
    // a comitative is one person, plural in form only
    ['Isä tuli tapaamiseen Jarmoineen.', 'Jarmoineen'],
    // Swedish and English
    ['Enligt Lindholms läkare är han sjukskriven.', 'Lindholms'],
    ['Hon träffade Lindqvist på kontoret.', 'Lindqvist'],
    ['Called Jenni twice this week. Will send a letter.', 'Jenni'],
    // where only a person fits, even for a lower-case common noun, place or list-only name
    ['lähetin rannalle tekstiviestin eilen.', 'rannalle'],
    ['soitin koivulle kahdesti.', 'koivulle'],
    ['nurmelle laitettu kutsu palaveriin.', 'nurmelle'],
    ['lähetin kutsun mäelle huomiseen.', 'mäelle'],
    ['niemen kanssa käytiin läpi budjetti.', 'niemen'],
    ['tapasin kiven eilen kirjastossa.', 'kiven'],
    ['Kutsuin Kosken palaveriin.', 'Kosken'],
    // what the thing rules leave a person: a name not in the case of the kind before it, an inflected name before a
    // spaced hyphen, a name compared to a relative
    ['Asiakas on kirjoilla Aleksandrina, mutta haluaa että häntä kutsutaan Sashaksi.', 'Aleksandrina'],
    ['Ohjaaja Honka on sairauslomalla, tilalla Saari. Saaren mukaan ohjeet puuttuvat.', 'Saari'],
    ['Kerroin Mary-Annille International House -palveluista.', 'Mary-Annille'],
    ['Hän on kuin isänsä Pekka.', 'Pekka'],
    // a woman or man of an age in brackets, a birth date after it, a surname before "historia"
    ['Ilta (nainen 30 v) on käynyt kuntouttavassa työtoiminnassa.', 'Ilta'],
    ['Lapset Emma s. 3.5.2015, Onni s. 20.11.2018 ja vauva.', 'Onni'],
    ['Virtasen historia on pitkä.', 'Virtasen'],
    // a refused name again, in a form morphology reads as another word, or as an ordinary word after a full name
    ['Satu, 45, pelaa nettikasinoa. Satun mies ei tiedä velkojen määrästä.', 'Satun'],
    ['Asiakas Ion Popescu, 34. Ionin mukaan kaikki on hyvin.', 'Ionin'],
    ['Sisko (Sanni Kettu, 26) kertoi. Ketun koulunkäynti jäi kesken.', 'Ketun'],
    ['rouva salon tytär soitti.', 'salon'],
    ['hussein kanssa sovittiin, mutta mohamedille varattu aika peruttiin.', 'mohamedille'],
    // listed together with a person
    ['järvelle, laaksoselle ja niemelle lähetetty muistutus.', 'järvelle'],
    ['sovittiin mervin ja kaijan kanssa uusi aika.', 'mervin'],
    // the same name again, once it was judged a person
    ['soitin mäelle aamulla. mäen mukaan vuokra on maksettu.', 'mäen'],
    ['tapasin harjun ja hänen äitinsä. harju kertoi muuttavansa.', 'harju'],
    // said to be someone's relative
    ['Ilma on asiakkaan tytär.', 'Ilma'],
    // after an abbreviated title, and a surname that is also a place completing a name
    ['as. pertti lampela kävi tänään.', 'pertti lampela'],
    ['tk-lääk. Honkanen kirjoitti lausunnon.', 'Honkanen'],
    ['hänen tätinsä (riitta koski) soitti. kosken mukaan asunto on kunnossa.', 'kosken'],
    // foreign names: listed ones in lower case where only a person fits, unlisted ones by a person's cue and said again
    ['soitin zainabille eilen.', 'zainabille'],
    ['zahra soitti aamulla ja kysyi ajasta.', 'zahra'],
    ['naapuri auttoi zahraa. zahran mukaan kaikki on hyvin.', 'zahran'],
    ['Nkechin äiti soitti. Nkechi aloittaa koulun maanantaina.', 'Nkechi'],
    // a genitive before a noun is a possessor, even where the word is also an adjective ("voiton": profitless)
    ['vilja on voiton tytär, molemmat ovat asiakkaita.', 'voiton'],
    // whose phone number or identity code follows, also after another number and a comma
    ['tk:n numero 03-621 4400, Kirsin suora 03 621 4417.', 'Kirsin'],
    ['Hodanin puhelin 041 330 2876, Abdirahmanin 045 119 0243.', 'Abdirahmanin'],
    ['Lapset: Kerttu 030310C9098, Lumi 090908E9913 ja Toivo.', 'Lumi'],
    // a relative by role in an English sentence; a baby's name said to be one
    ['Met her husband Rohit today, he was worried about the permit.', 'Rohit'],
    ['Hän sai vauvan, jonka nimi on Ilo, ja ilo on suuri.', 'Ilo'],
    // a relative listed beside a name that is also a noun is no thing ("Poika Otso ja tytär")
    ['Poika Otso ja tytär Aino muuttivat kotoa.', 'Otso'],
    // whose e-mail follows, not run into the address; after a title, not a place's clinic; telling in lower case;
    // who speaks in a chat; "born" after a name
    ['laitatko asiat mulle tai Paulille pauli.nurmi@example.fi', 'Paulille'],
    ['- Hoitava lääkäri Mäkinen psykiatrian poliklinikalta ehdottaa kuntoutustukea', 'Mäkinen'],
    ['usko kävi tänään. usko sanoo et ei jaksa.', 'usko'],
    ['[9.10] valo: tänään tapaamisessa oli mukana nuori.', 'valo'],
    [
      'Note from the worker: Kiros Tesfaye, born 3 April 1988 in Eritrea, arrived last year.',
      'Kiros Tesfaye',
    ],
    // in Swedish, the same names as persons
    ['Hon skickade ett brev till Anna förra veckan och Anna svarade.', 'Anna'],
    ['Sten berättade att han flyttar.', 'Sten'],
    ['We met at Anna’s place.', 'Anna'],
    // another name for a refused name, whatever else the word is
    ['moi, mul on tää jallu eli jarmo koskela, se sano et ei oo syöny.', 'jallu'],
    ['Pena alias Pentti Laine soitti.', 'Pena'],
    ['eli siis jallu (oikeesti jarno heikkilä) ei taaskaa tullu ohjaamoon.', 'jallu'],
    // a common first name of a work's characters, with a person's cue, is the person
    ['Asiakas Timo luki kirjapiirissä Seitsemän veljestä ja piti siitä.', 'Timo'],
    // in an English note typed in lower case, a word Finnish morphology reads only as a name
    ['quick note: kaisa (client kaisa pennanen) didn’t show up. i called her mom eija.', 'eija'],
    // after an English relative, a foreign name that looks like a slip in a Finnish word; plural relatives
    ['His wife Sushila and daughter Laxmi are in Kathmandu.', 'Sushila'],
    ['She has sons Valon and Dardan at school.', 'Valon'],
    // in English after a relative, whatever Finnish word it spells ("murat": crumbs); the first name of a full name
    ['Turkey. His brother Murat Yıldız works there.', 'Murat'],
    ['Adam came with his uncle because mom Ayşe works double shifts.', 'Ayşe'],
    [
      'Asiakas on kotoisin Eritreasta. Senait has a son, Filmon, 6. Hän tarvitsee päivähoitopaikan.',
      'Filmon',
    ],
    ['Recruited nurses Rowena Bautista and Jomar Santos came via an agency.', 'Jomar Santos'],
    // a surname made of nature words after a first name; a family by its plural genitive; a Swedish -s genitive
    ['Työpaikka löytyi Sanna Lehmuskallion kautta, ja Lehmuskallio soitti.', 'Sanna Lehmuskallion'],
    ['Oksana Kovalenko ja Halyna Kovalenko tulivat 2022. Kovalenkojen asema muuttuu.', 'Kovalenkojen'],
    [
      'Mamma Camilla är sjukskriven och hon har ont. Camillas läkare är doktor Forsman och hon är bra.',
      'Camillas',
    ],
    // after a relative, a foreign name whose guessed base form is a brand ("aljona" as if "Alkona")
    ['Tytär Aljona käy koulua Lahdessa.', 'Aljona'],
    // a full name's first name again, where morphology reads the two forms as different words (Kaari, Kaarina)
    ['Kaarina Lehtovaara on muuttanut. Kaarinan asumistukipäätös pitää päivittää.', 'Kaarinan'],
    // in English, a listed first name before any capitalised word is a full name
    ['The client met Amara Okafor at the Red Cross office.', 'Amara Okafor'],
  ])('blocks the name in "%s"', (text, name) => {
    expect(namesIn(text, 'block')).toContain(name);
  });

  it.each([
    ['Tuuli kääntyi, kun työpaikka löytyi.', 'Tuuli'],
    ['Meri rauhoittaa häntä.', 'Meri'],
    ['Onni ei tullut tapaamiseen.', 'Onni'],
    // a name that is also the ordinary word of its base form, opening a sentence with nothing said of a person
    ['Otto automaatilta 200 € heti kun päiväraha tulee.', 'Otto'],
    // a verb only a thing does
    ['Akseli katkesi asiakkaan autosta, ja korjaus maksaa paljon.', 'Akseli'],
    // two capitalised words no source knows, side by side in English: most often a foreign full name
    ['Thailand. Siriporn Chaiyasit came as a berry picker in 2021 and stayed.', 'Siriporn Chaiyasit'],
    [
      'Eritrea. Senait Tesfay Ghebremedhin, hetu 011095Y9274 (born 1.10.1995), arrived as a quota refugee.',
      'Senait Tesfay Ghebremedhin',
    ],
  ])('only warns about "%s", a word that may be a person', (text, name) => {
    expect(namesIn(text, 'block')).toEqual([]);
    expect(namesIn(text, 'warn')).toContain(name);
  });

  it.each([
    // a relation word or title, then just the next word
    'Asiakas pyysi, että häneen otetaan yhteyttä.',
    'Asiakas tuli paikan päälle ajoissa.',
    'Se on asiakkaan ainoa tukiverkosto.',
    'Hän nukkuu kavereiden sohvilla.',
    'Palautusosoitteena on asiakkaan sisko.',
    'Tulkki tuli ajoissa ja tapaaminen alkoi.',
    'Lääkäri Aavasta soitti tuloksista.',
    'Nimeä vähintään yksi yhteyshenkilö.',
    // everyday words before a verb that is not a person's
    'Onni ei ole ollut puolella tänä vuonna.',
    'Into palasi syksyllä.',
    'Usko palasi, kun työpaikka löytyi.',
    'Taito kannattaisi hyödyntää työkokeilussa.',
    'Kivi putosi hänen sydämeltään.',
    'Virta on katkaistu rästien vuoksi.',
    'Virran kanssa on ollut ongelmia.',
    'Koski kuohuu mökin vieressä.',
    'Mäki oli jyrkkä ja polvet kipeytyivät.',
    'Toivon mukaan tilanne paranee.',
    // rare list names that are ordinary words, adverbs before an age
    'Perhe asuu Kuopiossa.',
    'Noin 40-vuotias mies, työttömänä 3 v.',
    // places: inessives, border towns, towns that are also names
    'Hän käy töissä Pajalassa ja Haaparannalla.',
    'Perhe muutti Kostamuksesta Suomeen.',
    'Hän muutti Saloon viime vuonna.',
    'Lahti kertoi uusista palveluista.',
    'Asiakas käy Maunulan kirjastossa lukemassa.',
    'Jatkohoito Kallion psykiatrian poliklinikalla, aika ensi viikolla.',
    // a name day, an organisation named after two people, a noun beside a name after a comma
    'Lucian päivän kulkueessa tytär laulaa.',
    // a measure after "on" is no age; a title or relation no dictionary holds; a compound of ordinary words
    'Asunto on 24 m² yksiö, vuokra 615 € kuussa.',
    'Nuorin on puolitoistavuotias eikä ole vielä varhaiskasvatuksessa.',
    'Gastroenterologi on arvioinut, että osa-aikatyö sopii.',
    'Edelleenlähetetty viesti tuli aamulla.',
    // a verb after an abbreviated title, an adjective after a copula, an institution after a verb of studying
    'onneks as. tuli tänään, veli oli tuonu sen autolla.',
    'Reitti on mäkinen ja kivinen, osin metsäpolkua.',
    'Hän on opiskellut Ahlmanin ammattiopistossa puutarha-alaa.',
    // English: a country, a nationality, an English word capitalised once and said again in lower case
    'He lived for eleven years after leaving Syria.',
    'The German periods must be confirmed with a U1 form.',
    // the last two of three capitalised words name a place
    'She worked at the Santa Claus Village in Rovaniemi last winter.',
    // a wellbeing services county by its short name
    'Asiakas on Varhan aikuissosiaalityön asiakas ja käy Siun soten fysioterapiassa.',
    // Swedish: an everyday word opening its sentence, a course before a hyphen, a district after "i"
    'Sten på sten bygger hon upp sitt liv, skriver handledaren.',
    'Vi undrar om Tuva-utbildning vid Optima passar henne.',
    'Klienten bor i Tölö i Helsingfors och är 45 år.',
    // a pet or a horse after its animal's word; a queen after her title
    'Vi vet att hon tycker om hästen Stella på ridskolan.',
    'Asiakas ulkoiluttaa koira Helmiä joka aamu ja kertoo sen rauhoittavan.',
    'She admires Queen Elizabeth and watches royal documentaries.',
    // in English: a thing after its kind, a club after FC, a place or an organisation after "at", "Now" opening
    'She worked on the Tallink ferry Victoria I as a cleaner for 8 years.',
    'He wants to coach kids’ football at FC Honka. Could volunteering at Honka count?',
    'Now 26, she works as a care assistant.',
    // a listed organisation after a title and a comma; a dog after the word for its name
    'Mukana: TYM-koordinaattori, Varhan aikuissosiaalityö.',
    'sen koira nimeltä Helmi kuoli viikko sitten',
    // a word the lists know only as a surname, before a person's verb; the negative's verb after a title word
    'nuorin katsoo Pipsa Possua koko tapaamisen ajan',
    'Kuusi kuukautta on kulunut, eikä asiakas ole vieläkään saanut vastausta.',
    'nyssen kortti on äitin nimissä eikä äiti anna. pieni juttu mut estää kaiken.',
    // a character of a work the text names; a diagnosis after its physician; a day after "eli"
    'Tuntematon sotilas luettiin kirjapiirissä, ja mies tunnisti itsensä Rokasta ja Koskelasta.',
    'Seitsemän veljestä luettiin ääneen, ja Juhanin luonne puhutti.',
    'Terveys: Bakerin kysta polvessa, selkäkipu.',
    'Ruotsalaisuuden päivänä eli Kustaa Aadolfin päivänä asiakas osallistui.',
    // English words opening a Finnish note's heading or sentence; two capitalised English words
    'Needs: tulkki ja Kela-asiointi. Maybe näyttötutkinto?',
    'During Tet she visited family in Saigon and came back determined.',
    'She works at Aalto University with the Red Cross office.',
    // a country opening a line; clinical shorthand; a diagnosis after its physician; a public figure in lower case; an
    // English word beside another in a Finnish sentence
    'Ethiopia. Asiakas on koulutukseltaan sairaanhoitaja.',
    'Pt 58 v, Parkinsonin tauti dg 2021, levodopa käytössä.',
    'Basedowin tauti todettiin keväällä, lääkitys aloitettu.',
    'muumimuseossa opastetaan tove janssonista ja muumeista',
    'hänellä on ollut job interviews kaksi kertaa',
    // after an English relative, a listed service or a company's suffix
    'The client’s Kela decision granted basic social assistance for December.',
    // spoken Finnish numbers and forms; English words opening a sentence
    'ok eli sil on diagnoosina adhd ja yks kaveri lupas auttaa yhen kerran.',
    'From Monday on she works nights. Day shifts are full.',
    'Worked as a carpenter at Rakennus Mäkinen & Pojat Oy for 20 years.',
    // spoken pronouns and verbs, the tail of a number, a surname that is its own adjective before a noun
    'mun mielestä ei ihan vielä, mut se on ainut vaihtoehto.',
    'lyhyt kysymys: as. haluu lopettaa kuntouttavan kesken.',
    'Nuorisotalolta: 16-vuotias ei saanut opiskelupaikkaa.',
    'Savolainen vastaus on tämän asiakkaan tapa.',
    'Honka ja kuusi menevät sahalle.',
    'Tää on kolmas kerta syksyllä. Voisko tiimi miettiä, onko tämä TYM-asia?',
    'Speaks good English, basic Finnish.',
    'We think there is more going on with the client. Thanks!',
    'Ruokaa saa joka viikko Veikko ja Lahja Hurstin Laupeudentyön Apu ry:ltä.',
    // after a passive a genitive owns what follows; it is not the one met
    'Mukaan kutsutaan Kankaanpään työllisyyspalvelujen oma-asiantuntija.',
    'Asuu Porin Väinölässä, työkokeilupaikka olisi Pihlavassa.',
    // brands, companies and organisations
    'Lasku tuli Fortumilta ja Helenilta.',
    'Liittymä on Telialla ja kotivakuutus Fenniassa.',
    'Hänellä on velkaa Intrumille ja Lowellille.',
    'Hänen sopimuksensa on Lassila & Tikanojan kanssa.',
    'Hän asioi Barona-henkilöstöpalveluissa.',
    'Hän on töissä Heinon Tukulla.',
    'Hän on töissä Huhtamäellä ja aiemmin Ahlströmillä.',
    'Hän kävi Lindströmin haastattelussa.',
    'Hän kävi Terveystalossa ja Aavassa.',
    'Ulla-ryhmä kokoontuu torstaisin.',
    // unknown words that are organisations or typos
    'Keskustelin Vamian kanssa opiskelupaikasta.',
    'Asiakkan kanssa sovittiin uusi aika.',
    // upper case, Swedish, compounds on a lower-case head
    'KIRJEET EIVÄT OLE MENNEET PERILLE.',
    'Hans mamma var med på mötet.',
    'Asiakkaan s-posti ei toimi.',
    // a hyphenated compound whose head is a name-like word
    'Kukka-asetelmat jäivät maksamatta.',
    'Onni-pelit ovat hänen harrastuksensa.',
    // a common noun after a sending verb that is no name
    'lähetin hakemuksen kelalle ja soitin työkkärille.',
    'Aamu on asiakkaan mukaan päivän raskain hetki.',
    // a warning is not repeated as a block, and a place in an inner case stays the place
    'Rinteessä on jyrkkä nousu, ja rinne on jäinen.',
    // an adjective before its noun, a relative by role with an age, institutions, a brand owed money
    'Armas koti on hänelle tärkeä.',
    'Kuntoutunut hyvin, mutta mäki ja kivinen polku ovat vielä vaikeita.',
    'Reitti on mäkinen ja kivinen. Kivinen ja mäkinen reitti ei ole asiakkaalle turvallinen.',
    // a Swedish sentence read as Swedish by "bor i": the town after "i" is the place
    'Klienten bor i Loviisa och talar främst svenska.',
    // an adverb between a place verb and its place
    'Asiakas asuu edelleen Malmilla ja etsii töitä.',
    // a thing's name said to be one
    'Hän oli töissä pesulassa, jonka nimi oli osuvasti Lumikki.',
    // ships after their kind or prefix, a room, an office past an adjective, places listed, works and festivals
    'Asiakas teki töitä jäänmurtajilla Otso ja Urho sekä rahtilaivoilla.',
    'Hon har arbetat på Viking Line (m/s Gabriella och m/s Amorella) i tio år.',
    'Palaveri 2. krs neuvotteluhuone Kuikka, paikalla ttt-asiantuntija.',
    'Hän on toivonut tapaamisia Kallion pienemmässä toimipisteessä.',
    'Kangasniemen, Rajamäen ja Lehtimäen välillä asiakas on liikkunut työn perässä.',
    'Asiakas on katsonut Kuolleet lehdet sekä Hytti nro 6 -elokuvan.',
    'Mellan midsommar och Kristi himmelsfärdsdag har klienten inte deltagit.',
    'Asiakas on tehnyt töitä Weekend Festivalilla ja John Smith Rock Festivalilla.',
    'As Oy Koivula remontoi putket ensi vuonna.',
    // sports clubs listed, characters, a spoken pronoun beside a name
    'Asiakas on innokas jääkiekon seuraaja: Tappara, Ilves ja Kärpät ovat hänelle tuttuja.',
    'Roope Ankka ja Hannu Hanhi ovat hauskimmat hahmot, ja lapsi rakastaa Tatua ja Patua.',
    'Poika on 9-vuotias ja käy koulua.',
    'Hän on Auroran sairaalan päihdepoliklinikan asiakas.',
    'velat: Elisa 310 €, Telia 95 €, DNA 40 €.',
    'Son (15) helps with the letters.',
    'Äidin suomen kieli on alkeistasolla.',
  ])('does not refuse "%s"', (text) => {
    expect(scanText(text, analyse).filter((f) => f.kind === 'name' && f.severity === 'block')).toEqual([]);
  });

  it.each([
    // a message's frame: header fields, a greeting, a date's abbreviations
    'From: Social work, Eastern district\nSubject: FW: Client consultation\nDate: Tue 24 Nov 2026, 14:32\n\nHi team, the client is unemployed since 2024.',
    'Från: Socialarbete, västra området\nÄmne: VB: Konsultation\n\nHej,\nklienten är en 38-årig kvinna.',
    'He wants to become a game tester. Are there any work trials for him?',
    // an English institution and article, a question's verb, shorthand
    'She was treated at Meilahti and later at the Aurora hospital. She watches The Simpsons and Friends reruns.',
    'Korvaako Kela kuntoutuksen matkat?',
    'tulot tmt 781,20€ + asumistuki 302€, menot vuokra 705€',
    // banks and lenders, spoken words for an ex-partner and for wanting
    'Velkoja mm. Svea Perintä, Lowell, Ropo Capital, Bank Norwegian. Resurs Bankin luottokortti ulosotossa.',
    'exä uhkailee whatsappissa. lapsen tapaamiset exän kanssa. halus tietää kannattaako osa-aikatyö.',
    // the tail of a hyphenated compound, in two cases, is no foreign name declined
    'Alueella 42 % yli 55-vuotiaita. Onko kokemusta palvelusta yli 55-vuotiaille, ja kannattaisiko sitä kokeilla?',
    // diseases named after a physician, spoken participles
    'Ménièren tauti ja Korsakovin oireyhtymä on todettu, lisäksi Dupuytrenin kontraktuura.',
    'toimeentulotuki hylätty koska tilillä ollu rahaa. työnhaku voimassa, ollu 3v työttömänä.',
  ])('asks nothing about a name in "%s"', (text) => {
    expect(scanText(text, analyse).filter((f) => f.kind === 'name')).toEqual([]);
  });

  it('reads a noun before a name after a comma as its role, not as a name listed with it', () => {
    expect(namesIn('Vietnamista tullut kokki, Nguyen kertoi työhistoriastaan.', 'block')).toEqual(['Nguyen']);
  });

  it('repeats a name in its other forms but not in an inner local case, where it is the place', () => {
    const text = 'tapasin rinteen eilen. Rinteessä oleva talo on vaikeakulkuinen, rinne kertoi.';
    expect(namesIn(text, 'block')).toEqual(['rinteen', 'rinne']);
  });
});
