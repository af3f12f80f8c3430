import { describe, expect, it } from 'vitest';
import { detectIbans, isIbanChecksumValid } from '../../../src/domain/anonymity/iban.js';

const ibansIn = (text: string) => detectIbans(text).map((f) => [text.slice(f.start, f.end), f.confidence]);

describe('IBANs', () => {
  it.each([
    ['FI21 1234 5600 0007 85', 'high'],
    ['FI2112345600000785', 'high'],
    ['fi21 1234 5600 0007 85', 'high'],
    ['FI21 1234 5600 0007 86', 'medium'], // wrong check digits still block
    ['DE89 3704 0044 0532 0130 00', 'high'],
    ['FI 21 1234 5600 0007 85', 'high'], // a space after the country code
    ['FI21-1234-5600-0007-85', 'high'], // dashes
    ['FI2112 3456 0000 0785', 'high'], // groups typed out of step
  ])('blocks %s (%s confidence)', (iban, confidence) => {
    expect(ibansIn(`Tilille ${iban} maksetaan.`)).toEqual([[iban, confidence]]);
    expect(detectIbans(iban)[0]?.severity).toBe('block');
  });

  it('keeps the country code in the masked form', () => {
    expect(detectIbans('FI21 1234 5600 0007 85')[0]?.masked).toBe('FI** **** **** **** **');
  });

  it.each([
    ['a foreign-looking code that fails mod 97', 'Koodi DE12 3456 7890 1234 5678 90.'],
    ['too few digits', 'Tili FI21 1234 5600 0007.'],
    ['an ordinary amount', 'Summa 1234 5600 euroa.'],
  ])('ignores %s', (_case, text) => {
    expect(ibansIn(text)).toEqual([]);
  });

  it.each([
    ['FI21 1234 5600 0007 85', true],
    ['FI21 1234 5600 0007 86', false],
    ['GB82 WEST 1234 5698 7654 32', true],
  ])('checks mod 97 of %s', (iban, valid) => {
    expect(isIbanChecksumValid(iban)).toBe(valid);
  });
});
