import { z } from 'zod';
import type { AppDeps } from '../../app/app-deps.js';
import { setLanguage } from '../../app/set-language.js';
import { renderLanguageCard } from '../../cards/language.js';
import { renderNoticeCard } from '../../cards/notice.js';
import { LANGUAGES, type Language } from '../../domain/user/language.js';
import { catalogueFor } from '../../i18n/catalogue.js';
import { cardReply, textReply, type HandlerResult, type TurnInfo } from '../reply.js';

const SetLanguage = z.strictObject({ language: z.enum(LANGUAGES) });

export const showLanguageChoice = async (info: TurnInfo): Promise<HandlerResult> => ({
  replies: [cardReply(renderLanguageCard(info.t))],
});

/** Stores the choice and confirms it in the chosen language. */
export async function changeLanguage(
  info: TurnInfo,
  deps: AppDeps,
  language: Language,
): Promise<HandlerResult> {
  await setLanguage(deps, info.actor, language);
  const t = catalogueFor(language);
  return { card: renderNoticeCard(t, t.language.changed) };
}

export async function setLanguageAction(
  info: TurnInfo,
  deps: AppDeps,
  data: unknown,
): Promise<HandlerResult> {
  const parsed = SetLanguage.safeParse(data);
  if (!parsed.success) return { replies: [textReply(info.t.common.unknownAction)] };
  return changeLanguage(info, deps, parsed.data.language);
}
