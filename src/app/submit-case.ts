import { findArea } from '../domain/areas.js';
import type { CaseDetails, CaseRecord } from '../domain/case/case-record.js';
import { isOwnedBy } from '../domain/case/lifecycle.js';
import { checkIntakeRules, type IntakeRuleProblem } from '../domain/case/intake-rules.js';
import { formatReference, helsinkiYear } from '../domain/case/reference.js';
import { err, ok, type Result } from '../domain/result.js';
import { triageCase } from '../domain/triage/triage-case.js';
import type { Actor, AppDeps } from './app-deps.js';
import { recordAudit } from './audit.js';
import { checkCaseText, type TextFinding } from './check-case-text.js';
import { placeCase } from './convening/place-case.js';

export interface SubmitCaseInput {
  readonly actor: Actor;
  readonly details: CaseDetails;
  /** The warnings key the worker was shown and confirmed by resending. */
  readonly acknowledgedWarnings?: string | undefined;
}

export type CaseTextError = {
  readonly code: 'personal-data-found';
  readonly findings: readonly TextFinding[];
  readonly isWarningOnly: boolean;
  readonly warningsKey: string;
};
export type SubmitCaseError =
  | CaseTextError
  | { readonly code: 'rules'; readonly problems: readonly IntakeRuleProblem[] }
  | { readonly code: 'area-not-offered' };

const MAX_REFERENCE_TRIES = 5;

/** Checks, triages and stores a new consultation request. Nothing is stored unless every check passes. */
export async function submitCase(
  deps: AppDeps,
  input: SubmitCaseInput,
): Promise<Result<CaseRecord, SubmitCaseError>> {
  const { actor, details } = input;
  const textCheck = checkCaseText(details.text, input.acknowledgedWarnings, deps.morphology);
  if (!textCheck.ok) {
    await audit(deps, actor, 'refused', textCheck.findings.map((f) => f.kind).join(','));
    return err({ code: 'personal-data-found', ...textCheck });
  }
  const problems = checkIntakeRules(details);
  if (problems.length > 0) return err({ code: 'rules', problems });
  const area = findArea(details.areaCode);
  if (!area || !deps.areas.includes(area)) return err({ code: 'area-not-offered' });

  const now = deps.clock.now();
  const { text, ...coded } = details;
  const recommendation = triageCase(details);
  // Drawn once: a redelivered turn draws the same id (see bot/turn-ids.ts) and finds its case below.
  const id = deps.ids.newId();
  for (let attempt = 0; attempt < MAX_REFERENCE_TRIES; attempt++) {
    const sequence = await deps.stores.references.next(area.prefix, helsinkiYear(now));
    const record: CaseRecord = {
      id,
      reference: formatReference(area.prefix, helsinkiYear(now), sequence),
      status: 'submitted',
      owner: actor,
      details: coded,
      text,
      recommendation,
      events: [{ type: 'submitted', at: now, by: actor.userId }],
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    if (await deps.stores.cases.insert(record)) {
      await audit(deps, actor, 'ok', recommendation.outcome, record.id);
      // a consultation-team case goes to the next session of its area with room (or waits for a team)
      return ok(await placeCase(deps, record, actor.userId));
    }
    // The id taken: this submission was stored by an earlier delivery of the same activity. Else a taken
    // reference (a store without atomic counters under load) just means: take the next number.
    const earlier = await deps.stores.cases.get(id);
    if (earlier) {
      if (!isOwnedBy(earlier, actor)) throw new Error('case id taken by another owner');
      return ok(await placeCase(deps, earlier, actor.userId));
    }
  }
  throw new Error('could not allocate a free case reference');
}

function audit(deps: AppDeps, actor: Actor, result: 'ok' | 'refused', detail: string, subject?: string) {
  return recordAudit(deps, {
    actor,
    action: result === 'ok' ? 'case.created' : 'case.refused',
    result,
    detail,
    ...(subject ? { subject } : {}),
  });
}
