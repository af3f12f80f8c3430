/**
 * Verbs whose subject is, in a case note, a person: telling, deciding, feeling, coming and going,
 * applying, studying. A word that is also an ordinary noun (Tuuli, Meri, Onni, Kivi, Salo) is read as
 * a person's name before one of these ("Tuuli kertoi", "Kivi ei ole vastannut"), not before a verb that
 * wind, sea, luck or a stone can do ("Tuuli kääntyi", "Meri rauhoittaa", "Kivi putosi").
 * Base forms as Voikko returns them.
 */
import type { WordAnalysis } from './morphology.js';

const list = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** Telling, asking, deciding, applying: a person's acts, though an office or a town can do them too. */
export const HUMAN_VERBS = list(`
  kertoa sanoa puhua ilmoittaa soittaa vastata kysyä pyytää kieltää luvata ehdottaa valittaa
  selittää mainita korostaa painottaa muistuttaa huomauttaa kommentoida keskustella lähettää
  kirjoittaa peruuttaa perua perustella vahvistaa ilmaista kuvata kuvailla vakuuttaa myöntää
  väittää uhata suunnitella päättää tarvita huolehtia toivoa odottaa epäillä arvioida hyväksyä
  sopia tavata osallistua aloittaa lopettaa keskeyttää jatkaa hakea täyttää palauttaa toimittaa
  muuttaa hoitaa asioida ostaa maksaa käyttää etsiä menettää ajaa ottaa saada lainata irtisanoa kuulla
  nähdä katsoa lukea
`);

/** Thinking, feeling, studying, sleeping, falling ill: only a person does these. */
export const PERSONAL_VERBS = list(`
  ajatella miettiä pohtia tietää muistaa unohtaa ymmärtää osata harkita aikoa yrittää jaksaa
  pystyä kyetä joutua pelätä jännittää huolestua ahdistua masentua suuttua hermostua itkeä väsyä
  innostua kiinnostua haaveilla unelmoida haluta viihtyä turhautua murehtia kokea tuntea suostua
  kieltäytyä lupautua pahoitella kiittää jutella viestiä tekstata opiskella työskennellä
  valmistua syödä juoda sairastaa sairastua loukkaantua nukkua kuntoutua toipua kävellä matkustaa
  pelata harrastaa oppia opetella harjoitella työllistyä irtisanoutua asua ilmoittautua hakeutua
  allekirjoittaa
`);

/**
 * Coming and going: a person's acts ("Onni ei tullut tapaamiseen", "Salo ei ole päässyt
 * aamuvuoroon"), but also what hope, luck, wind or enthusiasm do ("Into palasi", "Tuuli tuli").
 */
export const MOTION_VERBS = list(`
  tulla saapua lähteä mennä käydä palata poistua jäädä myöhästyä ehtiä päästä kadota
`);

/** The verb a reading stands for: its base form, or for a participle the verb it comes from. */
export function verbBaseOf(r: WordAnalysis): string | undefined {
  if (r.wordClass === 'teonsana') return r.baseForm;
  return r.participleOf;
}

/** The verb whose subject acts: a finite verb, or an active participle ("kertonut"; not "katkaistu"). */
export function activeVerbOf(r: WordAnalysis): string | undefined {
  if (r.wordClass === 'teonsana') return r.baseForm;
  return r.participle === 'past_active' || r.participle === 'present_active' ? r.participleOf : undefined;
}

/** Some reading of the word is, or comes from, a verb in `verbs`. */
export function isOneOfVerbs(readings: readonly WordAnalysis[], verbs: ReadonlySet<string>): boolean {
  return readings.some((r) => verbs.has(verbBaseOf(r) ?? ''));
}
