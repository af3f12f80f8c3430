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
  aleksis kivi, minna canth, mikael agricola, eino leino, elias lönnrot, johan ludvig runeberg,
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
  pelle hermanni, late lammas, kössi kenguru, nalle puh, eppu normaali, heikki kokko
`);

/**
 * Surnames that name one historical figure to any Finnish reader and are hardly borne today, and artists known by
 * one name.
 */
export const PUBLIC_SURNAMES = list(`
  sibelius, runeberg, mannerheim, topelius, snellman, agricola, lönnrot, canth, svinhufvud, ståhlberg, paasikivi,
  gallen-kallela, edelfelt, schjerfbeck, kaurismäki, waltari, södergran, goodman, lordi, käärijä, ellinoora,
  elastinen, cheek, nightwish
`);

/** Public offices and callings: the name after one is a public figure's. */
export const PUBLIC_TITLES = list(`
  presidentti, pääministeri, ministeri, kansanedustaja, profeetta, marsalkka, kuningas, kuningatar, paavi,
  kirjailija, runoilija, säveltäjä, kuvataiteilija, arkkitehti, kapellimestari
`);

/**
 * What is named after a person: "Aleksis Kiven päivä", "Paavo Nurmen patsas", "Minna Canthin katu", "Orpon
 * hallitus", "Kekkosen ihailija", "Antti Tuiskun stadionkeikka", "Sibelius-monumentti". Not "koulu" or "aika",
 * which a client has too ("Serhiin koulu", "Pekan aika").
 */
export const NAMED_AFTER =
  /(?:patsas|muistomerkki|monumentti|katu|tie|puisto|aukio|tori|museo|instituutti|palkinto|hallitus|ihailija|keikka|konsertti|kiertue|vaalit|vaalitilaisuus|liputuspäivä|juhlavuosi|säätiö|laupeudentyö)$/u;
/** A day named after a person, read so only after a surname or a full name: "Runebergin päivä", "Eino Leinon päivänä". */
export const NAMED_DAY = /^päivä$/u;

/** A place's kind after its name: "Ho Chi Minh -kaupungissa", "Pieksämäen -seudulla". */
export const PLACE_KIND_AFTER =
  /^ -(?:kaupun|kyl[äi]|kunna|kunta|seud|saare|saari|joe|joki|järv|vuor|maakun|provinssi|lääni|lahde|lahti)/u;
