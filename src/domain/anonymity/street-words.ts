/**
 * The last part of a Finnish street name ("Koivu|kuja", "Kirkko|ahde"), with what its case forms
 * are built from: nominative, weak-grade stem (the genitive without -n), partitive, illative.
 */
type Head = readonly [nominative: string, stem: string, partitive: string, illative: string];

/** Heads that are street words and little else: a house number after one is an address. */
// prettier-ignore
const STRONG_HEADS: readonly Head[] = [
  ['katu', 'kadu', 'katua', 'katuun'], ['tie', 'tie', 'tietä', 'tiehen'], ['kuja', 'kuja', 'kujaa', 'kujaan'],
  ['kaari', 'kaare', 'kaarta', 'kaareen'], ['rinne', 'rintee', 'rinnettä', 'rinteeseen'],
  ['ranta', 'ranna', 'rantaa', 'rantaan'], ['väylä', 'väylä', 'väylää', 'väylään'],
  ['raitti', 'raiti', 'raittia', 'raittiin'], ['kaarre', 'kaartee', 'kaarretta', 'kaarteeseen'],
  ['ahde', 'ahtee', 'ahdetta', 'ahteeseen'], ['kujanne', 'kujantee', 'kujannetta', 'kujanteeseen'],
  ['tanhua', 'tanhua', 'tanhuaa', 'tanhuaan'], ['puistikko', 'puistiko', 'puistikkoa', 'puistikkoon'],
  ['aukio', 'aukio', 'aukiota', 'aukioon'], ['esplanadi', 'esplanadi', 'esplanadia', 'esplanadiin'],
  ['bulevardi', 'bulevardi', 'bulevardia', 'bulevardiin'],
];

/**
 * Heads that are also ordinary words in names of programmes, services and places, or end common
 * surnames ("Urapolku 2", "Bussilinja 21", "Työtori", "Kivimäki 45"): a number alone is not enough.
 */
// prettier-ignore
const WEAK_HEADS: readonly Head[] = [
  ['polku', 'polu', 'polkua', 'polkuun'], ['linja', 'linja', 'linjaa', 'linjaan'],
  ['piha', 'piha', 'pihaa', 'pihaan'], ['tori', 'tori', 'toria', 'toriin'],
  ['portti', 'porti', 'porttia', 'porttiin'], ['kulma', 'kulma', 'kulmaa', 'kulmaan'],
  ['kierto', 'kierro', 'kiertoa', 'kiertoon'], ['reitti', 'reiti', 'reittiä', 'reittiin'],
  ['mäki', 'mäe', 'mäkeä', 'mäkeen'], ['laakso', 'laakso', 'laaksoa', 'laaksoon'],
  ['vainio', 'vainio', 'vainiota', 'vainioon'], ['niemi', 'nieme', 'niemeä', 'niemeen'],
  ['kallio', 'kallio', 'kalliota', 'kallioon'], ['niitty', 'niity', 'niittyä', 'niittyyn'],
  ['kumpu', 'kummu', 'kumpua', 'kumpuun'], ['laituri', 'laituri', 'laituria', 'laituriin'],
  ['lenkki', 'lenki', 'lenkkiä', 'lenkkiin'], ['laita', 'laida', 'laitaa', 'laitaan'],
  ['reuna', 'reuna', 'reunaa', 'reunaan'], ['pelto', 'pello', 'peltoa', 'peltoon'],
  ['lehto', 'lehdo', 'lehtoa', 'lehtoon'], ['puisto', 'puisto', 'puistoa', 'puistoon'],
  ['harju', 'harju', 'harjua', 'harjuun'], ['kangas', 'kankaa', 'kangasta', 'kankaaseen'],
  ['nummi', 'numme', 'nummea', 'nummeen'], ['mutka', 'mutka', 'mutkaa', 'mutkaan'],
  ['aukea', 'aukea', 'aukeaa', 'aukeaan'], ['törmä', 'törmä', 'törmää', 'törmään'],
  ['parras', 'partaa', 'parrasta', 'partaaseen'],
];

/** Streets abroad, written as one word with the street word at the end ("Storgatan", "Hauptstraße"). */
// prettier-ignore
const FOREIGN_STRONG = [
  'gatan', 'gata', 'vägen', 'väg', 'gränd', 'gränden', 'stigen', 'gate', 'gaten', 'veien', 'gade', 'vej',
  'straße', 'strasse', 'straat', 'tänav', 'esplanaden', 'esplanad', 'kajen',
];
const FOREIGN_WEAK = ['backen', 'torget', 'weg', 'platz', 'allee', 'gasse'];

/** What a word's ending says about the street in it. */
export interface StreetForm {
  /** the head's nominative ("kuja" for "Koivukujalle") */
  readonly head: string;
  readonly isStrong: boolean;
  readonly isNominative: boolean;
  /** "lla", "lle", "lta": on, onto, off a street (where someone lives or moves) */
  readonly isOnStreet: boolean;
}

const FORMS = new Map<string, StreetForm>();
for (const [heads, isStrong] of [
  [STRONG_HEADS, true],
  [WEAK_HEADS, false],
] as const) {
  for (const head of heads) addForms(head, isStrong);
}
for (const [words, isStrong] of [
  [FOREIGN_STRONG, true],
  [FOREIGN_WEAK, false],
] as const) {
  for (const word of words) {
    FORMS.set(word, { head: word, isStrong, isNominative: true, isOnStreet: false });
  }
}

function addForms([nominative, stem, partitive, illative]: Head, isStrong: boolean): void {
  const a = /[aou]/u.test(nominative) ? 'a' : 'ä';
  const other = { head: nominative, isStrong, isNominative: false, isOnStreet: false };
  FORMS.set(nominative, { ...other, isNominative: true });
  for (const form of [`${stem}n`, partitive, `${stem}ss${a}`, `${stem}st${a}`, illative])
    FORMS.set(form, other);
  for (const form of [`${stem}ll${a}`, `${stem}lle`, `${stem}lt${a}`])
    FORMS.set(form, { ...other, isOnStreet: true });
}

const LONGEST_FORM = Math.max(...[...FORMS.keys()].map((f) => f.length));

/**
 * The street form a word ends in, if its head has a part of its own before it ("Koivukujalla",
 * "MAJAKKAVÄYLÄ"; not "kujalla" alone), and how many letters that head takes.
 */
export function streetFormOf(word: string): (StreetForm & { headLength: number }) | undefined {
  const lower = word.toLowerCase();
  for (let length = Math.min(LONGEST_FORM, lower.length - 1); length >= 3; length -= 1) {
    const form = FORMS.get(lower.slice(-length));
    if (form) return { ...form, headLength: length };
  }
  // "Bulevardi 24 A 7", "Esplanaden 12 B 4": a head that is a street's whole name
  const whole = FORMS.get(lower);
  return whole && WHOLE_NAME_HEADS.has(whole.head) ? { ...whole, headLength: 0 } : undefined;
}

/** Heads that name a street by themselves, in Helsinki, Vaasa and elsewhere. */
const WHOLE_NAME_HEADS: ReadonlySet<string> = new Set(['bulevardi', 'esplanadi', 'esplanaden', 'esplanad']);

/** Street types written as a word of their own: "Tartu mnt 12-5", "Brīvības iela 5", "Gedimino pr. 5". */
// prettier-ignore
export const STREET_TYPES_AFTER = [
  'street', 'Street', 'st\\.', 'St\\.', 'road', 'Road', 'avenue', 'Avenue', 'mnt', 'maantee', 'tn', 'tänav',
  'pst', 'puiestee', 'põik', 'allee', 'tee', 'iela', 'gatvė', 'g\\.', 'pr\\.', 'prospekt', 'utca', 'út',
];

/** Street types written before the name: "ul. Długa 5", "vul. Sadova 14", "Via Roma 12", "C/ Mayor 3". */
// prettier-ignore
export const STREET_TYPES_BEFORE = [
  'ul\\.', 'ulica', 'ulitsa', 'vul\\.', 'vulytsia', 'вул\\.', 'ул\\.', 'al\\.', 'aleja', 'pl\\.', 'plac', 'prosp\\.',
  'prospekt', 'bul\\.', 'str\\.', 'strada', 'calle', 'c/', 'via', 'viale', 'rue', 'avenida', 'av\\.', 'rua',
  'piazza',
];

/** English street words after the name, the number first: "12 Baker Street". */
export const ENGLISH_STREET_TYPES = [
  'Street',
  'St\\.?',
  'Road',
  'Rd\\.?',
  'Avenue',
  'Ave\\.?',
  'Lane',
  'Drive',
  'Grove',
  'Close',
  'Crescent',
  'Gardens',
  'Terrace',
  'Row',
  'Mews',
  'Boulevard',
  'Walk',
  'Way',
  'Wynd',
  'Parade',
];

/** Towns beyond the border that appear after a postal code ("123 45 Stockholm", "10115 Tallinn"). */
export const FOREIGN_TOWNS: ReadonlySet<string> = new Set(
  `stockholm göteborg malmö uppsala luleå umeå haparanda kiruna sundsvall västerås örebro linköping
  tallinn tartu pärnu narva viljandi rakvere haapsalu kuressaare jõhvi maardu
  oslo bergen tromsø trondheim riga berlin hamburg`.split(/\s+/u),
);

/** A street word standing alone ("kadulla", "katu", "tiellä"): the street's name is the words before it. */
export function bareStreetFormOf(word: string): (StreetForm & { headLength: number }) | undefined {
  const form = FORMS.get(word.toLowerCase());
  return form && { ...form, headLength: word.length };
}
