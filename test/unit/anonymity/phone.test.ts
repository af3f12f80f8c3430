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

  it.each(['0800 123 456', '0100 100', '020 123 4567', '0295 020 700'])(
    'only warns about the service number %s',
    (phone) => {
      expect(phonesIn(`Soita numeroon ${phone}.`)).toEqual([[phone, 'warn']]);
    },
  );

  it.each([
    ['glued to puh.', 'Tavoittaa puh.0441234567 iltaisin.', '0441234567'],
    ['glued to p.', 'p.050-123 4567 äidin numero', '050-123 4567'],
    ['glued to gsm:', 'gsm:0401234567', '0401234567'],
    ['glued to tel without a stop', 'tel+358401234567', '+358401234567'],
    ['glued to puh without a stop', 'puh0401234567', '0401234567'],
    ['after puh.nro', 'puh.nro 0401234567', '0401234567'],
    ['with dots after a label', 'numero 040.123.4567', '040.123.4567'],
    ['with a slash', 'p. 040/1234567', '040/1234567'],
    ['with spaces round the dash', 'puh. 040 - 123 4567', '040 - 123 4567'],
    ['in four groups', 'numero 040 12 34 567 iltaisin', '040 12 34 567'],
    ['a landline with a three-digit area code', 'kotinumero 014 123 456', '014 123 456'],
    ['international with 00', 'puh 00358 40 123 4567', '00358 40 123 4567'],
    ['international with an area code in brackets', 'numero +7 (912) 345-67-89', '+7 (912) 345-67-89'],
    ['a Ukrainian mobile', 'numero +380 67 123 4567', '+380 67 123 4567'],
  ])('blocks a number %s', (_case, text, phone) => {
    expect(phonesIn(text)).toEqual([[phone, 'block']]);
  });

  it.each([
    ['MIELI ry:n kriisipuhelin', 'Soita 09 2525 0111, jos tulee paha olo.'],
    ['Nollalinja', 'Annoin numeron 080 005 005.'],
    ['Palveleva puhelin, a mobile number', 'Kirkon keskusteluapu 0400 22 11 80 päivystää iltaisin.'],
    ["Kela's service lines", 'Soita numeroon 020 692 210 tai 020 634 2000.'],
    ['a service number named as a service line', 'Työllisyyspalvelujen asiakaspalvelunumero 0295 020 700.'],
    ['the EU helplines', 'Soita 116 123 tai 116 117, hätätilanteessa 112.'],
  ])('does not report a public line: %s', (_case, text) => {
    expect(phonesIn(text)).toEqual([]);
  });

  it.each([
    ['a crisis landline', 'Kriisikeskuksen päivystys 09 1234 5678 on auki.', '09 1234 5678'],
    ['a helpline in English', 'The crisis helpline 09 310 44222 is open at night.', '09 310 44222'],
  ])("only warns about an organisation's landline named as such: %s", (_case, text, phone) => {
    expect(phonesIn(text)).toEqual([[phone, 'warn']]);
  });

  it('still blocks a mobile number beside a service word', () => {
    expect(phonesIn('Asiakas soitti kriisipuhelimeen omasta numerostaan 040 123 4567.')).toEqual([
      ['040 123 4567', 'block'],
    ]);
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
    ['a date after a label', 'numero: 01.03.2025, p. 02.03.2025'],
    ['a case number after a label', 'Päätöksen numero 0123/2025 on tässä.'],
    ['an invoice number with a year', 'Laskun numero 02/2025-1234.'],
  ])('ignores %s', (_case, text) => {
    expect(phonesIn(text)).toEqual([]);
  });
});
