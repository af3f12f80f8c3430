/**
 * The anonymity guard: scans the free text of a case before anything is stored and reports the
 * personal data in it. Pure: no I/O, no clock, never logs the text it reads.
 * This file is the module's entry point; each detector lives in its own file.
 */
import { detectPostalCodes, detectStreetAddresses } from './address.js';
import { detectBusinessIds } from './business-id.js';
import { datesOfBirthAfterNames, detectDatesOfBirth } from './date-of-birth.js';
import { detectEmails } from './email.js';
import { detectHomeStreets } from './home-street.js';
import type { Finding, FindingKind } from './finding.js';
import { detectIbans } from './iban.js';
import { detectIdentityCodes } from './identity-code.js';
import type { AnalyseWord } from './morphology.js';
import { detectNames, knowsNoWord } from './names.js';
import { namesInOtherScripts } from './name-scripts.js';
import { maskSpan } from './mask.js';
import { detectPhones } from './phone.js';

export type { Finding } from './finding.js';
export type { AnalyseWord } from './morphology.js';

const STRUCTURED_DETECTORS: ReadonlyArray<(text: string, analyse: AnalyseWord) => Finding[]> = [
  detectIdentityCodes,
  detectIbans,
  detectEmails,
  detectPhones,
  detectBusinessIds,
  detectStreetAddresses,
  detectHomeStreets,
  detectPostalCodes,
  detectDatesOfBirth,
];

/**
 * When two findings overlap, a blocking one wins (a warning must never hide a reason to refuse),
 * then the more specific kind ("matti.virtanen@..." is an e-mail, not a name), then the longer.
 */
const SPECIFICITY: Readonly<Record<FindingKind, number>> = {
  'identity-code': 0,
  iban: 1,
  email: 2,
  'business-id': 3,
  phone: 4,
  'date-of-birth': 5,
  'street-address': 6,
  'postal-code': 7,
  name: 8,
};

/**
 * All personal data found in `text`, sorted by start, never overlapping. `analyse` is Finnish
 * morphology (Voikko behind the Morphology port); without it names are found from the lists alone.
 */
export function scanText(text: string, analyse: AnalyseWord = knowsNoWord): Finding[] {
  const structured = STRUCTURED_DETECTORS.flatMap((detect) => detect(text, analyse));
  // a note that gives someone's code, phone or address is about that person: its names are never only asked about
  const isAboutSomeone = structured.some((f) => f.severity === 'block');
  const names = detectNames(text, analyse, isAboutSomeone).map((name) => taggedName(text, name, structured));
  // "tuukka (7.1.05)": a date in brackets after a name found is a birth date
  const namedDates = datesOfBirthAfterNames(text, names);
  // "Wang Lei (王磊)": the same name in its own script
  const scripts = namesInOtherScripts(text, names);
  return withoutOverlaps(text, [...structured, ...names, ...scripts, ...namedDates]);
}

/** What gives one person away by itself: a name written right before one of these is theirs. */
const PERSONAL_KINDS: ReadonlySet<FindingKind> = new Set([
  'identity-code',
  'date-of-birth',
  'phone',
  'email',
]);
/** Between a name and its identifier: "Liis Kuusk, 070595-…", "Kuusk (s. 1.2.1990)", "Kuusk puh. 040…". */
const TAG_GAP = /^(?:,|:)?[ \t]*\(?[ \t]*(?:(?:s|synt|puh|p|tel|hetu|dob)\.?:?[ \t]*)?$/iu;

/** "Liis Kuusk, 070595-984T": a name only asked about is refused where someone's code, birth date or number follows. */
function taggedName(text: string, name: Finding, structured: readonly Finding[]): Finding {
  // only a capitalised name: a lower-case word right before a number is as often its label ("sposti", "tel")
  if (name.severity === 'block' || !/^\p{Lu}/u.test(text.slice(name.start, name.end))) return name;
  const tag = structured.find(
    (f) =>
      f.severity === 'block' &&
      PERSONAL_KINDS.has(f.kind) &&
      f.start >= name.end &&
      f.start - name.end <= 12 &&
      TAG_GAP.test(text.slice(name.end, f.start)),
  );
  return tag ? { ...name, severity: 'block', confidence: 'medium' } : name;
}

/** Scans each field; findings carry the field they came from, in the order of the fields given. */
export function scanFields<K extends string>(
  fields: Readonly<Partial<Record<K, string>>>,
  analyse: AnalyseWord = knowsNoWord,
): Array<Finding & { field: K }> {
  const out: Array<Finding & { field: K }> = [];
  for (const field of Object.keys(fields) as K[]) {
    const text = fields[field];
    if (typeof text !== 'string' || text.length === 0) continue;
    for (const finding of scanText(text, analyse)) out.push({ ...finding, field });
  }
  return out;
}

/** True when any finding must stop the case from being stored. */
export function hasBlockingFinding(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'block');
}

function withoutOverlaps(text: string, findings: readonly Finding[]): Finding[] {
  const byPriority = [...findings].sort(
    (a, b) =>
      severityRank(a) - severityRank(b) ||
      SPECIFICITY[a.kind] - SPECIFICITY[b.kind] ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const kept: Finding[] = [];
  for (const f of byPriority) {
    const overlapping = kept.filter((k) => f.start < k.end && k.start < f.end);
    if (overlapping.length === 0) kept.push(f);
    // "Äiti Tanja tanja.koski(ät)…": a name read on into the e-mail keeps its words before it
    else if (f.kind === 'name') kept.push(...namePartsOutside(text, f, overlapping));
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The whole words of a name finding left outside the findings that won over it. */
function namePartsOutside(text: string, name: Finding, winners: readonly Finding[]): Finding[] {
  const parts: Finding[] = [];
  let from = name.start;
  for (const w of [...winners].sort((a, b) => a.start - b.start)) {
    parts.push(...wholeWords(text, name, from, Math.min(w.start, name.end)));
    from = Math.max(from, w.end);
  }
  parts.push(...wholeWords(text, name, from, name.end));
  return parts;
}

const LETTER = /\p{L}/u;

/** The part of a name from `start` to `end`, without a word cut at either edge, if a word of two letters is left. */
function wholeWords(text: string, name: Finding, start: number, end: number): Finding[] {
  let a = start;
  let b = end;
  if (LETTER.test(text[a - 1] ?? '')) while (a < b && LETTER.test(text[a] ?? '')) a += 1;
  if (LETTER.test(text[b] ?? '')) while (b > a && LETTER.test(text[b - 1] ?? '')) b -= 1;
  while (a < b && !LETTER.test(text[a] ?? '')) a += 1;
  while (b > a && !LETTER.test(text[b - 1] ?? '')) b -= 1;
  const span = text.slice(a, b);
  return /\p{L}{2}/u.test(span) ? [{ ...name, start: a, end: b, masked: maskSpan(span) }] : [];
}

function severityRank(f: Finding): number {
  return f.severity === 'block' ? 0 : 1;
}
