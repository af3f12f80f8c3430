import type { AppDeps } from '../../app/app-deps.js';
import { rewriteCaseText } from '../../app/check-case-text.js';
import { intakeValuesFrom } from '../../cards/case-intake-submit.js';
import { renderIntakeCard } from '../../cards/case-intake.js';
import { textReply, type HandlerResult, type TurnInfo } from '../reply.js';
import { editOf, splitData } from './intake.js';

/**
 * "Use the neutral version": the refused card again with each flagged passage of the description and question
 * replaced by a placeholder in the worker's language, for them to review and send. Stores nothing.
 */
export async function applyNeutralRewriteAction(
  info: TurnInfo,
  deps: AppDeps,
  data: unknown,
): Promise<HandlerResult> {
  const { action, inputs } = splitData(data);
  if (!action) return { replies: [textReply(info.t.intake.errors.tampered)] };
  const values = intakeValuesFrom(inputs);
  const { personalData } = info.t.intake;
  const text = { description: values.description ?? '', question: values.question ?? '' };
  const rewritten = rewriteCaseText(text, deps.morphology, personalData.placeholders);
  const edit = editOf(action);
  return {
    card: renderIntakeCard(info.t, {
      step: 'situation',
      areas: deps.areas,
      values: { ...values, ...rewritten },
      problemsHeading: personalData.rewrittenHeading,
      problems: [personalData.rewrittenHint],
      ...(edit ? { edit } : {}),
    }),
  };
}
