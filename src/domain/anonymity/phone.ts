import libphonenumber from 'google-libphonenumber';
import type { Finding, Severity } from './finding.js';
import { maskSpan } from './mask.js';
import { startsWithUnit } from './units.js';

const util = libphonenumber.PhoneNumberUtil.getInstance();
const { PhoneNumberType } = libphonenumber;

/** Numbers that reach an organisation, not a person: shown as a warning only. */
const SERVICE_TYPES: ReadonlySet<libphonenumber.PhoneNumberType> = new Set([
  PhoneNumberType.TOLL_FREE,
  PhoneNumberType.PREMIUM_RATE,
  PhoneNumberType.SHARED_COST,
  PhoneNumberType.UAN,
  PhoneNumberType.VOICEMAIL,
]);

// Candidates are cheap regex matches; libphonenumber (slow, ~0.1 ms a call) only confirms them.
// Domestic numbers start with 0, which keeps years, amounts, "112" and "3 kk" out up front.
const INTERNATIONAL =
  /(?<![\p{L}\p{N}+])(?:\+|00)\d{1,3}(?:[ .-]?\(0\))?(?:[ .-]?\d){6,12}(?![\p{L}\p{N}])/gu;
const DOMESTIC = /(?<![\p{L}\p{N}.,/+])(?:\(0\d{1,3}\)|0\d{1,3})(?:[ -]?\d){5,9}(?![\p{L}\p{N}])/gu;
/** Glued to its label: "puh.0441234567", "p.050 123 4567", "puh:040-1234567", "tel.+358401234567". */
const LABELLED =
  /(?<![\p{L}])(?:puh|puhelin|p|tel|gsm|mob|nro|numero)\s*[.:]\s*((?:\+|00)?\(?\d[\d ()-]{5,17}\d)(?![\p{L}\p{N}])/giu;
/** Shaped like a business ID (NNNNNNN-C); that detector owns it. */
const BUSINESS_ID_SHAPE = /^\d{7}-\d$/u;
const MIN_DIGITS = 7;

export function detectPhones(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const pattern of [INTERNATIONAL, DOMESTIC]) {
    for (const m of text.matchAll(pattern)) {
      const finding = confirm(withoutCountedGroup(m[0], text.slice(m.index + m[0].length)), m.index);
      if (finding) findings.push(finding);
    }
  }
  for (const m of text.matchAll(LABELLED)) {
    const number = m[1] ?? '';
    const start = m.index + m[0].length - number.length;
    const finding = confirm(withoutCountedGroup(number, text.slice(start + number.length)), start);
    if (finding) findings.push(finding);
  }
  return findings;
}

/**
 * A candidate may have swallowed a following number, so trailing groups are dropped one at a
 * time until libphonenumber accepts the rest.
 */
function confirm(candidate: string, start: number): Finding | undefined {
  let span = candidate;
  let fallback: Severity | undefined;
  while (countDigits(span) >= MIN_DIGITS) {
    if (BUSINESS_ID_SHAPE.test(span)) return undefined;
    const verdict = judge(span);
    if (verdict === 'block' || verdict === 'warn') {
      return {
        kind: 'phone',
        start,
        end: start + span.length,
        masked: maskSpan(span),
        severity: verdict,
        confidence: 'high',
      };
    }
    if (verdict === 'possible') fallback ??= 'warn';
    const cut = span.search(/[ .-][^ .-]*$/u);
    if (cut <= 0) break;
    span = span.slice(0, cut);
  }
  if (fallback === undefined) return undefined;
  // Phone-shaped but not a number libphonenumber knows: ask the worker rather than refuse.
  return {
    kind: 'phone',
    start,
    end: start + candidate.length,
    masked: maskSpan(candidate),
    severity: fallback,
    confidence: 'low',
  };
}

/** "0401234567 2 kertaa": the last group is a count, not part of the number. */
function withoutCountedGroup(candidate: string, rest: string): string {
  const lastGroup = candidate.lastIndexOf(' ');
  return lastGroup > 0 && startsWithUnit(rest) ? candidate.slice(0, lastGroup) : candidate;
}

function judge(span: string): Severity | 'possible' | 'none' {
  try {
    const number = util.parse(span.replace('(0)', ''), 'FI');
    if (util.isValidNumber(number)) return SERVICE_TYPES.has(util.getNumberType(number)) ? 'warn' : 'block';
    return util.isPossibleNumber(number) ? 'possible' : 'none';
  } catch {
    return 'none';
  }
}

function countDigits(span: string): number {
  let n = 0;
  for (const ch of span) if (ch >= '0' && ch <= '9') n += 1;
  return n;
}
