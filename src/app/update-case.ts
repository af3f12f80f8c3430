import { findArea } from '../domain/areas.js';
import type { CaseDetails, CaseRecord } from '../domain/case/case-record.js';
import { checkIntakeRules } from '../domain/case/intake-rules.js';
import { isEditable } from '../domain/case/lifecycle.js';
import { requeueCase } from '../domain/case/agenda-lifecycle.js';
import { err, ok, type Result } from '../domain/result.js';
import { triageCase } from '../domain/triage/triage-case.js';
import type { Actor, AppDeps } from './app-deps.js';
import { recordAudit } from './audit.js';
import { checkCaseText } from './check-case-text.js';
import { placeCase } from './convening/place-case.js';
import { loadOwnCase } from './load-own-case.js';
import type { SubmitCaseError } from './submit-case.js';

export interface UpdateCaseInput {
  readonly actor: Actor;
  readonly caseId: string;
  /** The version the worker's card was made from; a newer stored version means the card is stale. */
  readonly expectedVersion: number;
  readonly details: CaseDetails;
  readonly acknowledgedWarnings?: string | undefined;
}

export type UpdateCaseError =
  | SubmitCaseError
  | { readonly code: 'not-found' }
  | { readonly code: 'not-editable' }
  | { readonly code: 'stale' };

/** Edits a case the team has not discussed yet: re-scanned and re-triaged like a new one. */
export async function updateCase(
  deps: AppDeps,
  input: UpdateCaseInput,
): Promise<Result<CaseRecord, UpdateCaseError>> {
  const loaded = await loadOwnCase(deps, input.actor, input.caseId);
  if (!loaded.ok) return loaded;
  const current = loaded.value;
  if (!isEditable(current)) return err({ code: 'not-editable' });
  if (current.version !== input.expectedVersion) return err({ code: 'stale' });
  const textCheck = checkCaseText(input.details.text, input.acknowledgedWarnings, deps.morphology);
  if (!textCheck.ok) return err({ code: 'personal-data-found', ...textCheck });
  const problems = checkIntakeRules(input.details);
  if (problems.length > 0) return err({ code: 'rules', problems });
  const area = findArea(input.details.areaCode);
  if (!area || !deps.areas.includes(area)) return err({ code: 'area-not-offered' });

  const now = deps.clock.now();
  const { text, ...coded } = input.details;
  const recommendation = triageCase(input.details);
  // editing answers a returned case: it goes back to the team's queue
  const updated: CaseRecord = {
    ...requeueCase(current),
    details: coded,
    text,
    recommendation,
    events: [...current.events, { type: 'edited', at: now, by: input.actor.userId }],
    updatedAt: now,
    version: current.version + 1,
  };
  if (!(await deps.stores.cases.replace(updated, current.version))) return err({ code: 'stale' });
  await recordAudit(deps, {
    actor: input.actor,
    action: 'case.edited',
    result: 'ok',
    subject: current.id,
    detail: recommendation.outcome,
  });
  return ok(await placeCase(deps, updated, input.actor.userId));
}
