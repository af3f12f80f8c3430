import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.js';
import { fi } from '../../../src/i18n/fi.js';
import type { Finding } from '../../../src/domain/anonymity/finding.js';
import { neutralRewrite } from '../../../src/domain/anonymity/neutral-rewrite.js';
import { knowsNoWord } from '../../../src/domain/anonymity/names.js';
import { scanText } from '../../../src/domain/anonymity/scan-text.js';
import { openVoikkoAnalyser } from '../../fixtures/anonymity/voikko-analyser.js';

const FI = fi.intake.personalData.placeholders;
const EN = en.intake.personalData.placeholders;
const span = (kind: Finding['kind'], start: number, end: number) => ({ kind, start, end });
const analyse = openVoikkoAnalyser() ?? knowsNoWord;
const rewrite = (text: string, placeholders = FI) =>
  neutralRewrite(text, scanText(text, analyse), placeholders);

describe('neutralRewrite', () => {
  it.each([
    ['Soitin Virtaselle eilen.', 'Soitin [nimi] eilen.'],
    ['Asiakas Matti Virtanen kertoi.', 'Asiakas [nimi] kertoi.'],
    [
      'Puh. 040 765 4321, s-posti matti.virtanen@esimerkki.fi.',
      'Puh. [puhelinnumero], s-posti [sähköposti].',
    ],
    ['Hetu 131052-308T, tili FI21 1234 5600 0007 85.', 'Hetu [henkilötunnus], tili [tilinumero].'],
    ['Osoite Kauppakatu 5 A 12, 70100 Kuopio.', 'Osoite [osoite], [postinumero].'],
    ['Syntynyt 12.3.1985, toiminimi 2077474-0.', 'Syntynyt [syntymäaika], toiminimi [y-tunnus].'],
    ['Ei henkilötietoja tässä.', 'Ei henkilötietoja tässä.'],
  ])('rewrites "%s" with Finnish placeholders', (text, expected) => {
    expect(rewrite(text)).toBe(expected);
  });

  it('uses the worker language', () => {
    expect(rewrite('Soitin Virtaselle numeroon 040 765 4321.', EN)).toBe(
      'Soitin [name] numeroon [phone number].',
    );
  });

  it.each([
    [
      'two overlapping findings become one placeholder',
      [span('name', 0, 5), span('email', 0, 20)],
      '[sähköposti] loppu',
    ],
    ['a finding inside another', [span('email', 0, 20), span('name', 6, 11)], '[sähköposti] loppu'],
    ['touching findings stay two', [span('name', 0, 5), span('name', 5, 20)], '[nimi][nimi] loppu'],
    [
      'findings in any order',
      [span('name', 15, 20), span('phone', 0, 5)],
      '[puhelinnumero]xxxxxxxxxx[nimi] loppu',
    ],
  ])('%s', (_case, findings, expected) => {
    expect(neutralRewrite('x'.repeat(20) + ' loppu', findings, FI)).toBe(expected);
  });

  it('leaves nothing the scan would flag again', () => {
    const text = 'Asiakas Matti Virtanen (puh. 040 765 4321) asuu Kauppakatu 5 A 12, 70100 Kuopio.';
    expect(scanText(rewrite(text), analyse)).toEqual([]);
  });
});
