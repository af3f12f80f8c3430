import { describe, expect, it } from 'vitest';
import { detectPhones } from '../../../src/domain/anonymity/phone.js';

const phonesIn = (text: string) => detectPhones(text).map((f) => [text.slice(f.start, f.end), f.severity]);

describe('phone numbers', () => {
  it.each([
    '+358 41 2345678',
    '041 234 5678',
    '050 123 4567',
    '09 1234 567',
    '0401234567',
    '+358401234567',
    '040-1234567',
    '044-987 6543',
    '017 123 4567',
    '02 623 4567',
    '+358 (0)40 123 4567',
    '0440 123 456',
    '+46 70 123 45 67',
    '(09) 1234 567',
  ])('blocks %s', (phone) => {
    expect(phonesIn(`Numero ${phone}, soita iltaisin.`)).toEqual([[phone, 'block']]);
  });

  it('drops a following count that the candidate swallowed', () => {
    expect(phonesIn('Soita 0401234567 2 kertaa viikossa.')).toEqual([['0401234567', 'block']]);
  });

  it.each(['0800 123 456', '0100 100', '020 634 0000'])('only warns about the service number %s', (phone) => {
    expect(phonesIn(`Palvelunumero ${phone}.`)).toEqual([[phone, 'warn']]);
  });

  it.each([
    ['the emergency number', 'Hätätilanteessa soitetaan numeroon 112.'],
    ['a year', 'Työttömyys alkoi vuonna 2019.'],
    ['a year range', 'Vuosina 2024–2025 asiakas oli työtön.'],
    ['a duration', 'Sairauslomaa 3 kk ja työttömyyttä 30 vuotta.'],
    ['an amount in euros', 'Velkaa on 18 000 euroa ja vuokra 620 €.'],
    ['an appointment date and time', 'Aika 01.03.2025 klo 09.30.'],
    ['a decimal number', 'Työmarkkinatuki 0,5 päivältä.'],
    ['a business ID', 'Y-tunnus 0737546-2.'],
    ['an IBAN', 'Tili FI21 1234 5600 0007 85.'],
  ])('ignores %s', (_case, text) => {
    expect(phonesIn(text)).toEqual([]);
  });
});
