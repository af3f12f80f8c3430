import { z } from 'zod';
import type { AppDeps } from '../../app/app-deps.js';
import { computeFigures } from '../../app/compute-figures.js';
import { renderFiguresCard } from '../../cards/figures.js';
import { monthAt, parsePeriod } from '../../domain/figures/period.js';
import { cardReply, type HandlerResult, type TurnInfo } from '../reply.js';

const FiguresData = z.object({ period: z.string().max(16).optional() });

/** This month's headline figures (or the month a card's button asks for), all areas together. */
export async function showFiguresAction(
  info: TurnInfo,
  deps: AppDeps,
  data: unknown,
): Promise<HandlerResult> {
  const now = monthAt(deps.clock.now());
  const asked = FiguresData.safeParse(data ?? {});
  const period = (asked.success && asked.data.period && parsePeriod(asked.data.period)) || now;
  const report = await computeFigures(deps, period, 'area');
  const card = renderFiguresCard(info.t, report, now, deps.figures?.exportUrl, deps.figures?.dashboardUrl);
  // a card's previous/next button turns the card in place; a typed command gets a new one
  return asked.success && asked.data.period ? { card } : { replies: [cardReply(card)] };
}
