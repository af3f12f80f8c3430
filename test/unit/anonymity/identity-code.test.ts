import { describe, expect, it } from 'vitest';
import { checkIdentityCode, detectIdentityCodes } from '../../../src/domain/anonymity/identity-code.js';
import { scanText } from '../../../src/domain/anonymity/scan-text.js';

const spanOf = (text: string) => detectIdentityCodes(text).map((f) => text.slice(f.start, f.end));

describe('identity codes (henkilötunnus)', () => {
  it.each([
    ['131052-308T', 'high'],
    ['131052Y308T', 'high'],
    ['150895W226X', 'high'],
    ['030403A448C', 'high'],
    ['290200A1239', 'high'],
    ['071145+011B', 'high'],
    ['310599-905S', 'high'], // temporary code (900-999)
    ['131052-308t', 'high'], // lower case check character
    ['150895w226x', 'high'], // lower case sign and check character
    ['131052-308U', 'medium'], // wrong check character
    ['290200-1239', 'medium'], // 29.2.1900 does not exist
    ['131052Z308T', 'low'], // Z is not a century sign
    ['220977–387T', 'low'], // en dash from a word processor
    ['131052-308', 'low'], // check character missing
  ])('blocks %s with %s confidence', (code, confidence) => {
    const [finding] = scanText(`Asiakkaan tunnus on ${code}, tarkistettu.`);
    expect(finding).toMatchObject({ kind: 'identity-code', severity: 'block', confidence });
  });

  it.each([
    ['spaces round the dash', '131052 - 308T', 'high'],
    ['a space before the dash', '131052 -308T', 'high'],
    ['a space before a letter sign', '150895 W226X', 'high'],
    ['lower case, the 2023 signs', '010594y9032', 'high'],
    ['a space for the sign, valid check', '131052 308T', 'low'],
    ['no sign at all, valid check letter', '131052308T', 'low'],
  ])('blocks a code typed loosely: %s', (_case, code, confidence) => {
    const text = `Hetu ${code}, tarkistettu.`;
    expect(detectIdentityCodes(text).map((f) => [text.slice(f.start, f.end), f.confidence])).toEqual([
      [code, confidence],
    ]);
  });

  it.each([
    ['a space for the sign, wrong check', 'Tunnus 131052 308U.'],
    ['ten digits (a phone number)', 'Soita 0401234567.'],
    ['a space before a letter sign, wrong check', 'Tilaus 150895 W226Y.'],
  ])('does not take a loosely typed code without a valid check: %s', (_case, text) => {
    expect(spanOf(text)).toEqual([]);
  });

  it.each([
    ['131052-308T', '131052-***T'],
    ['131052 308T', '131052 ***T'],
    ['290200A1239', '290200A***9'],
    ['131052-308', '131052-***'],
  ])('masks %s as %s', (code, masked) => {
    expect(detectIdentityCodes(code)[0]?.masked).toBe(masked);
  });

  it.each([
    ['a near miss whose date part is no date', 'Tilausnumero 994512Z123Y toimitettiin.'],
    ['a longer run of digits', 'Viite 1234567131052-308T.'],
    ['code glued to letters', 'koodiX131052-308Tabc'],
    ['a date and a time', 'Tapaaminen 13.10.52 klo 3.08'],
    ['a phone number', 'Soita 040 123 4567.'],
  ])('ignores %s', (_case, text) => {
    expect(spanOf(text)).toEqual([]);
  });

  it.each([
    ['131052-308T', { isOfficialSign: true, isRealDate: true, isChecksumValid: true, isTemporary: false }],
    ['131052-308U', { isOfficialSign: true, isRealDate: true, isChecksumValid: false, isTemporary: false }],
    ['290200-1239', { isOfficialSign: true, isRealDate: false, isChecksumValid: true, isTemporary: false }],
    ['131052Z308T', { isOfficialSign: false, isRealDate: false, isChecksumValid: true, isTemporary: false }],
    ['310599-905S', { isOfficialSign: true, isRealDate: true, isChecksumValid: true, isTemporary: true }],
  ])('checks %s', (code, expected) => {
    expect(checkIdentityCode(code)).toEqual(expected);
  });

  it('finds the exact span inside running text', () => {
    expect(spanOf('Hetu 030403A448C ja toinen 131052-308T.')).toEqual(['030403A448C', '131052-308T']);
  });
});
