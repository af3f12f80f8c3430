import type { CaseTextError } from '../../app/submit-case.js';
import type { FieldProblem, IntakeField } from '../../cards/case-intake-submit.js';
import type { IntakeRuleProblem } from '../../domain/case/intake-rules.js';
import type { ScaleDomain, TriageQuestion } from '../../domain/case/vocabulary.js';
import type { Messages } from '../../i18n/fi.js';
import { escapeMarkdown } from '../../cards/escape-markdown.js';
import { locatePassage } from './finding-context.js';

/** The label a worker sees for a card field, so that a problem names what to fix. */
export function fieldLabel(field: IntakeField | 'description' | 'question', t: Messages): string {
  if (field.startsWith('scale_')) return t.triage.scale.domains[field.slice(6) as ScaleDomain].name;
  if (field.startsWith('triage_')) return t.triage.questions[field.slice(7) as TriageQuestion].short;
  return t.intake.fields[field as keyof Messages['intake']['fields']];
}

export function describeFieldProblem(p: FieldProblem, t: Messages): string {
  const field = fieldLabel(p.field, t);
  const e = t.intake.errors;
  switch (p.code) {
    case 'required':
      return e.required({ field });
    case 'too-long':
      return e.tooLong({ field, max: p.limit ?? 0 });
    case 'too-short':
      return e.tooShort({ field, min: p.limit ?? 0 });
    case 'invalid':
      return e.invalid({ field });
  }
}

export const describeRuleProblem = (p: IntakeRuleProblem, t: Messages): string =>
  p.code === 'network-consent-required'
    ? t.intake.errors.networkConsentRequired
    : t.intake.errors.networkPartiesRequired;

/**
 * One line per finding: field, where in it (line and the ordinary words before it), kind and the masked passage;
 * never the passage itself. `text` is what the worker typed, to find the masked passage in; everything shown is
 * escaped, as it comes from user text.
 */
export function describeTextFindings(
  error: Pick<CaseTextError, 'findings' | 'isWarningOnly'>,
  t: Messages,
  text: Readonly<Record<'description' | 'question', string>>,
): { heading: string; lines: string[] } {
  const pd = t.intake.personalData;
  const seen = new Map<string, number>();
  return {
    heading: error.isWarningOnly ? t.cases.notices.warningsOnly : pd.heading,
    lines: error.findings.map((f) => {
      const key = `${f.field}|${f.masked}`;
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      const at = locatePassage(text[f.field], f.masked, nth) ?? { line: 1, before: '' };
      return pd.finding({
        field: fieldLabel(f.field, t),
        at: pd.at({ line: at.line, before: escapeMarkdown(at.before) }),
        kind: pd.kinds[f.kind],
        masked: escapeMarkdown(f.masked),
      });
    }),
  };
}
