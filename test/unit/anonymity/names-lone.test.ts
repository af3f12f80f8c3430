/**
 * A name-like word refused only because it can be nothing but a name: where it is the note's only name-like word,
 * nothing around it is said of a person and the note gives no one's code, phone or address, it is asked about, not
 * refused. Synthetic sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { scanText } from '../../../src/domain/anonymity/scan-text.js';
import { openVoikkoAnalyser } from '../../fixtures/anonymity/voikko-analyser.js';

const analyse = openVoikkoAnalyser();
const names = (text: string) =>
  scanText(text, analyse)
    .filter((f) => f.kind === 'name')
    .map((f) => [text.slice(f.start, f.end), f.severity] as const);

describe.runIf(analyse)('a lone name with nothing said of a person', () => {
  it.each([
    ['Kekkosen aikaan tehtaassa oli töitä kaikille.', 'Kekkosen'],
    ['Kekkosen aikaan paperitehtaalla riitti vuoroja.', 'Kekkosen'],
  ])('asks about the name in "%s"', (text, word) => {
    expect(names(text)).toEqual([[word, 'warn']]);
  });

  it.each([
    // a second name-like word anywhere keeps both refused
    ['Kekkosen ja Koiviston aikaan oli töitä.', 'Kekkosen'],
    // a note that gives someone's phone or address is about someone
    ['Kekkosen aikaan tehtaassa oli töitä. Puh. 040 123 4567 on asiakkaan.', 'Kekkosen'],
    // called, asked or come with
    ['kysyin pekalta palkkatodistuksen.', 'pekalta'],
    ['soitin eilen korhoselle ja sovimme ajan.', 'korhoselle'],
    ['Isä tuli tapaamiseen Jarmoineen.', 'Jarmoineen'],
    // what its clause says it did
    ['nieminen ei vastannut puhelimeen.', 'nieminen'],
    // a first name's genitive owns the noun after it; a surname's a person's history, family or situation
    ['Iidan koulutusvaihtoehdot käydään läpi.', 'Iidan'],
    ['Perhetyöntekijä on huolissaan Anteron jaksamisesta.', 'Anteron'],
    ['Virtasen perheessä on kolme lasta.', 'Virtasen'],
    ['Virtasen historia on pitkä.', 'Virtasen'],
    // who someone is to the client, right before; the text says it is a name
    ['Asiakkaan entinen työnantaja Grönroos on valmis antamaan suosituksen.', 'Grönroos'],
    ['Perheen vanhin poika asuu Nyström-nimisen sukulaisen luona.', 'Nyström'],
    ['Sukunimensä on Koivu.', 'Koivu'],
    // the English and Swedish rules know fewer of a person's words
    ['Called Jenni twice this week.', 'Jenni'],
    // who signs the message
    ['Kiitos jo etukäteen! Terveisin Anu', 'Anu'],
    ['Voisiko joku ottaa tämän?\nTerveisin\nAnu', 'Anu'],
    ['Onko jonoa päihdehoitoon? -Mervi', 'Mervi'],
    ['Kysyn lisää ensi viikolla.\nt. Kaisa / Ohjaamo', 'Kaisa'],
    ['Kiitos!\nYstävällisin terveisin Sanna, sosiaaliohjaaja', 'Sanna'],
  ])('refuses the name in "%s"', (text, word) => {
    expect(names(text)).toContainEqual([word, 'block']);
  });

  it.each([
    ['a thank-you to an organisation', 'Kiitos Kelalle avusta, päätös tuli nopeasti.'],
    ['a list item after a dash', 'Tavoitteet:\n- Aino-hankkeen ryhmä syksyllä'],
  ])('does not read a signature in %s', (_case, text) => {
    expect(names(text).filter(([, severity]) => severity === 'block')).toEqual([]);
  });

  it('still reads the birth date in brackets after a name only asked about', () => {
    const text = 'tuukka (7.1.05) tuli uudestaa meille ku sen armeija keskeyty.';
    const dates = scanText(text, analyse).filter((f) => f.kind === 'date-of-birth');
    expect(dates.map((f) => [text.slice(f.start, f.end), f.severity])).toEqual([['7.1.05', 'block']]);
  });
});
