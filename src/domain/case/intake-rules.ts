import type { CaseDetails } from './case-record.js';

export type IntakeRuleProblem =
  { readonly code: 'network-consent-required' } | { readonly code: 'network-parties-required' };

/** Text limits of a case: long enough for a real situation, short enough for a card and a meeting slot. */
export const TEXT_LIMITS = {
  description: { min: 20, max: 4000 },
  question: { min: 5, max: 1000 },
} as const;

/**
 * Rukkanen: a network consultation is agreed with the client beforehand and involves only the parties the
 * client's needs call for, so it needs consent and at least one named party.
 */
export function checkIntakeRules(
  d: Pick<CaseDetails, 'form' | 'hasNetworkConsent' | 'networkParties'>,
): IntakeRuleProblem[] {
  if (d.form !== 'network') return [];
  const problems: IntakeRuleProblem[] = [];
  if (!d.hasNetworkConsent) problems.push({ code: 'network-consent-required' });
  if (d.networkParties.length === 0) problems.push({ code: 'network-parties-required' });
  return problems;
}
