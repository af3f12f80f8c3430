/**
 * Brands and companies that workers write in case text, by class, so that a name-like one is not
 * taken for a person: many are surnames in the DVV lists (Stockmann, Fazer, Ahlström, Huhtamäki)
 * or read as places (Nokia). Lower case, base form (inflected forms are found through
 * `lemmaCandidates` and morphology); a brand made of two words is listed by both.
 */
const list = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

export const BRANDS = new Set([
  // telecom operators and their brands
  ...list(`telia dna moi saunalahti sonera globetel lycamobile`),
  // grocery and retail chains, their own brands, wholesalers
  ...list(`
    kesko k-citymarket citymarket k-supermarket k-market k-rauta rautakesko prisma s-market sale
    alepa siwa lidl tokmanni minimani halpa-halli halpahalli puuilo rusta motonet biltema jysk ikea
    gigantti verkkokauppa clas ohlson kodin terra sotka asko isku stadium intersport xxl hemtex
    lindex sokos s-ryhmä hok-elanto rainbow eldorado x-tra kespro metro-tukku ruokakesko
  `),
  // banks, lenders and debt collectors
  ...list(`
    nordea op osuuspankki op-pankki danske aktia handelsbanken s-pankki pop-pankki säästöpankki
    ålandsbanken resurs klarna svea ferratum holvi nordnet santander bigbank avida instabank
    komplett euroloan lowell intrum ropo alektum sergel bank norwegian unibet paf
  `),
  // insurers
  ...list(`fennia turva pohjola lähitapiola tapiola if`),
  // energy companies and grid operators
  ...list(`fortum vattenfall oomi väre caruna elenia lumme`),
  // staffing agencies
  ...list(`barona adecco staffpoint manpower eilakaisla opteam`),
  // employers named after their founders, food and industry
  ...list(`
    stockmann fazer paulig hartwall valio atria snellman saarioinen marimekko fiskars neste
    ahlström huhtamäki wärtsilä serlachius rettig hackman rapala finlayson sinebrychoff olvi
    kemira upm orion vaisala ponsse ruukki tamro caverion yit skanska peab lujatalo sodexo
    amica palmia coor kone patria orkla arla unilever reima lumene berner stora enso metsä
  `),
  // food and transport services
  ...list(`finnair vr hsl nysse föli matkahuolto onnibus hesburger kotipizza wolt foodora hakaniemen`),
  // private health care
  ...list(`terveystalo mehiläinen pihlajalinna attendo esperi coronaria diacor doctagon`),
  // landlords
  ...list(`sato kojamo lumo avara heka`),
  // ferries, streaming and apps, libraries' services, cleaning and facility services, vehicles
  ...list(`viking line silja tallink eckerö finnlines netflix spotify hbo maisa helmet iss sol sisu-auto`),
  // international companies, payment apps and web shops that workers name
  ...list(`
    ericsson disney wise revolut paypal mobilepay amazon zalando temu shein aliexpress apple samsung huawei
    xiaomi viaplay
  `),
  // publishers, media, drinks
  ...list(`otava gummerus wsoy sanoma yle mtv koskenkorva finlandia jaloviina jallu gambina kossu`),
  // sports clubs: ice hockey's Liiga and football's Veikkausliiga ("Tappara, Ilves ja Kärpät")
  ...list(`
    tappara kärpät hifk jokerit tps lukko ässät pelicans jyp kalpa saipa hpk kookoo jukurit hjk kups vps sjk
  `),
]);

/**
 * Brands that are also first names or surnames: a person unless the words around make them the
 * company ("Elisan liittymä", "Pirkka-tuotteet", "töissä Elisalla", "lasku tuli Helenilta").
 */
export const NAME_LIKE_BRANDS = list(`
  elisa pirkka saga emma linda mira helen aava lindström lassila tikanoja hartela lemminkäinen pöyry sisu max
  alma tammi sampo ilves sport meyer valteri
`);
