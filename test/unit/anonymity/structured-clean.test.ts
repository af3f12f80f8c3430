/**
 * Both directions of the structured forms of issue 8 through the whole scan (detectors plus overlap
 * rules): each form is caught, and the look-alikes in clean case notes are not refused.
 */
import { describe, expect, it } from 'vitest';
import type { FindingKind } from '../../../src/domain/anonymity/finding.js';
import { scanText } from '../../../src/domain/anonymity/scan-text.js';

const structured = (text: string) => scanText(text).filter((f) => f.kind !== 'name');
const found = (text: string, kind: FindingKind) =>
  structured(text)
    .filter((f) => f.kind === kind)
    .map((f) => text.slice(f.start, f.end));

describe('structured personal data through the whole scan', () => {
  it.each<[string, FindingKind, string]>([
    ['sposti matti.virtanen [at] hotmail [.] com', 'email', 'matti.virtanen [at] hotmail [.] com'],
    ['Yhteys gsm:0401234567 iltaisin.', 'phone', '0401234567'],
    ['tel+358401234567', 'phone', '+358401234567'],
    ['syntynyt 03041975, ei koulutusta', 'date-of-birth', '03041975'],
    ['34-vuotias (1.9.1991), pitkään työtön', 'date-of-birth', '1.9.1991'],
    ['Osoitetiedoissa Pomarkku 29630, mutta asuu Porissa.', 'postal-code', '29630'],
    ['OSOITE MAJAKKAVÄYLÄ 4 A 5, KIRJEET PALAUTUVAT.', 'street-address', 'MAJAKKAVÄYLÄ 4 A 5'],
    ['Vanha osoite oli vul. Sadova 14, kv. 9.', 'street-address', 'vul. Sadova 14, kv. 9'],
    ['Hetu 131052 - 308T.', 'identity-code', '131052 - 308T'],
    ['Tili FI 21 1234 5600 0007 85.', 'iban', 'FI 21 1234 5600 0007 85'],
  ])('catches "%s"', (text, kind, span) => {
    expect(found(text, kind)).toContain(span);
  });

  it.each([
    ['a crisis line', 'Annettiin MIELI ry:n kriisipuhelimen numero 09 2525 0111.'],
    ['a crisis line in English', 'I gave the client the crisis helpline, 09 2525 0111, and 112.'],
    ["Kela's service line", 'Kelan palvelunumero 020 692 210 oli ruuhkainen.'],
    ['a toll-free line', 'Takuusäätiön Velkalinja palvelee numerossa 0800 9 8009.'],
    ['EU helplines', 'Lasten ja nuorten puhelin 116 111, päivystysapu 116 117.'],
    ['a decade of birth', 'Syntynyt 1980-luvulla, koulutus kesken.'],
    ['a decision and an appointment', 'Päätös 12.3.2025, seuraava tapaaminen 1.9.2025 klo 13.'],
    ['an age and a start date', 'Asiakas on 34 v, työttömänä 1.9.2019 alkaen.'],
    ['"at" in English prose', 'We met at Kela. It went fine, more at kela.fi.'],
    ['a course named like a street', 'Asiakas osallistuu Urapolku 2 -valmennukseen.'],
    ['a bus line', 'Bussilinja 21 kulkee asunnon ohi.'],
    ['an amount after a town', 'Kuopio 12000 € investointi.'],
    ['a labelled case number', 'Asianumero 12345 Kemissä on käsittelyssä.'],
    ["an office's address", 'Työkkärin toimipiste on osoitteessa Kauppakatu 5.'],
  ])('does not refuse %s', (_case, text) => {
    expect(structured(text).filter((f) => f.severity === 'block')).toEqual([]);
  });
});
