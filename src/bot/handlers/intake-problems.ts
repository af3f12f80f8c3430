import type { CaseTextError } from '../../app/submit-case.js';
import type { FieldProblem, IntakeField } from '../../cards/case-intake-submit.js';
import type { IntakeRuleProblem } from '../../domain/case/intake-rules.js';
import type { ScaleDomain, TriageQuestion } from '../../domain/case/vocabulary.js';
import type { Messages } from '../../i18n/fi.js';

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

/** One line per finding: field, kind and the masked passage; never the passage itself. */
export function describeTextFindings(
  error: CaseTextError,
  t: Messages,
): { heading: string; lines: string[] } {
  const pd = t.intake.personalData;
  return {
    heading: error.isWarningOnly ? t.cases.notices.warningsOnly : pd.heading,
    lines: error.findings.map((f) =>
      pd.finding({ field: fieldLabel(f.field, t), kind: pd.kinds[f.kind], masked: f.masked }),
    ),
  };
}
