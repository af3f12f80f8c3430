import { COMPACT_DATE, DATE, DAY_MONTH, NOT_A_DECADE, YEAR } from './date-words.js';
import type { Finding } from './finding.js';
import { maskSpan } from './mask.js';

/**
 * Only a date tied to birth is personal data here; appointment and decision dates ("1.3.2025 klo
 * 10") are the stuff of every case description and are left alone. Tied to birth means: after
 * "syntynyt" and the like (a few words may come between: "syntynyt jouluaattona 1980"), before
 * "syntynyt", or beside an age ("ikä 34 v (1.9.1991)", "täyttää 18 vuotta 3.5.2026").
 * Each rule starts from a cheap anchor (the trigger word or the age) and reads the date beside it.
 */
/**
 * Any form of "syntyä" or its nouns (syntynyt, syntyneensä, syntymäaikansa, 50-vuotissyntymäpäivä),
 * "synttärit", "täysi-ikäiseksi", "s.", "s.v." and "s.a.", the Swedish "född"/"f."/"födelsedatum", the English
 * "born"/"date of birth" and the Russian "г.р." after the date.
 */
const TRIGGER =
  /synty(?:n|i|m)\p{L}*|synttär\p{L}*|täysi-ikäi\p{L}*|synt\.?\s?pvm|s\.pvm|hetu-?alku|hetun alku|henkilötunnuksen alku|synt\.|(?<![\p{L}])synt(?![\p{L}])|(?<![\p{L}])birthday|(?<![\p{L}])s\.[ \t]?[av]\.|(?<![\p{L}])[sf]\.|s-aika|(?<![\p{L}])född\p{L}*|födelse\p{L}*|(?<![\p{L}])born|birth[ _]?date|date[ _]of[ _]birth|d\.o\.b\.|(?<![\p{L}])dob|г\. ?р\.|(?<![\p{L}])(?:sündinud|sünd\.|sünniaeg|sünnikuupäev|født|fødd|fødselsdato|geboren|geb\.|geburtsdatum|nacid[oa]|nascid[oa]|fecha de nacimiento|data de nascimento|née?|date de naissance|nat[oa]|родил\p{L}*|дата рождения|урожд\p{L}*|народил\p{L}*|urodzon[ya]|ur\.|data urodzenia|doğum tarihi|doğumlu|születési dátum|született|sinh ngày|ngày sinh)(?![\p{L}])/giu;
/** The format a form asks for, in brackets: "syntymäaika (ppkkvvvv) 17092003", "(dd.mm.yyyy)". */
const FORMAT_HINT = String.raw`(?:[ \t]*\((?:pp|dd|vvvv|yyyy)[\p{L}./ -]{0,10}\))?`;
/** Up to three words between the trigger and the date: "syntynyt jouluaattona 1980", "syntyi Oulussa vuonna 1975". */
const GAP = String.raw`(?:[ \t]+(?!(?:19|20)\d{2})[\p{L}]+,?){0,3}${FORMAT_HINT}`;
/** Right after a birth word only, a date typed with spaces: "syntynyt 3 2 1999", "syntymäaika 1 . 4 . 1990". */
const SPACED_DATE = String.raw`(?:[0-3]?\d [01]?\d ${YEAR}|[0-3]?\d ?\. ?[01]?\d ?\. ?${YEAR})`;
const DATE_AFTER_TRIGGER = new RegExp(
  String.raw`[ \t]*:?${GAP}[ \t]*:?[ \t]*(?:on[ \t]+|vuonna[ \t]+|v\.[ \t]*)?["'“”«»]?(${DATE}|${SPACED_DATE}|${COMPACT_DATE}|${YEAR}${NOT_A_DECADE})(?![\p{N}])`,
  'iuy',
);
const DATE_BEFORE_TRIGGER = new RegExp(String.raw`(?<![\p{N}.])(${DATE})[ \t]+$`, 'iu');
const LISTED_DATE = new RegExp(
  String.raw`(?:[ \t]*,[ \t]*|[ \t]+(?:ja|sekä|and|och)[ \t]+)(?:(?!\p{L}*(?:tt[uy]|n[uy]t|tiin|t[aä][aä]n)[ \t])\p{L}+[ \t]+){0,2}(?:on[ \t]+)?(${DATE})(?![\p{N}])`,
  'iuy',
);
/** Days and months alone only on a coming birthday ("synttärit 3.4.", "täyttää 18 vuotta 3.2."). */
const BIRTHDAY_WORD = /^(?:synttär|synty\p{L}*päiv|täysi-ikäi)/iu;
const DAY_MONTH_AFTER_TRIGGER = new RegExp(String.raw`[ \t]*:?[ \t]*(?:on[ \t]+)?(${DAY_MONTH})`, 'uy');

/**
 * An age: "ikä 34", "34 v", "34-vuotias", "34 vuotta", or a coming birthday "täyttää 18 (vuotta)",
 * "täyttää kahdeksantoista". `birthday` is set for the latter.
 */
const AGE =
  /(?<![\p{L}\p{N}])(?:ikä[ \t]*:?[ \t]*(?<age>\d{1,3})(?:[ \t]*(?:v\.?|vuotta)(?![\p{L}]))?|(?<age2>\d{1,3})[ \t]*(?:-?v\.?(?![\p{L}])|-?vuotias|vuotta|vuoden)|(?:täyttää|täytti|täyttänyt|täyttämässä|täyttäessä)[ \t]+(?:(?:juuri|jo|nyt|pian|kohta|just|justiin|äsken|hiljattain|tänään|huomenna)[ \t]+)?(?<birthday>\d{1,3}|\p{L}+(?:toista|kymmentä\p{L}*)|kymmenen)(?:[ \t]*(?:v\.?|vuotta)(?![\p{L}]))?)/giu;
/** The date right after the age: "ikä 34 v (1.9.1991)", "täyttää 18 vuotta 3.2.2027". */
const DATE_AFTER_AGE = new RegExp(
  String.raw`[ \t]*[,(]?[ \t]*(?:on[ \t]+|s\.[ \t]*)?(${DATE}|${DAY_MONTH})(?![\p{N}])`,
  'iuy',
);
/** The date right before the age: "(1.9.1991, 34 v)", "1.9.1991 (34 v)". */
const DATE_BEFORE_AGE = new RegExp(String.raw`(?<![\p{N}.])(${DATE})[ \t]*[,)]?[ \t]*\(?$`, 'iu');
const DAY_MONTH_ONLY = new RegExp(`^${DAY_MONTH}$`, 'u');
/**
 * "3 v (1.1.2022 alkaen)", "1.1.–3.3.2022": a date that starts or ends a period is not a birth date; a dash before
 * words is the sentence going on ("DOB: 07/22/1991 – passin mukaan").
 */
const PERIOD_AFTER = /^[ \t]*(?:alkaen|lähtien|asti|saakka|mennessä|klo|kello|[-–][ \t]*\d)/iu;

/** "(b. 5 Oct 1978)", "née 3.4.1950": the English abbreviation only right before the date. */
const B_DOT_DATE = new RegExp(String.raw`(?<![\p{L}])b\.[ \t]?(${DATE})(?![\p{N}])`, 'giu');
/** "lapset: Eetu 12.5.2012, Venla 20.10.2016 ja Aada 1.8.2022": children listed by name and date. */
const CHILD_LIST = /(?<![\p{L}])(?:lapset|lapsi|lapsia|children|child|barn|barnen)\s*:\s*/giu;
const CHILD_WITH_DATE = new RegExp(
  String.raw`\p{Lu}[\p{Ll}-]+[ \t]*\(?(?:s\.[ \t]*)?(${DATE})(?![\p{N}])\)?(?:[ \t]*,[ \t]*|[ \t]+(?:ja|sekä|and|och)[ \t]+)?`,
  'uy',
);

function childrensDates(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(CHILD_LIST)) {
    CHILD_WITH_DATE.lastIndex = m.index + m[0].length;
    for (let c = CHILD_WITH_DATE.exec(text); c?.[1] !== undefined; c = CHILD_WITH_DATE.exec(text)) {
      const date = c[1];
      findings.push(toFinding(date, c.index + c[0].indexOf(date)));
      if (findings.length > 12) break;
    }
  }
  return findings;
}

export function detectDatesOfBirth(text: string): Finding[] {
  const bDot = text.includes('b.')
    ? [...text.matchAll(B_DOT_DATE)].flatMap((m) =>
        m[1] === undefined ? [] : [toFinding(m[1], m.index + m[0].length - m[1].length)],
      )
    : [];
  const tied = [...datesByTrigger(text), ...datesByAge(text), ...bDot, ...childrensDates(text)];
  const untied = datesLongAgo(text).filter((f) => !tied.some((t) => t.start < f.end && f.start < t.end));
  return [...tied, ...untied];
}

/**
 * A full date in digits from a working-age client's birth years, with nothing saying it is a birth date: "Asiakas
 * 14-03-79", "s 7/8 -83". Case notes date what happens now (appointments, decisions, periods of this decade); a day
 * in 1930–2010 is most often someone's birthday, so the worker is asked (warn). A two-digit year counts only from 30
 * up: "1.1.05" is as likely an old decision. The bound is fixed so the scan stays pure (no clock); move it with
 * the years.
 */
const NUMERIC_DATE =
  /(?<![\p{N}.,/–-])(?:[0-3]?\d(?:\. ?[01]?\d\. ?| ?[/-] ?[01]?\d ?[/-] ?)(?:(19\d{2}|200\d|2010)|['’-]?([3-9]\d))|(?:19\d{2}|200\d|2010)-[01]\d-[0-3]\d)(?![\p{N}]|[.,]\d)/gu;
/** "alkaen 1.1.2005", "vuodesta 3.4.1999", "välillä 1.1.2001": the start of a period, not a birthday. */
const PERIOD_BEFORE = /(?:alkaen|lähtien|vuodesta|since|from|välillä|between|[-–])\s*$/iu;

function datesLongAgo(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const end = m.index + m[0].length;
    if (PERIOD_AFTER.test(text.slice(end, end + 12))) continue;
    if (PERIOD_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    findings.push({ ...toFinding(m[0], m.index), severity: 'warn', confidence: 'low' });
  }
  return findings;
}

function datesByTrigger(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const t of text.matchAll(TRIGGER)) {
    const end = t.index + t[0].length;
    DATE_AFTER_TRIGGER.lastIndex = end;
    const after = DATE_AFTER_TRIGGER.exec(text);
    const isPeriod = after !== null && PERIOD_AFTER.test(text.slice(DATE_AFTER_TRIGGER.lastIndex));
    if (after?.[1] !== undefined && !isPeriod) {
      findings.push(toFinding(after[1], end + after[0].length - after[1].length));
      findings.push(...listedDates(text, DATE_AFTER_TRIGGER.lastIndex));
    }
    if (/^(?:synty|född|г)/iu.test(t[0])) {
      const before = DATE_BEFORE_TRIGGER.exec(text.slice(Math.max(0, t.index - 32), t.index));
      if (before?.[1] !== undefined) findings.push(toFinding(before[1], t.index - before[0].length));
    }
    DAY_MONTH_AFTER_TRIGGER.lastIndex = end;
    const dayMonth = BIRTHDAY_WORD.test(t[0]) && !after ? DAY_MONTH_AFTER_TRIGGER.exec(text) : null;
    if (dayMonth?.[1] !== undefined)
      findings.push(toFinding(dayMonth[1], end + dayMonth[0].length - dayMonth[1].length));
  }
  return findings;
}

/**
 * The birth dates listed after the first: "Venla syntymäpäivä 12.6.2015 ja Eetu 1.9.2018", "vanhempi syntynyt
 * vappuna 1995, nuorempi uudenvuodenpäivänä 2004": a full date after a comma or "ja", at most two words between, none
 * of them a verb of what was done ("s. 1.2.1980, tavattu 3.3.2026" is a meeting).
 */
function listedDates(text: string, from: number): Finding[] {
  const findings: Finding[] = [];
  LISTED_DATE.lastIndex = from;
  for (let m = LISTED_DATE.exec(text); m?.[1] !== undefined; m = LISTED_DATE.exec(text)) {
    if (PERIOD_AFTER.test(text.slice(LISTED_DATE.lastIndex))) break;
    findings.push(toFinding(m[1], LISTED_DATE.lastIndex - m[1].length));
  }
  return findings;
}

function datesByAge(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const a of text.matchAll(AGE)) {
    const birthday = a.groups?.['birthday'];
    const age = Number(a.groups?.['age'] ?? a.groups?.['age2']);
    const end = a.index + a[0].length;
    DATE_AFTER_AGE.lastIndex = end;
    const after = DATE_AFTER_AGE.exec(text);
    const date = after?.[1];
    if (
      after &&
      date !== undefined &&
      (birthday !== undefined || isAgeOfDate(age, date, text, end + after[0].length))
    ) {
      findings.push(toFinding(date, end + after[0].length - date.length, birthday !== undefined));
    }
    const before =
      birthday === undefined ? DATE_BEFORE_AGE.exec(text.slice(Math.max(0, a.index - 40), a.index)) : null;
    if (before?.[1] !== undefined && isAgeOfDate(age, before[1], text, a.index)) {
      findings.push(toFinding(before[1], a.index - before[0].length));
    }
  }
  return findings;
}

/**
 * "3 v (1.1.2022 alkaen)" is a duration, "34 v (1.9.1991)" a birth date: the date's year plus the
 * age must land in this century's working life, a client's age is at least 15, and the date must
 * not start or end a period.
 */
function isAgeOfDate(age: number, date: string, text: string, dateEnd: number): boolean {
  // "36v (8.7.90)": a two-digit year is read in the century that makes the age a working-life one
  const short = /(?<!\d)(\d{2})$/u.exec(date)?.[1];
  const full = /(?:19|20)\d{2}/u.exec(date)?.[0];
  const year =
    full !== undefined ? Number(full) : short !== undefined ? centuryFor(Number(short), age) : Number.NaN;
  if (PERIOD_AFTER.test(text.slice(dateEnd, dateEnd + 12))) return false;
  return age >= 15 && year + age >= 2000 && year + age <= 2045;
}

function centuryFor(twoDigits: number, age: number): number {
  return 2000 + twoDigits + age <= 2045 ? 2000 + twoDigits : 1900 + twoDigits;
}

/**
 * A birth year alone, or a birthday without its year, narrows a person down but does not pin them:
 * warn. Beside an age being reached ("täyttää 18 vuotta 3.2.") the day and month give the year too.
 */
function toFinding(date: string, start: number, isAgeReached = false): Finding {
  const isPartial = !isAgeReached && (/^\d{4}$/u.test(date) || DAY_MONTH_ONLY.test(date));
  return {
    kind: 'date-of-birth',
    start,
    end: start + date.length,
    masked: maskSpan(date),
    severity: isPartial ? 'warn' : 'block',
    confidence: isPartial ? 'medium' : 'high',
  };
}

/** A full date in brackets right after a word, an age between or not: "tuukka (7.1.05)", "Aada 9 v (14.2.2017)". */
const DATE_IN_BRACKETS_AFTER =
  /^,? ?(?:\d{1,2} ?(?:v\.?|vuotta|-v|-vuotias)[ ,]*)?\((\d{1,2}\.\d{1,2}\.(?:\d{2}|(?:19|20)\d{2}))\)/u;

/**
 * "tuukka (7.1.05) tuli uudestaan": a full date in brackets right after a person's name is when they were born. Only the
 * names found tell it from an appointment's date after a word ("tapaaminen (7.1.2027)").
 */
export function datesOfBirthAfterNames(text: string, names: readonly Finding[]): Finding[] {
  return names.flatMap((name) => {
    const m = DATE_IN_BRACKETS_AFTER.exec(text.slice(name.end, name.end + 16));
    const date = m?.[1];
    if (!m || date === undefined) return [];
    return [toFinding(date, name.end + m[0].indexOf(date))];
  });
}
