import type { Finding } from './finding.js';
import { maskSpan } from './mask.js';

/**
 * Only a date tied to birth is personal data here; appointment dates ("1.3.2025 klo 10") are the
 * stuff of every case description and are left alone. Tied to birth means: after "syntynyt" and
 * the like (a few words may come between: "syntynyt jouluaattona 1980"), before "syntynyt", or
 * beside an age ("ikä 34 v (1.9.1991)", "täyttää 18 vuotta 3.5.2026").
 */
const MONTH_STEMS = 'tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu';
const MONTHS = `(?:${MONTH_STEMS})kuuta`;
/** "huhtikuun 8. päivänä 1966", "8. huhtikuuta 1966", "8 päivänä huhtikuuta 1966". */
const HOLIDAYS =
  'jouluaattona|joulupäivänä|tapaninpäivänä|uudenvuodenaattona|uudenvuodenpäivänä|loppiaisena|ystävänpäivänä|vappuna|vappupäivänä|juhannusaattona|juhannuspäivänä|itsenäisyyspäivänä|pyhäinpäivänä';
const WORD_DATE = String.raw`(?:(?:${HOLIDAYS}) (?:vuonna )?(?:19|20)\d{2}|(?:${MONTH_STEMS})kuun \d{1,2}\.? (?:päivänä |pv\.? )?(?:19|20)\d{2}|\d{1,2}\.? (?:päivänä )?${MONTHS} (?:19|20)\d{2})`;
/** English and Swedish: "1 March 1990", "1st of March, 1990", "March 1, 1990", "1 mars 1990", "den 1 mars 1990". */
const FOREIGN_MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|januari|februari|mars|maj|juni|juli|augusti|oktober';
const FOREIGN_DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th|e|a|:e|:a)?\.? (?:of )?(?:${FOREIGN_MONTHS})\.?,? (?:19|20)\d{2}|(?:${FOREIGN_MONTHS})\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d{2})`;
const DATE = String.raw`(?:\d{1,2}\. ?\d{1,2}\. ?(?:19|20)?\d{2}|\d{1,2}[/-]\d{1,2}[/-](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|${WORD_DATE}|${FOREIGN_DATE})`;
const YEAR = String.raw`(?:19|20)\d{2}`;
/**
 * Any form of "syntyä" or its nouns (syntynyt, syntyneensä, syntyneelle, syntymäaikansa...), the
 * Swedish "född"/"födelsedatum" and the English "born"/"date of birth".
 */
const TRIGGER = String.raw`(?:(?<![\p{L}])synty(?:n|i|m)\p{L}*|synt\.|(?<![\p{L}])s\.|s-aika|(?<![\p{L}])född\p{L}*|födelse\p{L}*|(?<![\p{L}])born|birth ?date|date of birth|d\.o\.b\.|dob)`;
/** Up to three words between the trigger and the date: "syntynyt jouluaattona 1980", "syntyi Oulussa vuonna 1975". */
const GAP = String.raw`(?:[ \t]+(?!(?:19|20)\d{2})[\p{L}]+,?){0,3}`;

const TRIGGER_BEFORE = new RegExp(
  String.raw`${TRIGGER}[ \t]*:?${GAP}[ \t]*:?[ \t]*(?:on[ \t]+|vuonna[ \t]+)?(${DATE}|${YEAR})(?![\p{N}])`,
  'giu',
);
const TRIGGER_AFTER = new RegExp(String.raw`(?<![\p{N}.])(${DATE})[ \t]+(?:syntyn\p{L}*|född)`, 'giu');
/** An age with a full date beside it. */
const AGE_WITH_DATE = new RegExp(
  String.raw`(?:ikä[ \t]*:?[ \t]*(\d{1,3})[ \t]*(?:v\.?|vuotta)?|(\d{1,3})[ \t]*(?:v\.?|-?vuotias)|(?:täyttää|täytti|täyttänyt|täyttämässä)[ \t]+(\d{1,3})[ \t]*(?:v\.?|vuotta))[ \t]*[,(]?[ \t]*(?:on[ \t]+)?(${DATE})(?![\p{N}])`,
  'giu',
);
/** A date, then an age: "(1.9.1991, 34 v)". */
const DATE_WITH_AGE = new RegExp(
  String.raw`(?<![\p{N}.])(${DATE})[ \t]*[,)]?[ \t]*\(?(\d{1,3})[ \t]*(?:v\b|v\.|-?vuotias)`,
  'giu',
);

export function detectDatesOfBirth(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const pattern of [TRIGGER_BEFORE, TRIGGER_AFTER]) {
    for (const m of text.matchAll(pattern)) findings.push(toFinding(m[0], m[1] ?? '', m.index));
  }
  for (const m of text.matchAll(AGE_WITH_DATE)) {
    const age = Number(m[1] ?? m[2] ?? m[3]);
    const date = m[4] ?? '';
    if (isAgeOfDate(age, date, m[3] !== undefined)) findings.push(toFinding(m[0], date, m.index));
  }
  for (const m of text.matchAll(DATE_WITH_AGE)) {
    const date = m[1] ?? '';
    if (isAgeOfDate(Number(m[2]), date, false)) findings.push(toFinding(m[0], date, m.index));
  }
  return findings;
}

/**
 * "3 v (1.1.2022 alkaen)" is a duration, "34 v (1.9.1991)" a birth date: the date's year plus the
 * age must land in this century's working life, and a clients' age is at least 15. A coming
 * birthday ("täyttää 18 vuotta 3.5.2026") names the birth date whatever its year.
 */
function isAgeOfDate(age: number, date: string, isBirthday: boolean): boolean {
  if (isBirthday) return true;
  const year = Number(/(?:19|20)\d{2}/u.exec(date)?.[0] ?? Number.NaN);
  return age >= 15 && year + age >= 2000 && year + age <= 2045;
}

function toFinding(match: string, date: string, index: number): Finding {
  const start = index + match.lastIndexOf(date);
  // A birth year alone narrows a person down but does not pin them: warn.
  const isYearOnly = /^\d{4}$/u.test(date);
  return {
    kind: 'date-of-birth',
    start,
    end: start + date.length,
    masked: maskSpan(date),
    severity: isYearOnly ? 'warn' : 'block',
    confidence: isYearOnly ? 'medium' : 'high',
  };
}
