import { describe, expect, it } from 'vitest';
import { describeTextFindings } from '../../../src/bot/handlers/intake-problems.js';
import { locatePassage } from '../../../src/bot/handlers/finding-context.js';
import { en } from '../../../src/i18n/en.js';
import { fi } from '../../../src/i18n/fi.js';

describe('locatePassage', () => {
  it.each([
    [
      'a phone number after ordinary words',
      'Asiakas pyysi soittamaan numeroon 040 123 4567 iltaisin.',
      '*** *** ****',
      1,
      'pyysi soittamaan numeroon',
    ],
    [
      'an e-mail address on the second line',
      'Tilanne on vaikea.\nhän kirjoitti osoitteesta m****@*****.**',
      'm****@*****.**',
      2,
      'hän kirjoitti osoitteesta',
    ],
    ['a passage at the start of the text', '040 123 4567 on asiakkaan numero.', '*** *** ****', 1, ''],
  ])('finds %s by line and the words before it', (_name, text, masked, line, before) => {
    expect(locatePassage(text.replace('m****@*****.**', 'maija@posti.fi'), masked)).toEqual({ line, before });
  });

  it('never shows capitalised words or numbers before the passage (they may be personal data)', () => {
    expect(locatePassage('Soita Matti Virtaselle 040 123 4567.', '*** *** ****')).toEqual({
      line: 1,
      before: '',
    });
    expect(locatePassage('kello 14 soita numeroon 040 123 4567.', '*** *** ****')).toEqual({
      line: 1,
      before: 'soita numeroon',
    });
  });

  it('tells apart two passages with the same mask', () => {
    const text = 'työ 040 123 4567 ja koti 050 765 4321';
    expect(locatePassage(text, '*** *** ****', 1)).toEqual({ line: 1, before: 'ja koti' });
  });

  it('gives up when the mask does not fit the text', () => {
    expect(locatePassage('ei numeroita', '*** *** ****')).toBeUndefined();
  });
});

describe('describeTextFindings', () => {
  it("says where a masked phone number is, in the worker's language, without the number itself", () => {
    const question = 'Voisiko joku soittaa numeroon 040 123 4567 ja kysyä lisää?';
    const { lines } = describeTextFindings(
      {
        isWarningOnly: false,
        findings: [{ field: 'question', kind: 'phone', masked: '*** *** ****', severity: 'block' }],
      },
      en,
      { description: '', question },
    );
    expect(lines).toEqual([
      'Your question to the consultation team (line 1, after "joku soittaa numeroon"): phone number "\\*\\*\\* \\*\\*\\* \\*\\*\\*\\*"',
    ]);
    expect(lines.join()).not.toContain('123');
  });

  it('names the line alone when no safe words precede the passage (fi)', () => {
    const { lines } = describeTextFindings(
      {
        isWarningOnly: false,
        findings: [{ field: 'description', kind: 'identity-code', masked: '131052-***T', severity: 'block' }],
      },
      fi,
      { description: 'Tausta.\n131052-308T', question: '' },
    );
    expect(lines).toEqual(['Tilanteen kuvaus (nimettömästi) (rivi 2): henkilötunnus "131052-\\*\\*\\*T"']);
  });
});
