import libphonenumber from 'google-libphonenumber';
import type { Confidence, Finding, Severity } from './finding.js';
import { maskSpan } from './mask.js';
import { isKnownServiceNumber, SERVICE_CUE } from './service-numbers.js';
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
// Domestic numbers start with 0, which keeps years, amounts, "112" and "3 kk" out up front. Each
// pattern starts with a character and looks behind only from there: far cheaper to scan for.
const INTERNATIONAL =
  /(?:\+|00 ?)(?<![\p{L}\p{N}+](?:\+|00 ?))\d{1,3}\)?(?:[ .-]?\(0\))?(?:[ .-]?\(\d{1,4}\))?(?:[ .-]?\d){6,12}(?![\p{L}\p{N}])/gu;
/** "040 123 4567", "(09) 1234 567", "040-1234567", "040 - 123 4567", "040/1234567"; in a comma-separated row too. */
const DOMESTIC =
  /(?:\((?<![\p{L}\p{N}.,/+]\()0\d{1,3}\)|0(?<![\p{L}\p{N}./+]0)(?<!\d,0)\d{1,3})(?: ?[-/] ?| )?\d(?:[ -]?\d){4,8}(?![\p{L}\p{N}])/gu;
/**
 * Looser domestic shapes libphonenumber still has to confirm: dots or a dash of any kind between the groups
 * ("040.712.3386", "040–8812 305"), a line break inside ("0400\n735 218"), words glued after ("3368Sähköposti").
 */
const LOOSE_DOMESTIC =
  /0(?<![\p{L}\p{N}./+]0)(?<!\d,0)\d{1,3}(?:[ .–—-]|[ \t]*\n[ \t]*)\d{2,4}(?:[ .–—-]|[ \t]*\n[ \t]*)?\d{2,4}(?:[ .–—-]?\d{1,4})?(?!\p{N})/gu;
/** A number typed digit by digit, with a hyphen between or not: "0 4 0 - 5 5 3 2 1 9 8". */
const DIGIT_BY_DIGIT = /(?<![\p{L}\p{N}])0(?:(?: ?[-–] ?| )\d){6,12}(?![\p{N}])/gu;
/** Any run that may be a number, for the labels below: "0441234567", "+358 40…", "040.123.4567". */
const NUMBER_RUN = /(?:\+|00|\(?0)[\d ()./-]{5,18}\d(?![\p{L}\p{N}])/gu;
/**
 * A label just before, glued or not: "puh.0441234567", "p.050 123 4567", "puh:040-1234567",
 * "tel+358401234567", "gsm 040…", "puh.nro 040.123.4567".
 */
const LABEL_BEFORE =
  /(?<![\p{L}])(?:puh(?:elin)?(?:\.?\s?nro|numero)?|p|tel(?:efon|ephone)?|tfn|gsm|mob(?:ile|iili)?|kännykkä|nro|numero|whatsapp|wa)\s*[.:]?\s*$/iu;
/** A date or a case number, not a phone: "numero: 01.03.2025", "numero 0123/2025", "02/2025-1234". */
const DATE_OR_CASE_NUMBER = /^\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|(?:19|20)\d{2})$|[./](?:19|20)\d{2}(?!\d)/u;
/** Shaped like a business ID (NNNNNNN-C); that detector owns it. */
const BUSINESS_ID_SHAPE = /^\d{7}-\d$/u;
const MIN_DIGITS = 7;

export function detectPhones(text: string): Finding[] {
  const findings: Finding[] = [];
  const candidates: Candidate[] = [INTERNATIONAL, DOMESTIC, LOOSE_DOMESTIC, DIGIT_BY_DIGIT].flatMap((p) =>
    [...text.matchAll(p)].map((m) => ({ number: m[0], start: m.index })),
  );
  for (const m of text.matchAll(NUMBER_RUN)) {
    if (LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) {
      candidates.push({ number: m[0], start: m.index });
    }
  }
  candidates.push(...spokenNumbers(text));
  // "Puolan numero 601-234-567": a country's number written without its code, asked about
  for (const m of text.matchAll(COUNTRYS_NUMBER)) {
    const number = m[1] ?? '';
    findings.push(phoneFinding(number, m.index + m[0].length - number.length, 'warn', 'low'));
  }
  // "soita 040 ja sit 7781234": a mobile's prefix, a word or two, then the rest
  for (const m of text.matchAll(SPLIT_MOBILE))
    candidates.push({ number: m[0], start: m.index, digits: m[0].replace(/\D/gu, '') });
  // "358453317704": the country code without its plus
  for (const m of text.matchAll(NO_PLUS_INTERNATIONAL))
    candidates.push({ number: m[0], start: m.index, digits: `+${m[0].replace(/\D/gu, '')}` });
  for (const { number, start, digits } of candidates) {
    if (DATE_OR_CASE_NUMBER.test(number) || findings.some((f) => f.start <= start && start < f.end)) continue;
    if (digits !== undefined) {
      const verdict = judge(digits, isNamedAsService(text, start, start + number.length));
      if (verdict === 'block' || verdict === 'warn')
        findings.push(phoneFinding(number, start, verdict, 'medium'));
      continue;
    }
    const span = withoutCountedGroup(number, text.slice(start + number.length));
    const finding = confirm(span, start, text, isNamedAsService(text, start, start + span.length));
    if (finding) findings.push(finding);
  }
  return findings;
}

/** A country's genitive and "numero" before nine or ten digits in three groups: "Puolan numero 601-234-567". */
const COUNTRYS_NUMBER =
  /(?<![\p{L}])\p{Lu}\p{Ll}+n numero:? ([1-9]\d{2}[ -]\d{3}[ -]\d{3,4})(?![\p{L}\p{N}])/gu;

/** A mobile prefix and the rest of its number said apart: "040 ja sit 7781234", "050, sitten 123 4567". */
const SPLIT_MOBILE =
  /(?<![\p{L}\p{N}])0(?:4\d|50),? (?:ja |sit |sitte |sitten |perään |and then |then ){1,2}\d{3} ?\d{3,4}(?![\p{L}\p{N}])/gu;

/** "358453317704", "358 46 992 1045": Finland's country code without its plus, then a mobile or area code. */
const NO_PLUS_INTERNATIONAL =
  /(?<![\p{L}\p{N}+])358(?:\d{8,10}|(?: \d{1,3})(?:[ -]?\d){6,8})(?![\p{L}\p{N}])/gu;

interface Candidate {
  readonly number: string;
  readonly start: number;
  /** The digits a number read aloud or mistyped stands for ("nolla neljä viis 612 7790", "O4O 775 129O"). */
  readonly digits?: string;
}

/** Digits said as words, in the written and the spoken form: "nolla", "viis", "kuus", "kaheksan". */
const DIGIT_WORDS: Readonly<Record<string, string>> = {
  nolla: '0',
  yksi: '1',
  yks: '1',
  kaksi: '2',
  kaks: '2',
  kolme: '3',
  neljä: '4',
  viisi: '5',
  viis: '5',
  kuusi: '6',
  kuus: '6',
  seitsemän: '7',
  seittemän: '7',
  kahdeksan: '8',
  kaheksan: '8',
  yhdeksän: '9',
  yheksän: '9',
};
const DIGIT_WORD_HINT = String.raw`(?:nolla|yksi?|kaksi?|kolme|neljä|viisi?|kuusi?|seit\p{L}*|kah?deksan|yh?deksän)`;
/** Cheap pre-check: a digit word next to another digit or digit word, or a letter O among digits. */
const SPOKEN_HINT = new RegExp(
  String.raw`${DIGIT_WORD_HINT}[ ,-]+(?:\d|${DIGIT_WORD_HINT})|\d[ ,-]+${DIGIT_WORD_HINT}|\d[Oo]|[Oo]\d|0(?: \d){6}`,
  'iu',
);
/** The digit words, longest first, so that "viisnolla" (50, said as one word) splits into "viis" and "nolla". */
const DIGIT_WORD = String.raw`(?:${Object.keys(DIGIT_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const GROUP = String.raw`(?:${DIGIT_WORD}+|[0-9Oo]*\d[0-9Oo]*)`;
/** Three or more groups of digits or digit words, or one group with a letter O among its digits. */
const SPOKEN_RUN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${GROUP}(?:[ ,-]+${GROUP}){2,}|[0-9Oo]*\d[0-9Oo]*)(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * "nolla neljä viis 612 7790", "040 kuus kuus kaks 1803", "O4O 775 129O": a number read aloud in words or typed with
 * the letter O for zero, with the digits it stands for; libphonenumber confirms them like any other.
 */
function spokenNumbers(text: string): Candidate[] {
  if (!SPOKEN_HINT.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(SPOKEN_RUN)) {
    const groups = m[0].split(/[ ,-]+/u);
    const words = groups.filter((g) => DIGIT_WORDS_RUN.test(g)).length;
    const hasLetterO = /\d[Oo]|[Oo]\d/u.test(m[0]);
    // "0 4 0 5 5 1 2 9 8 3": every digit apart, as a number heard and typed down
    const isDigitByDigit = groups.length >= MIN_DIGITS && groups.every((g) => /^\d$/u.test(g));
    if (words === 0 && !hasLetterO && !isDigitByDigit) continue;
    const digits = groups.map(digitsOf).join('');
    if (digits.startsWith('0') && digits.length >= MIN_DIGITS && digits.length <= 12)
      out.push({ number: m[0], start: m.index, digits });
  }
  return out;
}

const DIGIT_WORDS_RUN = new RegExp(String.raw`^${DIGIT_WORD}+$`, 'iu');
const DIGIT_WORD_AT = new RegExp(DIGIT_WORD, 'giu');

/** "viisnolla" → "50", "kaks" → "2", "O4O" → "040". */
function digitsOf(group: string): string {
  if (!DIGIT_WORDS_RUN.test(group)) return group.replace(/[Oo]/gu, '0');
  return group.replace(DIGIT_WORD_AT, (w) => DIGIT_WORDS[w.toLowerCase()] ?? w);
}

/**
 * A candidate may have swallowed a following number, so trailing groups are dropped one at a
 * time until libphonenumber accepts the rest.
 */
function confirm(
  candidate: string,
  start: number,
  text: string,
  isNamedService: boolean,
): Finding | undefined {
  let span = candidate;
  let fallback: Severity | undefined;
  while (countDigits(span) >= MIN_DIGITS) {
    if (BUSINESS_ID_SHAPE.test(span)) return undefined;
    const verdict = judge(span, isNamedService);
    // "suora numero 020 634 4211": a worker's direct line inside an organisation's range is asked about
    if (verdict === 'public-line')
      return isPersonalLine(text, start) ? phoneFinding(span, start, 'warn', 'medium') : undefined;
    if (verdict === 'block' || verdict === 'warn') return phoneFinding(span, start, verdict, 'high');
    if (verdict === 'possible') fallback ??= 'warn';
    const cut = span.search(/[ .-][^ .-]*$/u);
    if (cut <= 0) break;
    span = span.slice(0, cut);
  }
  if (fallback === undefined) return undefined;
  // Phone-shaped but not a number libphonenumber knows: ask the worker rather than refuse.
  return phoneFinding(candidate, start, fallback, 'low');
}

function phoneFinding(span: string, start: number, severity: Severity, confidence: Confidence): Finding {
  return { kind: 'phone', start, end: start + span.length, masked: maskSpan(span), severity, confidence };
}

/** A label that makes the number someone's own line: "suora numero", "oma puh.", "työpuh", "direct line". */
const PERSONAL_LINE_BEFORE =
  /(?<![\p{L}])(?:suora\p{L}*|oma|omaan|työ(?:puh\p{L}*|numero\p{L}*)|direct)(?:[ \t]+(?:puh\p{L}*|numero\p{L}*|nro|linja|line))?\.?[ \t]*:?[ \t]*$/iu;

/** A person's e-mail address a little before: the number is in their signature ("… / tuula.m@… / p. 020 634 1122"). */
const PERSONAL_EMAIL_BEFORE = /\p{L}+[._]\p{L}+@[\p{L}\d.-]+\.\p{L}{2,}[^@\n]{0,24}(?:\n[^@\n]{0,24})?$/u;

function isPersonalLine(text: string, start: number): boolean {
  return (
    PERSONAL_LINE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) ||
    PERSONAL_EMAIL_BEFORE.test(text.slice(Math.max(0, start - 90), start)) ||
    // "020 634 1190 (suora)"
    /^[\d ]{0,16}\((?:suora|oma|direct)\)/iu.test(text.slice(start, start + 32))
  );
}

/** The sentence around the number names an organisation's line ("MIELI ry:n kriisipuhelin 09 …"). */
function isNamedAsService(text: string, start: number, end: number): boolean {
  const before =
    text
      .slice(Math.max(0, start - 64), start)
      .split(/[.!?]\s+(?=\p{Lu})|\n/u)
      .pop() ?? '';
  const after = text.slice(end, end + 48).split(/[.!?](?:\s|$)|\n/u)[0] ?? '';
  return SERVICE_CUE.test(before) || SERVICE_CUE.test(after);
}

/** "0401234567 2 kertaa": the last group is a count, not part of the number. */
function withoutCountedGroup(candidate: string, rest: string): string {
  const lastGroup = candidate.lastIndexOf(' ');
  return lastGroup > 0 && startsWithUnit(rest) ? candidate.slice(0, lastGroup) : candidate;
}

/**
 * A published public line is nobody's own number ('public-line': not reported), nor is a service
 * number (0800, 020, 0295…) the text names as an organisation's line; other service numbers, and
 * landlines named as an organisation's line, only warn.
 */
function judge(span: string, isNamedService: boolean): Severity | 'public-line' | 'possible' | 'none' {
  try {
    const number = util.parse(span.replace('(0)', '').replace(/\s+/gu, ' '), 'FI');
    if (!util.isValidNumber(number)) return util.isPossibleNumber(number) ? 'possible' : 'none';
    const national = String(number.getNationalNumber() ?? '');
    if (number.getCountryCode() === 358 && isKnownServiceNumber(national)) return 'public-line';
    const type = util.getNumberType(number);
    // A service number (never a private line) that the text names as an organisation's line.
    if (SERVICE_TYPES.has(type)) return isNamedService ? 'public-line' : 'warn';
    return isNamedService && type === PhoneNumberType.FIXED_LINE ? 'warn' : 'block';
  } catch {
    return 'none';
  }
}

function countDigits(span: string): number {
  let n = 0;
  for (const ch of span) if (ch >= '0' && ch <= '9') n += 1;
  return n;
}
