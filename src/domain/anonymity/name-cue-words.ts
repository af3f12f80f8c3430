/**
 * Words after (or before) a name-like word in some case that make it a person: whose family or
 * statement it is, with whom something was agreed, to whom something was sent, from whom a message
 * came, whom a worker met. Base forms as Voikko returns them.
 */
const list = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** After a genitive, an opinion or a request: "Tuulin mukaan", "Joukon mielestä" (not the idiom "Toivon mukaan"). */
export const OPINION_POSTPOSITIONS = list(`
  mukaan mielestä puolesta pyynnöstä toiveesta kertoman kertomana kertomaa
`);
/**
 * After a genitive, what only a mind has, whatever else the word could be: "aallon mielestä", "kiven kertoman
 * mukaan" ("mukaan" alone is also "lain mukaan", "toivon mukaan").
 */
export const MIND_POSTPOSITIONS = list(`mielestä kertoman kertomana kertomaa pyynnöstä toiveesta`);
/** Family after a genitive, whatever else the word could be: "voiton tytär", "joen tyttö (9v)", "mäen vaimo". */
export const FAMILY_NOUNS = list(`
  äiti isä vaimo mies puoliso avopuoliso poika tytär tyttö lapsi lapset veli sisko sisar vanhemmat
  isoäiti isoisä mummo ukki täti setä eno serkku miniä vävy anoppi appi
`);
/** After a genitive, company or a home: "Joukon kanssa", "Mäen kanssa sovittiin", "Riikan luona". */
export const COMPANY_POSTPOSITIONS = list(`kanssa kanssaan luona luokse luota`);

/**
 * What only a person has: "Virran B-lausunto", "Revon vuokranantaja", "Hamidin perhe", "Joukon äiti", "Phromman
 * oleskelulupa", "Kuusen ehdotus", "armaksen lääkkeet".
 */
export const PERSON_POSSESSIONS =
  /(?:^|-)(?:äiti|isä|vaimo|mies|puoliso|avopuoliso|poika|tytär|lapset|lapsi|veli|sisko|sisar|perhe|vanhemmat|kaveri|ystävä)$|(?:lausunto|hakemus|vuokranantaja|työnantaja|työkokeilu|työkokeilupaikka|harjoittelupaikka|työkyky|terveydentila|diagnoosi|omaohjaaja|omatyöntekijä|asiakkuus|asiakassuunnitelma|työsopimus|palkkatodistus|sairausloma|kuntoutus|velkajärjestely|toimeentulotuki|työttömyysetuus|sairaus|tauti|kotihoito|lääkitys|vointi|jaksaminen|hoitosuunnitelma|mielenterveys|lääke|oleskelulupa|työlupa|työhistoria|alkoholinkäyttö|päihteidenkäyttö|päihdekäyttö|ehdotus|mielipide|näkemys|velka|eläke)$/u;

/** Verbs whose allative is a person: "Lehdolle kerrottiin", "Olenalle varattiin tulkki", "sannalle soitettu". */
export const RECIPIENT_VERBS = list(`
  kertoa ilmoittaa soittaa lähettää selittää sanoa tarjota luvata vastata neuvoa puhua suositella
  tiedottaa muistuttaa korostaa perustella varata hakea järjestää antaa myöntää laittaa toimittaa
  välittää tehdä ehdottaa osoittaa näyttää opettaa esitellä kirjoittaa viestiä tekstata postittaa
`);
/**
 * Verbs of sending or telling a worker does to a person, whose allative is a person whatever else the word could
 * be: "soitin toivolle", "lähetin saarelle kutsun", "kalliolle lähetetty viesti" (no one calls a hill).
 */
export const MESSAGE_SENDING_VERBS = list(`
  soittaa lähettää laittaa ilmoittaa kertoa tekstata viestiä muistuttaa postittaa vastata tekstailla varata
`);
/** Verbs whose total (genitive-form) object is a person: "tapasin lehdon", "haastattelin lammen". */
export const PERSON_TOTAL_OBJECT_VERBS = list(`tavata tavoittaa haastatella ohjata kutsua`);
/** Verbs whose ablative is a person: "Riikalta kysyttiin", "Kiveltä pyydettiin suostumus". */
export const SOURCE_VERBS = list(`kysyä pyytää saada kuulla tiedustella`);
/** Verbs of a message going or coming: "Rinteelle lähti kutsu", "tuomiselta tuli viesti". */
export const MESSAGE_VERBS = list(`tulla saapua lähteä mennä`);
export const MESSAGE_NOUNS =
  /(?:viesti|tieto|tekstari|soitto|puhelu|kirje|posti|kutsu|ilmoitus|hakemus|päätös|vastaus|kuitti|todistus|muistutus|palaute|lausunto|lomake|paperi|liite|kortti)$/u;

/** Verbs whose partitive object is a person: "tapasin halosta", "autettiin Jukkaa". */
export const PERSON_OBJECT_VERBS = list(`
  tavata auttaa haastatella ohjata neuvoa kannustaa muistuttaa pyytää odottaa tukea kuunnella
  rauhoitella kiittää moittia opastaa ohjeistaa motivoida jututtaa tavoitella puhuttaa
`);
