/**
 * Public figures workers mention in passing ("Aleksis Kiven päivänä", "Kimi Räikkönen kiinnostaa", "Orpon
 * hallitus"): a client's idol, a flag day, a statue where someone sleeps rough. Their names identify no client.
 * Read three ways: a full name of a well-known Finn (first name and surname together), a surname that belongs to
 * one historical figure only, and any name before what is named after a person (a day, a statue, a street, a
 * government) or after a public office ("presidentti", "profeetta").
 * Lower case, base forms. A common surname alone (Kekkonen, Halonen, Nurmi) is never read as the figure.
 */
const list = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s*\n\s*|\s*,\s*/u));

/** First name and surname, in their base forms; also characters and bands named like a person. */
export const PUBLIC_FULL_NAMES = list(`
  ho chi minh, pancho villa, aleksis kivi, minna canth, mikael agricola, eino leino, elias lönnrot, johan ludvig runeberg,
  johan vilhelm snellman, zacharias topelius, jean sibelius, carl gustaf mannerheim, gustaf mannerheim,
  akseli gallen-kallela, albert edelfelt, helene schjerfbeck, hugo simberg, alvar aalto, eero saarinen,
  eliel saarinen, tove jansson, väinö linna, mika waltari, frans eemil sillanpää, juhani aho,
  uuno kailas, edith södergran, eeva kilpi, tommi kinnunen, sofi oksanen, kari hotakainen, arto paasilinna,
  aki kaurismäki, mika kaurismäki, renny harlin, jari tervo, martti ahtisaari, tarja halonen, sauli niinistö,
  alexander stubb, urho kekkonen, mauno koivisto, juho kusti paasikivi, kaarlo juho ståhlberg,
  pehr evind svinhufvud, risto ryti, sanna marin, petteri orpo, juha sipilä, antti rinne,
  jyrki katainen, matti vanhanen, paavo lipponen, esko aho, harri holkeri, riikka purra, li andersson,
  annika saarikko, jussi halla-aho, timo soini, paavo väyrynen, paavo nurmi, hannes kolehmainen, lasse virén,
  kimi räikkönen, mika häkkinen, valtteri bottas, kalle rovanperä, teemu selänne, saku koivu, mikko koivu,
  jari kurri, teemu pukki, jari litmanen, sami hyypiä, lauri markkanen, kaisa mäkäräinen, iivo niskanen,
  kerttu niskanen, krista pärmäkoski, tero pitkämäki, kiira korpi, janne ahonen, matti nykänen,
  kaarlo maaninka, jukka jalonen, patrik laine, sebastian aho, mikael granlund, tuukka rask, kaapo kakko,
  antti tuisku, jari sillanpää, kaija koo, irwin goodman, juice leskinen, tapio rautavaara, olavi virta,
  georg malmstén, jean ramsay, arttu wiskari, ellinoora, jenni vartiainen, vesa-matti loiri, spede pasanen,
  pertti pasanen, ismo leikola, pave maijanen, elastinen, paula koivuniemi, katri helena, kirka babitzin,
  anssi kela, robin packalen, isac elliot, kalevi keihänen, jope ruonansuu, esa-pekka salonen,
  karita mattila, niilo mäki, veikko hursti, lahja hursti, linus torvalds, sigrid jusélius, alfred kordelin,
  niilo helander, armi ratia, maija isola, kaj franck, tapio wirkkala, timo sarpaneva, havis amanda,
  aku ankka, roope ankka, mikki hiiri, hessu hopo, pekka töpöhäntä, pipsa possu, risto räppääjä, uuno turhapuro,
  pelle hermanni, late lammas, kössi kenguru, nalle puh, eppu normaali, heikki kokko,
  greta thunberg, elon musk, pietari brahe, antti wihuri, jenny wihuri, pertti kurikka, lotta svärd, santa claus,
  peppi pitkätossu, risto reipas, petteri punakuono, pekka puupää, robinson crusoe, sherlock holmes,
  harry potter, muumipappa, muumimamma, pikku myy, peter pan, robin hood, maija poppanen, jaska jokunen,
  arvo ylppö, kustaa aadolf, super mario, alan wake, max payne, pate mustajärvi, kulta katriina, mr green,
  romano mission, kapteeni kalsari, florence nightingale, muhammad yunus, juan valdez, nelson mandela,
  martin luther king, mahatma gandhi, papa wemba, tove jansson, reijo mäki, johanna holmström, kustaa vaasa,
  jussi vares, ted lasso, papa smurf, hello kitty, donald trump, joe biden, barack obama, vladimir putin
`);

/**
 * Surnames that name one historical figure to any Finnish reader and are hardly borne today, and artists known by
 * one name.
 */
export const PUBLIC_SURNAMES = list(`
  sibelius, runeberg, mannerheim, topelius, snellman, agricola, lönnrot, canth, svinhufvud, ståhlberg, paasikivi,
  gallen-kallela, edelfelt, schjerfbeck, kaurismäki, waltari, södergran, goodman, lordi, käärijä, ellinoora,
  elastinen, cheek, nightwish, simberg, brahe, thunberg, wihuri, kordelin, jusélius,
  väinämöinen, joukahainen, kullervo, sinuhe, mikael karvajalka,
  newton, pythagoras, arkhimedes, einstein, darwin, freud, marx, lenin, stalin, napoleon, shakespeare, goethe,
  mozart, beethoven, picasso, kafka, sisyfos, akilles, odysseus, herakles, herkules, prometheus,
  menière, meniere, bechterew, crohn, parkinson, alzheimer, asperger, huntington, hodgkin, addison, cushing,
  hashimoto, raynaud, tourette, korsakoff, wernicke, sjögren, down, braille, ihaa, nasse, tiikeri, gilbert, beck,
  lalli, damokles, karvinen, sorjonen, tetris, tolkien
`);

/** Public offices and callings: the name after one is a public figure's. */
export const PUBLIC_TITLES = list(`
  presidentti, pääministeri, ministeri, kansanedustaja, profeetta, marsalkka, kuningas, kuningatar, paavi,
  kirjailija, runoilija, säveltäjä, kuvataiteilija, arkkitehti, kapellimestari, kreivi, kenraali, keisari, tsaari,
  piispa, ruhtinas, herttua, apostoli, pyhä, prinssi, prinsessa,
  queen, king, prince, princess, president, pope, saint, kung, drottning, prins, prinsessan, påven
`);

/**
 * Sayings, characters and works that carry a name no client bears here (matched in any letter case): "Matti
 * kukkarossa", "Jaakko heittää kylmän kiven", "Tuomas tuo joulun", "epäilevä Tuomas", "Jobin posti", "Daavid ja
 * Goljat", "Murphyn laki", "Akilleen kantapää", "every Tom, Dick and Harry", "sten för sten"; a character after the
 * work or author it belongs to ("Kalevalan Kullervo", "Waltarin Sinuhe", "Rokka Tuntemattomasta sotilaasta",
 * "Frozenin Elsa", "Pohjolan emäntä Louhi"); a ruler's regnal number ("Aleksanteri II:n patsas"); holidays, ferries,
 * a chain named like people ("Kristi himmelsfärdsdag", "Viking Gracella", "Clas Ohlson").
 */
export const PUBLIC_PHRASES = new RegExp(
  [
    String.raw`matti kukkaro\p{L}*`,
    // titles of works that hold a first name: "Taru sormusten herrasta"
    String.raw`taru sormusten herra\p{L}*`,
    // sayings with a word that is also a first name
    String.raw`onni potkai\p{L}*`,
    String.raw`salomonin tuomio\p{L}*`,
    String.raw`onni onnettomuude\p{L}*`,
    String.raw`onnea (?:hänelle|sinulle|teille|matkaan|kovasti|uuteen)`,
    String.raw`valoa tunnelin pää\p{L}*`,
    String.raw`jaakk?o\p{L}* heit(?:tää|ti|tänyt)`,
    String.raw`tuomas tuo joulun`,
    String.raw`epäilev\p{L}* tuoma\p{L}*`,
    String.raw`jobin posti\p{L}*`,
    String.raw`daavid\p{L}* ja goljat\p{L}*`,
    String.raw`murphyn laki\p{L}*`,
    String.raw`akilleen kantapää\p{L}*`,
    String.raw`newtonin la\p{L}*`,
    String.raw`pythagoraan lau\p{L}*`,
    String.raw`hukka peri\p{L}*`,
    String.raw`tom, dick and harry`,
    String.raw`sten för sten`,
    String.raw`st\.? patrick\p{L}*`,
    String.raw`tatu\p{L}* ja patu\p{L}*`,
    String.raw`(?:aku|roope|iines|hannu|mikki|hessu|pelle|minni) (?:ankka|hanhi|hiiri|hopo|peloton)\p{L}*`,
    String.raw`väinämöi\p{L}*|joukahai\p{L}*`,
    String.raw`hannu\p{L}* ja kert\p{L}*`,
    String.raw`jenny ja antti wihuri\p{L}*`,
    String.raw`jukolan viesti\p{L}*`,
    String.raw`venlojen viesti\p{L}*`,
    String.raw`(?:kalevalan|raamatun|waltarin|frozenin|gallen-kallelan|muumien|pohjolan emäntä|tuntemattoman sotilaan|vaahteramäen|jukolan|kalliolan) \p{L}+`,
    String.raw`ellun kan\p{L}*`,
    String.raw`damokleen miek\p{L}*`,
    String.raw`ruususen un\p{L}*`,
    String.raw`pietarin periaat\p{L}*`,
    String.raw`heikki lun\p{L}*`,
    String.raw`koivun veljek\p{L}*`,
    String.raw`viivi ja wagner\p{L}*`,
    String.raw`onneli\p{L}* ja anneli\p{L}*`,
    String.raw`herra hakkarai\p{L}*`,
    String.raw`pandoran lip\p{L}*`,
    String.raw`catch-22`,
    String.raw`cooper\p{L}*(?= (?:testi|\d))`,
    String.raw`don quijote\p{L}*`,
    String.raw`christmas eve`,
    String.raw`boxing day`,
    String.raw`new year['’]s eve`,
    String.raw`bob['’]s your uncle`,
    String.raw`st\.? patrick['’]s day`,
    String.raw`kristi himmelsfärd\p{L}*`,
    String.raw`kristuksen taivaaseenastumi\p{L}*`,
    String.raw`roope-set\p{L}*`,
    String.raw`ronja ryövärintyt\p{L}*`,
    String.raw`risto räppääj\p{L}*`,
    String.raw`clas ohlson\p{L}*`,
    String.raw`(?:viking|silja|tallink|eckerö) (?:line|grace|gabriella|amorella|cinderella|glory|xprs|serenade|symphony|europa|silja|megastar|finlandia)\p{L}*`,
  ].join('|'),
  'giu',
);
/**
 * A festival named like a person: "John Smith Rock Festivalilla", "Weekend Festivalille". Apart from the phrases above:
 * starting at any word, it is tried only where the text says "festival".
 */
export const FESTIVAL_NAME = /(?<![\p{L}])(?:\p{L}+ ){1,2}(?:(?:rock|jazz|blues|folk) )?festival\p{L}*/giu;

/** The work a character comes from, after the character's name: "Rokka Tuntemattomasta sotilaasta", "Ihaa Nalle Puhista". */
export const WORK_AFTER_CHARACTER =
  /^ (?:tuntemattomasta sotilaasta|nalle puhista|kalevalasta|raamatusta|muumeista)/iu;
/**
 * "Aleksanteri II:n patsas", "Kaarle XII": a name before a regnal number (case-sensitive Roman numerals; a lone "V"
 * or "X" may be an initial: "Matti V.").
 */
export const REGNAL_NUMBER = /^ (?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)(?=[\s:.,]|$)/u;

/**
 * What is named after a person: "Aleksis Kiven päivä", "Paavo Nurmen patsas", "Minna Canthin katu", "Orpon
 * hallitus", "Kekkosen ihailija", "Antti Tuiskun stadionkeikka", "Sibelius-monumentti". Not "koulu" or "aika",
 * which a client has too ("Serhiin koulu", "Pekan aika").
 */
export const NAMED_AFTER =
  /(?:patsas|muistomerkki|monumentti|katu|tie|puisto|aukio|tori|museo|instituutti|palkinto|hallitus|ihailija|keikka|konsertti|kiertue|vaalit|vaalitilaisuus|liputuspäivä|juhlavuosi|säätiö|laupeudentyö|markkinat?|uudenvuodenpuhe|rahasto|oireyhtymä|syndrooma|kysta|ilmiö|efekti|periaate|menetelmä|asteikko|refleksi|kriteerit)$/u;
/** A day named after a person, read so only after a surname or a full name: "Runebergin päivä", "Eino Leinon päivänä". */
export const NAMED_DAY = /^päivä$/u;

/** A place's kind after its name: "Ho Chi Minh -kaupungissa", "Pieksämäen -seudulla". */
export const PLACE_KIND_AFTER =
  /^ -(?:kaupun|kyl[äi]|kunna|kunta|seud|saare|saari|joe|joki|järv|vuor|maakun|provinssi|lääni|lahde|lahti)/u;

/**
 * Characters of the works workers name, read as characters only where the text names the work too ("Tuntematon
 * sotilas luettiin … tunnisti itsensä Rokasta"): the work, matched in any letter case, and its characters' base forms.
 */
export const CHARACTERS_OF_WORKS: ReadonlyArray<readonly [RegExp, ReadonlySet<string>]> = [
  [
    /tuntemat(?:on|tom)\p{L}* sotila/iu,
    list(`rokka, koskela, hietanen, lahtinen, vanhala, lammio, kariluoto, rahikainen, määttä, riitaoja, mäkilä,
      hietane, rokan, koskelan`),
  ],
  [/seitsemä\p{L}* velje/iu, list(`juhani, tuomas, aapo, simeoni, timo, lauri, eero, venla`)],
  [
    /kalevala|kanteletar/iu,
    list(`väinämöinen, ilmarinen, lemminkäinen, louhi, aino, kullervo, joukahainen, tapio, tuulikki, mielikki,
      marjatta, sampo, ukko, untamo, kalervo, kyllikki, antero vipunen, vipunen`),
  ],
  [
    /raamat|bible|bibel|evankeli/iu,
    list(`salomo, salomon, daavid, goljat, mooses, aabraham, jeesus, maria, joosef, nooa, eeva, aatami, job,
      pietari, paavali, jooseppi, juudas, simson, jaakob, iisak`),
  ],
  [
    /muumi|moomin|mumin/iu,
    list(`muumipeikko, niiskuneiti, myy, nuuskamuikkunen, hemuli, mörkö, muumimamma, muumipappa, vilijonkka,
      tuutikki, haisuli, pikku myy, nipsu, tiuhti, viuhti`),
  ],
  [
    /aku ankk|kalle ank|donald duck|ankkalinn/iu,
    list(`aku, iines, roope, mikki, hessu, tupu, hupu, lupu, kalle, pelle`),
  ],
  [/frozen|lumikuningatar/iu, list(`elsa, anna, olaf, kristoff, hans`)],
  [/harry potter|tylypah|hogwarts/iu, list(`harry, hermione, ron, dumbledore, hagrid, voldemort`)],
  [/peppi pitkätossu|pippi långstrump|pippi longstocking/iu, list(`peppi, pippi, tommi, annika`)],
  [
    /sormusten herra|lord of the rings|hobit|hobbit|tolkien/iu,
    list(
      `frodo, sam, samvais, gandalf, aragorn, bilbo, gollum, klonkku, legolas, gimli, sauron, boromir, pippin, merri`,
    ),
  ],
];
