import { neutralRewrite, type NeutralPlaceholders } from '../domain/anonymity/neutral-rewrite.js';
import { scanFields, scanText, type Finding } from '../domain/anonymity/scan-text.js';
import type { CaseText } from '../domain/case/case-record.js';
import type { Morphology } from '../ports/morphology.js';

export type TextFinding = Omit<Finding, 'start' | 'end'> & { readonly field: keyof CaseText };

export type TextCheck =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly findings: readonly TextFinding[];
      /** Only warnings: the worker may confirm them by sending the same card again (see warningsKey). */
      readonly isWarningOnly: boolean;
      readonly warningsKey: string;
    };

/** Names the warnings so that a resend of the same text can confirm exactly these and nothing new. */
const keyOf = (findings: readonly TextFinding[]) =>
  findings.map((f) => `${f.field}:${f.kind}:${f.masked}`).join('|');

/**
 * Scans the free text before anything is stored. A blocking finding always refuses; warnings alone (a business
 * ID, weak name evidence) refuse once and pass when the worker resends the same text with `acknowledged` set to
 * the key they were shown. Names are read through `morphology` (Voikko, or no word known in list mode).
 */
export function checkCaseText(
  text: CaseText,
  acknowledged: string | undefined,
  morphology: Morphology,
): TextCheck {
  const analyse = (word: string) => morphology.analyse(word);
  const findings: TextFinding[] = scanFields<keyof CaseText>(text, analyse).map(
    ({ start: _s, end: _e, ...f }) => f,
  );
  if (findings.length === 0) return { ok: true };
  const isWarningOnly = findings.every((f) => f.severity === 'warn');
  const warningsKey = keyOf(findings);
  if (isWarningOnly && acknowledged === warningsKey) return { ok: true };
  return { ok: false, findings, isWarningOnly, warningsKey };
}

/** The same text with every passage the guard flags replaced by a neutral placeholder; stores nothing. */
export function rewriteCaseText(
  text: CaseText,
  morphology: Morphology,
  placeholders: NeutralPlaceholders,
): CaseText {
  const analyse = (word: string) => morphology.analyse(word);
  const rewrite = (field: string) => neutralRewrite(field, scanText(field, analyse), placeholders);
  return { ...text, description: rewrite(text.description), question: rewrite(text.question) };
}
