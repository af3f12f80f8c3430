import type { Confidence, Finding } from './finding.js';
import { maskIdentityCode } from './mask.js';

const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
// prettier-ignore
const CENTURIES: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900,
  A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000,
};

/**
 * DDMMYY, a sign, NNN and an optional check character, not glued to other letters or digits.
 * The sign may be any letter or dash, not only a valid century sign: a wrong sign (`Z`), an
 * en dash from a word processor or a missing check character is most likely a real code typed
 * or copied badly, and it still points at one person. A dash may have spaces round it
 * ("131052 - 308T"); a space may stand for the sign, or the sign may be left out ("131052 308T",
 * "131052308T"), which `isValidWithoutSign` only accepts with a valid check character.
 */
const CANDIDATE =
  /(?<!\p{N})(\d{2})(\d{2})(\d{2})(?: ?([-+\u2010-\u2015\u2212])(?: |[ \t]*\n[ \t]*)?|( ?[A-Za-z] ?)|( ?))(\d{3})([0-9A-Za-z])?(?![\p{L}\p{N}])/gu;

export interface IdentityCodeCheck {
  readonly isOfficialSign: boolean;
  readonly isRealDate: boolean;
  readonly isChecksumValid: boolean;
  readonly isTemporary: boolean;
}

/** Checks a code of the exact shape DDMMYYCNNNK (any case); undefined if the shape differs. */
export function checkIdentityCode(code: string): IdentityCodeCheck | undefined {
  const m = /^(\d{2})(\d{2})(\d{2})(.)(\d{3})(.)$/u.exec(code.toUpperCase());
  if (!m) return undefined;
  const [, dd = '', mm = '', yy = '', sign = '', nnn = '', check = ''] = m;
  const century = CENTURIES[sign];
  return {
    isOfficialSign: century !== undefined,
    isRealDate: century !== undefined && isRealDate(century + Number(yy), Number(mm), Number(dd)),
    isChecksumValid: CHECK_CHARS[Number(dd + mm + yy + nnn) % 31] === check,
    isTemporary: Number(nnn) >= 900,
  };
}

export function detectIdentityCodes(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const [span, dd = '', mm = '', yy = '', dash, letter, gap, nnn = '', check] = m;
    const sign = (dash ?? letter ?? '').trim();
    const code = `${dd}${mm}${yy}${sign}${nnn}${check ?? ''}`;
    // A space before a letter sign ("150895 W226X") or no sign at all needs a valid check character.
    const isLoose = gap !== undefined || /\s/u.test(letter ?? '');
    if (isLoose && !isValidWithoutSign(code, check, gap ?? ' ')) continue;
    if (/\p{L}/u.test(text.charAt(m.index - 1)) && !isOfficialAndValid(code)) continue;
    const confidence = gap === undefined ? rate(code, sign, check) : 'low';
    // Near misses are only taken when the date part looks like a date, so that other 6+3 digit
    // numbers (case numbers, serials) do not block.
    if (confidence === 'low' && !isPlausibleDayMonth(Number(dd), Number(mm))) continue;
    const start = m.index;
    findings.push({
      kind: 'identity-code',
      start,
      end: start + span.length,
      masked:
        span === code && sign !== ''
          ? maskIdentityCode(span)
          : span.replace(/\d{3}(?=[0-9A-Za-z]?$)/u, '***'),
      severity: 'block',
      confidence,
    });
  }
  return findings;
}

/** "hetu010203A948L": glued to a word, only a code with an official sign, a real date and a valid check is one. */
function isOfficialAndValid(code: string): boolean {
  const check = checkIdentityCode(code);
  return check !== undefined && check.isOfficialSign && check.isRealDate && check.isChecksumValid;
}

/**
 * "131052 308T", "131052308T": without a sign only a valid check character tells a code from
 * other numbers, and ten digits in a row are more often a phone number, so the check must be a
 * letter there.
 */
function isValidWithoutSign(code: string, check: string | undefined, gap: string): boolean {
  if (check === undefined || (gap === '' && /\d/u.test(check))) return false;
  return CHECK_CHARS[Number(code.replace(/\D/gu, '').slice(0, 9)) % 31] === check.toUpperCase();
}

function rate(span: string, sign: string, check: string | undefined): Confidence {
  if (check === undefined || CENTURIES[sign.toUpperCase()] === undefined) return 'low';
  const result = checkIdentityCode(span);
  if (!result || !CHECK_CHARS.includes(check.toUpperCase())) return 'low';
  return result.isChecksumValid && result.isRealDate ? 'high' : 'medium';
}

function isPlausibleDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}
