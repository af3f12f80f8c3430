import { z } from 'zod';
import type { AppDeps } from '../../app/app-deps.js';
import { submitCase } from '../../app/submit-case.js';
import { updateCase, type UpdateCaseError } from '../../app/update-case.js';
import { intakeValuesFrom, parseIntakeSubmit, type IntakeValues } from '../../cards/case-intake-submit.js';
import { renderIntakeCard } from '../../cards/case-intake.js';
import { renderCaseReceivedCard } from '../../cards/case-received.js';
import { renderNoticeCard } from '../../cards/notice.js';
import { isOwnedBy } from '../../domain/case/lifecycle.js';
import { cardReply, textReply, type HandlerResult, type TurnInfo } from '../reply.js';
import { describeFieldProblem, describeRuleProblem, describeTextFindings } from './intake-problems.js';

/** Action data the intake card adds to its inputs; everything else must be an input of the card. */
const IntakeActionData = z.object({
  acknowledgedWarnings: z.string().max(4000).optional(),
  caseId: z.uuid().optional(),
  version: z.coerce.number().int().min(1).optional(),
});

interface CardState {
  readonly values: IntakeValues;
  readonly edit?: { readonly caseId: string; readonly version: number; readonly reference: string };
}

export const showNewRequest = async (info: TurnInfo, deps: AppDeps): Promise<HandlerResult> => ({
  replies: [cardReply(renderIntakeCard(info.t, { areas: deps.areas }))],
});

function splitData(data: unknown) {
  const record = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const { acknowledgedWarnings, caseId, version, ...inputs } = record;
  const action = IntakeActionData.safeParse({ acknowledgedWarnings, caseId, version });
  return { action: action.success ? action.data : undefined, inputs };
}

/** The same card, everything typed kept, with what to fix on top. */
function cardToFix(
  info: TurnInfo,
  deps: AppDeps,
  state: CardState,
  heading: string,
  problems: string[],
  ack?: string,
) {
  return renderIntakeCard(info.t, {
    areas: deps.areas,
    values: state.values,
    problemsHeading: heading,
    problems,
    ...(ack ? { acknowledgedWarnings: ack } : {}),
    ...(state.edit ? { edit: state.edit } : {}),
  });
}

function explain(info: TurnInfo, deps: AppDeps, state: CardState, error: UpdateCaseError): HandlerResult {
  const { t } = info;
  switch (error.code) {
    case 'personal-data-found': {
      const { heading, lines } = describeTextFindings(error, t);
      const ack = error.isWarningOnly ? error.warningsKey : undefined;
      return { card: cardToFix(info, deps, state, heading, lines, ack) };
    }
    case 'rules':
      return {
        card: cardToFix(
          info,
          deps,
          state,
          t.intake.errors.heading,
          error.problems.map((p) => describeRuleProblem(p, t)),
        ),
      };
    case 'area-not-offered':
      return {
        card: cardToFix(info, deps, state, t.intake.errors.heading, [t.cases.notices.areaNotOffered]),
      };
    case 'not-found':
      return { card: renderNoticeCard(t, t.cases.notices.notFound) };
    case 'not-editable':
      return { card: renderNoticeCard(t, t.cases.notices.notEditable) };
    case 'stale':
      return { card: renderNoticeCard(t, t.cases.notices.stale) };
  }
}

/** Parses the intake card; a tampered card changes nothing, a fixable one comes back with problems listed. */
function parseOrExplain(info: TurnInfo, deps: AppDeps, data: unknown, edit?: CardState['edit']) {
  const { action, inputs } = splitData(data);
  if (!action) return { result: { replies: [textReply(info.t.intake.errors.tampered)] } as HandlerResult };
  const state: CardState = { values: intakeValuesFrom(inputs), ...(edit ? { edit } : {}) };
  const parsed = parseIntakeSubmit(inputs);
  if (!parsed.ok && parsed.error.code === 'tampered')
    return { result: { replies: [textReply(info.t.intake.errors.tampered)] } };
  if (!parsed.ok) {
    const lines =
      parsed.error.code === 'invalid'
        ? parsed.error.problems.map((p) => describeFieldProblem(p, info.t))
        : [];
    return { result: { card: cardToFix(info, deps, state, info.t.intake.errors.heading, lines) } };
  }
  return { action, state, details: parsed.value };
}

export async function submitCaseAction(info: TurnInfo, deps: AppDeps, data: unknown): Promise<HandlerResult> {
  const p = parseOrExplain(info, deps, data);
  if ('result' in p) return p.result;
  const r = await submitCase(deps, {
    actor: info.actor,
    details: p.details,
    acknowledgedWarnings: p.action.acknowledgedWarnings,
  });
  return r.ok ? { card: renderCaseReceivedCard(info.t, r.value) } : explain(info, deps, p.state, r.error);
}

export async function updateCaseAction(info: TurnInfo, deps: AppDeps, data: unknown): Promise<HandlerResult> {
  const { action } = splitData(data);
  if (!action?.caseId || !action.version) return { replies: [textReply(info.t.intake.errors.tampered)] };
  // The reference only titles the card sent back for fixing; another worker's case lends it nothing.
  const current = await deps.stores.cases.get(action.caseId);
  const reference = current && isOwnedBy(current, info.actor) ? current.reference : '';
  const edit = { caseId: action.caseId, version: action.version, reference };
  const p = parseOrExplain(info, deps, data, edit);
  if ('result' in p) return p.result;
  const r = await updateCase(deps, {
    actor: info.actor,
    caseId: action.caseId,
    expectedVersion: action.version,
    details: p.details,
    acknowledgedWarnings: action.acknowledgedWarnings,
  });
  return r.ok
    ? {
        card: renderCaseReceivedCard(info.t, r.value),
        replies: [textReply(info.t.cases.notices.updated({ reference: r.value.reference }))],
      }
    : explain(info, deps, p.state, r.error);
}
