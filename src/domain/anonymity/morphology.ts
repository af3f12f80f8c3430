/**
 * What Finnish morphology says about one written word, as plain data. The names are Voikko's
 * (libvoikko `doc/morphological-analysis.txt`) so that a reading can be checked against its docs.
 * The scan receives an `AnalyseWord` function; it never loads a dictionary itself.
 */

/** Voikko's CLASS: the word class, with first names, surnames and place names told apart. */
export type WordClass =
  | 'nimisana'
  | 'laatusana'
  | 'nimisana_laatusana'
  | 'teonsana'
  | 'seikkasana'
  | 'asemosana'
  | 'suhdesana'
  | 'huudahdussana'
  | 'sidesana'
  | 'etunimi'
  | 'sukunimi'
  | 'paikannimi'
  | 'nimi'
  | 'kieltosana'
  | 'lyhenne'
  | 'lukusana'
  | 'etuliite';

/** The classes of a person's name: first name and surname. */
export const NAME_CLASSES: ReadonlySet<WordClass> = new Set<WordClass>(['etunimi', 'sukunimi']);
/** The classes of a proper noun the guard reads: a person's name or a place name. */
export const PROPER_NOUN_CLASSES: ReadonlySet<WordClass> = new Set<WordClass>([
  'etunimi',
  'sukunimi',
  'paikannimi',
]);

/** Voikko's SIJAMUOTO: the case of a noun, adjective, pronoun or numeral (`kerrontosti` is "-sti"). */
export type GrammaticalCase =
  | 'nimento'
  | 'omanto'
  | 'osanto'
  | 'olento'
  | 'tulento'
  | 'kohdanto'
  | 'sisaolento'
  | 'sisaeronto'
  | 'sisatulento'
  | 'ulkoolento'
  | 'ulkoeronto'
  | 'ulkotulento'
  | 'vajanto'
  | 'seuranto'
  | 'keinonto'
  | 'kerrontosti';

/** Voikko's MOOD, including the non-finite forms voikko-fi reports there. */
export type Mood =
  | 'indicative'
  | 'conditional'
  | 'imperative'
  | 'potential'
  | 'A-infinitive'
  | 'E-infinitive'
  | 'MA-infinitive'
  | 'MINEN-infinitive'
  | 'MAINEN-infinitive';

/** Voikko's PARTICIPLE values. */
export type Participle =
  'present_active' | 'present_passive' | 'past_active' | 'past_passive' | 'agent' | 'negation';

/** One reading of a word: `Satu` has three (the noun, the verb `sattua`, the first name). */
export interface WordAnalysis {
  readonly baseForm: string;
  readonly wordClass: WordClass;
  readonly case?: GrammaticalCase;
  readonly number?: 'singular' | 'plural';
  /** For finite verbs: 1, 2 or 3; `4` is the passive. */
  readonly person?: '1' | '2' | '3' | '4';
  readonly mood?: Mood;
  /** For a participle (kertonut, soitettu, saapunut): the verb it comes from (kertoa, soittaa, saapua). */
  readonly participleOf?: string;
  /** Voikko's PARTICIPLE: which participle (kertonut is `past_active`, katkaistu `past_passive`). */
  readonly participle?: Participle;
}

/** Every reading of one word; none for an unknown word. Synchronous so that the scan stays a pure function. */
export type AnalyseWord = (word: string) => readonly WordAnalysis[];
