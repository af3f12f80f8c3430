import { z } from 'zod';
import type { AppDeps } from '../../app/app-deps.js';
import { checkCaseText } from '../../app/check-case-text.js';
import { submitCase } from '../../app/submit-case.js';
import { updateCase, type UpdateCaseError } from '../../app/update-case.js';
import {
  intakeValuesFrom,
  parseIntakeSubmit,
  stepOf,
  type FieldProblem,
  type IntakeStep,
  type IntakeValues,
} from '../../cards/case-intake-submit.js';
import { renderIntakeCard } from '../../cards/case-intake.js';
import { renderCaseReceivedCard } from '../../cards/case-received.js';
import { renderNoticeCard } from '../../cards/notice.js';
import { isOwnedBy } from '../../domain/case/lifecycle.js';
import { cardReply, textReply, type HandlerResult, type TurnInfo } from '../reply.js';
import { describeFieldProblem, describeRuleProblem, describeTextFindings } from './intake-problems.js';
import { outOfDate, refreshUserIdsOf } from './case-status.js';

/** Action data the intake cards add to their inputs; everything else must be an input of the intake. */
export const IntakeActionData = z.object({
  acknowledgedWarnings: z.string().max(4000).optional(),
  caseId: z.uuid().optional(),
  version: z.coerce.number().int().min(1).optional(),
  reference: z
    .string()
    .regex(/^[A-Z]{3}-\d{4}-\d{4}$/)
    .optional(),
});

interface CardState {
  readonly values: IntakeValues;
  readonly edit?: { readonly caseId: string; readonly version: number; readonly reference: string };
}

const tampered = (info: TurnInfo): HandlerResult => ({ replies: [textReply(info.t.intake.errors.tampered)] });

export const showNewRequest = async (info: TurnInfo, deps: AppDeps): Promise<HandlerResult> => ({
  replies: [cardReply(renderIntakeCard(info.t, { areas: deps.areas }))],
});

function splitData(data: unknown) {
  const record = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const { acknowledgedWarnings, caseId, version, reference, ...inputs } = record;
  const action = IntakeActionData.safeParse({ acknowledgedWarnings, caseId, version, reference });
  return { action: action.success ? action.data : undefined, inputs };
}

/** The step's card again, everything typed kept, with what to fix on top (and again beside its button). */
function cardToFix(
  info: TurnInfo,
  deps: AppDeps,
  state: CardState,
  fix: {
    step: IntakeStep;
    heading: string;
    problems: string[];
    ack?: string | undefined;
    isRewriteOffered?: boolean;
  },
) {
  return renderIntakeCard(info.t, {
    step: fix.step,
    areas: deps.areas,
    values: state.values,
    problemsHeading: fix.heading,
    problems: fix.problems,
    ...(fix.isRewriteOffered ? { isRewriteOffered: true } : {}),
    ...(fix.ack ? { acknowledgedWarnings: fix.ack } : {}),
    ...(state.edit ? { edit: state.edit } : {}),
  });
}

function explain(
  info: TurnInfo,
  deps: AppDeps,
  state: CardState,
  error: UpdateCaseError,
): Promise<HandlerResult> | HandlerResult {
  const { t } = info;
  const heading = t.intake.errors.heading;
  switch (error.code) {
    case 'personal-data-found': {
      const { heading: h, lines } = describeTextFindings(error, t, state.values);
      const ack = error.isWarningOnly ? error.warningsKey : undefined;
      const fix = { step: 'situation' as const, heading: h, problems: lines, ack, isRewriteOffered: true };
      return { card: cardToFix(info, deps, state, fix) };
    }
    case 'rules': {
      const problems = error.problems.map((p) => describeRuleProblem(p, t));
      return { card: cardToFix(info, deps, state, { step: 'assessment', heading, problems }) };
    }
    case 'area-not-offered': {
      const problems = [t.cases.notices.areaNotOffered];
      return { card: cardToFix(info, deps, state, { step: 'situation', heading, problems }) };
    }
    case 'not-found':
      return { card: renderNoticeCard(t, t.cases.notices.notFound) };
    case 'not-editable':
      return { card: renderNoticeCard(t, t.cases.notices.notEditable) };
    case 'stale':
      return state.edit
        ? outOfDate(info, deps, state.edit.caseId)
        : { card: renderNoticeCard(t, t.cases.notices.stale) };
  }
}

/** The field problems of one step, worded for the worker. */
const problemsOf = (problems: readonly FieldProblem[], step: IntakeStep, info: TurnInfo) =>
  problems.filter((p) => stepOf(p.field) === step).map((p) => describeFieldProblem(p, info.t));

/** Parses the intake; a tampered card changes nothing, a fixable one comes back (at the right step) with problems. */
function parseOrExplain(info: TurnInfo, deps: AppDeps, data: unknown, edit?: CardState['edit']) {
  const { action, inputs } = splitData(data);
  if (!action) return { result: tampered(info) };
  const state: CardState = { values: intakeValuesFrom(inputs), ...(edit ? { edit } : {}) };
  const parsed = parseIntakeSubmit(inputs);
  if (!parsed.ok && parsed.error.code === 'tampered') return { result: tampered(info) };
  if (!parsed.ok) {
    const all = parsed.error.code === 'invalid' ? parsed.error.problems : [];
    const step: IntakeStep = all.some((p) => stepOf(p.field) === 'situation') ? 'situation' : 'assessment';
    const problems = problemsOf(all, step, info);
    const heading = info.t.intake.errors.heading;
    return { result: { card: cardToFix(info, deps, state, { step, heading, problems }) } as HandlerResult };
  }
  return { action, state, details: parsed.value };
}

/**
 * Step 1 -> step 2. Checks step 1's fields with the same strict contract as the final submit and scans the text
 * now, where the worker typed it; stores nothing. Step 2 carries step 1's values to the final submit.
 */
export async function continueIntakeAction(
  info: TurnInfo,
  deps: AppDeps,
  data: unknown,
): Promise<HandlerResult> {
  const { action, inputs } = splitData(data);
  if (!action) return tampered(info);
  const edit =
    action.caseId && action.version
      ? { caseId: action.caseId, version: action.version, reference: action.reference ?? '' }
      : undefined;
  const state: CardState = { values: intakeValuesFrom(inputs), ...(edit ? { edit } : {}) };
  const parsed = parseIntakeSubmit(inputs);
  if (!parsed.ok && parsed.error.code === 'tampered') return tampered(info);
  const problems =
    parsed.ok || parsed.error.code !== 'invalid' ? [] : problemsOf(parsed.error.problems, 'situation', info);
  const heading = info.t.intake.errors.heading;
  if (problems.length > 0)
    return { card: cardToFix(info, deps, state, { step: 'situation', heading, problems }) };
  const { description = '', question = '' } = state.values;
  const text = { description: description.trim(), question: question.trim() };
  const check = checkCaseText(text, action.acknowledgedWarnings, deps.morphology);
  if (!check.ok) return explain(info, deps, state, { code: 'personal-data-found', ...check });
  return {
    card: renderIntakeCard(info.t, {
      step: 'assessment',
      areas: deps.areas,
      values: state.values,
      ...(action.acknowledgedWarnings ? { acknowledgedWarnings: action.acknowledgedWarnings } : {}),
      ...(edit ? { edit } : {}),
    }),
  };
}

export async function submitCaseAction(info: TurnInfo, deps: AppDeps, data: unknown): Promise<HandlerResult> {
  const p = parseOrExplain(info, deps, data);
  if ('result' in p) return p.result;
  const r = await submitCase(deps, {
    actor: info.actor,
    details: p.details,
    acknowledgedWarnings: p.action.acknowledgedWarnings,
  });
  return r.ok
    ? { card: renderCaseReceivedCard(info.t, r.value, { refreshUserIds: refreshUserIdsOf(info) }) }
    : explain(info, deps, p.state, r.error);
}

export async function updateCaseAction(info: TurnInfo, deps: AppDeps, data: unknown): Promise<HandlerResult> {
  const { action } = splitData(data);
  if (!action?.caseId || !action.version) return tampered(info);
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
  if (!r.ok) return explain(info, deps, p.state, r.error);
  return {
    card: renderCaseReceivedCard(info.t, r.value, { isUpdate: true, refreshUserIds: refreshUserIdsOf(info) }),
  };
}
