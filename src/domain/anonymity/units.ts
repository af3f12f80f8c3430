/**
 * Words and symbols that make the number before them a quantity ("3 kk", "2 kertaa", "620 €"),
 * not part of a house number or phone number.
 */
// prettier-ignore
const UNITS = [
  'kk', 'v', 'vrk', 'vko', 'vuotta', 'vuoden', 'vuotias', 'kuukautta', 'kuukauden', 'viikkoa', 'viikon',
  'päivää', 'päivän', 'pv', 'tuntia', 'tunnin', 'h', 'min', 'minuuttia', 'minuutin', 'sekuntia',
  'kertaa', 'kerran', 'krt', 'euroa', 'eur', 'e', 'prosenttia', 'km', 'm', 'kilometriä', 'kilometrin',
  'metriä', 'metrin', 'kg', 'kiloa', 'litraa', 'henkeä', 'lasta', 'viikoksi', 'päiväksi', 'kuukaudeksi',
  'vuodeksi', 'tunniksi',
];

/** Source for a regex: a unit word (not the start of a longer word) or €/%. */
export const UNIT_PATTERN = String.raw`(?:(?:${UNITS.join('|')})(?![\p{L}])|€|%)`;

const FOLLOWED_BY_UNIT = new RegExp(String.raw`^ ?${UNIT_PATTERN}`, 'u');

export function startsWithUnit(rest: string): boolean {
  return FOLLOWED_BY_UNIT.test(rest);
}
