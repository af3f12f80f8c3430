import { z } from 'zod';
import type { AppDeps } from '../../app/app-deps.js';
import { checkCaseText } from '../../app/check-case-text.js';
import { lastIntakeDefaults } from '../../app/last-intake-defaults.js';
import { loadOwnCase } from '../../app/load-own-case.js';
import { submitCase } from '../../app/submit-case.js';
import { updateCase, type UpdateCaseError } from '../../app/update-case.js';
import {
  INTAKE_STEPS,
  intakeValuesFrom,
  parseIntakeSubmit,
  stepAfter,
  stepOf,
  type FieldProblem,
  type IntakeStep,
  type IntakeValues,
} from '../../cards/case-intake-submit.js';
import { renderIntakeCard } from '../../cards/case-intake.js';
import { renderCaseReceivedCard } from '../../cards/case-received.js';
import { renderNoticeCard } from '../../cards/notice.js';
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
  /** The step whose "next" button was pressed (cards from before the third step was added leave it out). */
  step: z.enum(['situation', 'triage']).optional(),
});
type IntakeAction = z.infer<typeof IntakeActionData>;

interface Edit {
  readonly caseId: string;
  readonly version: number;
  readonly reference: string;
}
interface CardState {
  readonly values: IntakeValues;
  readonly edit?: Edit;
}
interface Fix {
  readonly step: IntakeStep;
  readonly heading: string;
  readonly problems: string[];
  readonly ack?: string | undefined;
  readonly isRewriteOffered?: boolean;
}

const tampered = (info: TurnInfo): HandlerResult => ({ replies: [textReply(info.t.intake.errors.tampered)] });

/** A new request, with the organisation and area of the worker's newest case already chosen. */
export async function showNewRequest(info: TurnInfo, deps: AppDeps): Promise<HandlerResult> {
  const defaults = await lastIntakeDefaults(deps, info.actor);
  const values = defaults && {
    organisation: defaults.organisation,
    ...(defaults.areaCode ? { area: defaults.areaCode } : {}),
  };
  const card = renderIntakeCard(info.t, {
    areas: deps.areas,
    ...(values ? { values, isPrefilled: true } : {}),
  });
  return { replies: [cardReply(card)] };
}

/** The card's own data apart from its inputs; `action` is undefined when that data was tampered with. */
export function splitData(data: unknown) {
  const record = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const { acknowledgedWarnings, caseId, version, reference, step, ...inputs } = record;
  const action = IntakeActionData.safeParse({ acknowledgedWarnings, caseId, version, reference, step });
  return { action: action.success ? action.data : undefined, inputs };
}

export const editOf = (a: IntakeAction): Edit | undefined =>
  a.caseId && a.version ? { caseId: a.caseId, version: a.version, reference: a.reference ?? '' } : undefined;

/** The step's card again, everything typed kept, with what to fix on top (and again beside its button). */
function cardToFix(info: TurnInfo, deps: AppDeps, state: CardState, fix: Fix) {
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

/** What to fix for an outcome of the use case, or the notice or out-of-date card it calls for. */
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

/** The first of `steps` with a field to fix, and its problems worded for the worker. */
function firstStepToFix(problems: readonly FieldProblem[], steps: readonly IntakeStep[], info: TurnInfo) {
  const step = steps.find((s) => problems.some((p) => stepOf(p.field) === s));
  if (!step) return undefined;
  const lines = problems.filter((p) => stepOf(p.field) === step).map((p) => describeFieldProblem(p, info.t));
  return { step, heading: info.t.intake.errors.heading, problems: lines };
}

/** Parses the intake: tampered, a fix for the first step with problems, or the case details. */
function parse(data: unknown, info: TurnInfo, upTo: IntakeStep = 'assessment') {
  const { action, inputs } = splitData(data);
  if (!action) return { isTampered: true } as const;
  const edit = editOf(action);
  const state: CardState = { values: intakeValuesFrom(inputs), ...(edit ? { edit } : {}) };
  const parsed = parseIntakeSubmit(inputs);
  if (!parsed.ok && parsed.error.code === 'tampered') return { isTampered: true } as const;
  const steps = INTAKE_STEPS.slice(0, INTAKE_STEPS.indexOf(upTo) + 1);
  const fix = parsed.ok
    ? undefined
    : firstStepToFix(parsed.error.code === 'invalid' ? parsed.error.problems : [], steps, info);
  return { isTampered: false, action, state, fix, details: parsed.ok ? parsed.value : undefined } as const;
}

/**
 * "Next": checks the fields of the steps so far with the same strict contract as the final submit (and the text
 * when leaving step 1, where the worker typed it), stores nothing, and shows the next step with every value kept.
 */
export async function continueIntakeAction(
  info: TurnInfo,
  deps: AppDeps,
  data: unknown,
): Promise<HandlerResult> {
  const from = splitData(data).action?.step ?? 'situation';
  const p = parse(data, info, from);
  if (p.isTampered) return tampered(info);
  const { action, state, fix } = p;
  if (fix) return { card: cardToFix(info, deps, state, fix) };
  if (from === 'situation') {
    const { description = '', question = '' } = state.values;
    const text = { description: description.trim(), question: question.trim() };
    const check = checkCaseText(text, action.acknowledgedWarnings, deps.morphology);
    if (!check.ok) return explain(info, deps, state, { code: 'personal-data-found', ...check });
  }
  return {
    card: renderIntakeCard(info.t, {
      step: stepAfter(from) ?? 'assessment',
      areas: deps.areas,
      values: state.values,
      ...(action.acknowledgedWarnings ? { acknowledgedWarnings: action.acknowledgedWarnings } : {}),
      ...(state.edit ? { edit: state.edit } : {}),
    }),
  };
}

export async function submitCaseAction(info: TurnInfo, deps: AppDeps, data: unknown): Promise<HandlerResult> {
  const p = parse(data, info);
  if (p.isTampered) return tampered(info);
  if (p.fix) return { card: cardToFix(info, deps, p.state, p.fix) };
  if (!p.details) return tampered(info);
  const input = {
    actor: info.actor,
    details: p.details,
    acknowledgedWarnings: p.action.acknowledgedWarnings,
  };
  const r = await submitCase(deps, input);
  return r.ok
    ? { card: renderCaseReceivedCard(info.t, r.value, { refreshUserIds: refreshUserIdsOf(info) }) }
    : explain(info, deps, p.state, r.error);
}

/** The edited case's reference, to title a card sent back for fixing; another worker's case lends it nothing. */
async function withOwnReference(info: TurnInfo, deps: AppDeps, state: CardState): Promise<CardState> {
  if (!state.edit) return state;
  const own = await loadOwnCase(deps, info.actor, state.edit.caseId);
  return { ...state, edit: { ...state.edit, reference: own.ok ? own.value.reference : '' } };
}

const FIXABLE: ReadonlySet<UpdateCaseError['code']> = new Set([
  'personal-data-found',
  'rules',
  'area-not-offered',
]);

/** Saves an edit. The case is read once (by the use case); again only when a card must go back to be fixed. */
export async function updateCaseAction(info: TurnInfo, deps: AppDeps, data: unknown): Promise<HandlerResult> {
  const p = parse(data, info);
  if (p.isTampered || !p.state.edit) return tampered(info);
  const { action, state } = p;
  const edit = p.state.edit;
  if (p.fix) return { card: cardToFix(info, deps, await withOwnReference(info, deps, state), p.fix) };
  if (!p.details) return tampered(info);
  const r = await updateCase(deps, {
    actor: info.actor,
    caseId: edit.caseId,
    expectedVersion: edit.version,
    details: p.details,
    acknowledgedWarnings: action.acknowledgedWarnings,
  });
  if (!r.ok) {
    const titled = FIXABLE.has(r.error.code) ? await withOwnReference(info, deps, state) : state;
    return explain(info, deps, titled, r.error);
  }
  const options = { isUpdate: true, refreshUserIds: refreshUserIdsOf(info) };
  return { card: renderCaseReceivedCard(info.t, r.value, options) };
}
