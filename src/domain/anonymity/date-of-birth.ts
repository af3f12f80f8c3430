import type { Finding } from './finding.js';
import { maskSpan } from './mask.js';

/**
 * Only a date tied to birth is personal data here; appointment dates ("1.3.2025 klo 10") are the
 * stuff of every case description and are left alone.
 */
const MONTHS =
  'tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta';
const DATE = String.raw`(?:\d{1,2}\. ?\d{1,2}\. ?(?:19|20)?\d{2}|\d{1,2}\/\d{1,2}\/(?:19|20)?\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|\d{1,2}\. (?:${MONTHS}) (?:19|20)\d{2})`;
const YEAR = String.raw`(?:19|20)\d{2}`;
const TRIGGER = String.raw`(?:syntyn(?:yt|eet|eeksi)|syntyi|synt\.|(?<![\p{L}])s\.|syntymäaika(?:nsa)?|syntymäpäivä|syntymävuosi|s-aika|born|date of birth|d\.o\.b\.|dob)`;

const TRIGGER_BEFORE = new RegExp(
  String.raw`${TRIGGER}[ \t]*:?[ \t]*(?:on[ \t]+|vuonna[ \t]+)?(${DATE}|${YEAR})(?![\p{N}])`,
  'giu',
);
const TRIGGER_AFTER = new RegExp(
  String.raw`(?<![\p{N}.])(${DATE})[ \t]+(?:syntynyt|syntyneen|syntynyttä)`,
  'giu',
);

export function detectDatesOfBirth(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const pattern of [TRIGGER_BEFORE, TRIGGER_AFTER]) {
    for (const m of text.matchAll(pattern)) {
      const date = m[1] ?? '';
      const start = m.index + m[0].indexOf(date);
      // A birth year alone narrows a person down but does not pin them: warn.
      const isYearOnly = /^\d{4}$/u.test(date);
      findings.push({
        kind: 'date-of-birth',
        start,
        end: start + date.length,
        masked: maskSpan(date),
        severity: isYearOnly ? 'warn' : 'block',
        confidence: isYearOnly ? 'medium' : 'high',
      });
    }
  }
  return findings;
}
