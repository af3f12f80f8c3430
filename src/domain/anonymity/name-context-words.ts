/**
 * Words around a name-like word that tell a person from a place, an organisation or an ordinary
 * word. Lower case, base form (as Voikko returns it); in list mode, where no base form is known,
 * the `*_FORMS` patterns read the inflected word itself.
 */
const list = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** Family and other relations: "hänen poikansa Into", "asiakkaan vaimo Aino". */
export const RELATION_WORDS = list(`
  poika tytär vaimo mies aviomies puoliso avopuoliso aviopuoliso kumppani äiti isä veli sisko sisar
  velipuoli sisarpuoli lapsi isoäiti isoisä mummo mummi pappa ukki vaari täti setä eno serkku
  naapuri kaveri ystävä tyttöystävä poikaystävä miesystävä naisystävä exä ex-puoliso ex-vaimo
  ex-mies työkaveri kämppäkaveri kämppis omainen huoltaja vanhempi lapsenlapsi appi anoppi vävy
  miniä käly lanko kummi sukulainen tuttava asiakas nimeltä nimeltään nimi etunimi sukunimi
  lempinimi kutsumanimi esikoinen kuopus nuorin vanhin keskimmäinen
  avokki faija mutsi isäpuoli äitipuoli tyttis poikis eksä broidi mummu terkkari lekuri psyka ukko akka
  muija äijä mamma mami äiskä iskä isi
  mor bror syster son dotter sambo make maka fru mormor morfar farmor farfar pojkvän flickvän
`);
export const RELATION_FORMS =
  /^(?:poika|poja|tytär|tyttär|vaimo|miehe|mies|puoliso|avopuoliso|äiti|isä|veli|velje|sisko|sisar|lapse|lapsi|mummo|mummi|pappa|täti|setä|sedä|eno|serkku|naapuri|kaveri|ystävä|nimeltä)/u;

/** Job titles and forms of address: "sosiaaliohjaaja Hanna Mäkelä", "terveydenhoitaja Leinonen". */
export const TITLE_ENDINGS =
  'emäntä|isäntä|ohjaaja|hoitaja|lääkäri|neuvoja|valmentaja|opettaja|terapeutti|kuraattori|psykologi|asiantuntija|virkailija|koordinaattori|sihteeri|päällikkö|johtaja|työntekijä|avustaja|mentori|rehtori|pastori|diakoni|diakonissa|kätilö|juristi|lakimies|edunvalvoja|tulkki|esihenkilö|esimies|konsultti|kouluttaja|poliisi|konstaapeli|komisario|tarkastaja|käsittelijä|sosionomi|isännöitsijä|vuokranantaja|yhteyshenkilö|tukihenkilö|rouva|herra|neiti|tohtori|logi|iatri|kirurgi';
export const TITLE_BASE = new RegExp(`(?:${TITLE_ENDINGS})$`, 'u');
export const TITLE_FORMS = new RegExp(
  `(?:${TITLE_ENDINGS})(?:n|lle|ltä|lla|llä|a|ä|na|nä|ksi|mme|nsa|nsä|ni|si|t)?$|^(?:tri|dr|mr|mrs|ms)$`,
  'u',
);

/** Verbs after which a place name is where someone lives or goes: "muutti Kaarinaan", "asuu Raumalla". */
export const PLACE_VERBS = list(`
  asua muuttaa syntyä matkustaa lähteä palata käydä sijaita mennä ajaa tulla siirtyä majoittua
  kotiutua paeta saapua työskennellä opiskella keskeyttää keskeytyä valmistua harjoitella
`);
export const PLACE_FORMS =
  /^(?:asu|muutt|muutti|synty|matkust|lähti|lähte|palas|palaa|sijai|kotoisin|paikkakun|kunnas|kaupungis|töissä$|työssä$)/u;

/** Nouns that make the word before them an organisation or a brand: "Elisan liittymä", "Mannerheimin Lastensuojeluliitto". */
export const ORGANISATION_ENDINGS =
  /(?:liitto|yhdistys|säätiö|seura|keskus|opisto|koulu|sairaala|klinikka|hoivakoti|hoitokoti|palvelukoti|kuntoutuskoti|kirjasto|yhtiö|konserni|kauppa|myymälä|tavaratalo|liittymä|lasku|asiakaspalvelu|sovellus|tuote|merkki|tehdas|ravintola|kahvila|apteekki|pankki|bank|capital|vakuutus|osuuskunta|palvelut?|talo|rahasto|kassa|ketju|tukku|energia|sähkö|kuljetus|liikenne|auto|yhtymä|group|haastattelu|rekrytointi|työmaa|varasto|toimipiste|konttori|ryhmä|kerho|klubi|asema|halli|kirkko|kaupunki|kunta|puisto|kenttä|sopimus|pesula|media)$/u;
export const COMPANY_SUFFIXES = list(`oy oyj ab ky ry ay tmi ltd inc`);
/** Where someone works or trains: "töissä Fazerilla", "harjoittelussa Stockmannilla". */
export const WORKPLACE_FORMS =
  /^(?:töissä|töihin|työskentelee|työskenteli|harjoittelu|työharjoittelu|kesätyö|työpaika|työkokeilu|rekrytoi|haki|hakenut|työhaastattelu)/u;

/** Finite verbs that say little about a person: "Toivo on vähissä", "Tarmoa riittää". */
export const IMPERSONAL_VERBS = list(`
  olla riittää puuttua päättyä loppua jatkua kestää näkyä tuntua kasvaa sataa tuulla paistaa sattua
  tapahtua ilmetä löytyä kuulua auttaa maksaa
  katketa rikkoutua hajota haljeta sulaa jäätyä ruostua homehtua tukkeutua syttyä sammua kallistua halventua
  erääntyä umpeutua raueta vanhentua kuivua
`);
/** 3rd-person-singular verbs of telling and doing, for list mode where no morphology is known. */
export const PERSON_VERB_FORMS =
  /^(?:kertoi|kertoo|soitti|soittaa|perui|peruu|perunut|peruutti|aloitti|aloittaa|ilmoitti|ilmoittaa|sanoi|sanoo|tuli|tulee|kävi|käy|asuu|asui|muutti|haluaa|halusi|toivoo|toivoi|pyysi|pyytää|lähti|lähtee|jäi|sai|saa|osallistui|osallistuu|täyttää|täytti|opiskelee|opiskeli|työskentelee|hakee|haki|valmistui|ei)$/u;
/** What may follow "on/oli" when a person is described: an age, a status. */
export const PERSON_PREDICATE =
  /^\s+(?:(?:nyt|jo|vielä|ollut|edelleen)\s+)*(?:\d|[\p{L}-]*vuotia|työtön|työttömänä|kotona|sairaslomalla|sairauslomalla|eläkkeellä|raskaana|opiskelija|yksinhuoltaja|asiakas|paikalla|mukana|poissa|töissä|lomalla|kuntoutuksessa|sairaalassa)/u;
/** An age right after a name: "Toivo (61)", "Satu, 34 v", "Onni 7-vuotias". */
export const AGE_AFTER =
  /^(?:\s*,\s*|\s+|\s*\(\s*)(?:\d{1,3}(?:\s*v\b|\s*v\.|-?\s*vuotia|\s+vuotta|\s*\)|\s*,)|(?:s\.|synt\.|syntynyt|born|född|f\.)\s*\d)/u;
/** Conjunctions after which a new clause (and perhaps its subject) starts. */
export const CLAUSE_OPENERS = list(`että kun koska jos mutta sillä vaikka kunnes joten eli`);
