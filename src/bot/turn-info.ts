import type { TurnContext } from 'botbuilder';
import { en } from '../i18n/en.js';
import { fi } from '../i18n/fi.js';
import { pickLocale } from '../i18n/locale.js';
import type { TurnInfo } from './reply.js';

/** The tenant of an activity as Teams sends it (conversation first, channelData as a fallback). */
export function tenantOf(activity: TurnContext['activity']): string | undefined {
  const fromChannel = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  return activity.conversation?.tenantId ?? (typeof fromChannel === 'string' ? fromChannel : undefined);
}

function localeOf(activity: TurnContext['activity']): string | undefined {
  if (activity.locale) return activity.locale;
  const clientInfo = activity.entities?.find((e) => e.type === 'clientInfo') as
    { locale?: unknown } | undefined;
  return typeof clientInfo?.locale === 'string' ? clientInfo.locale : undefined;
}

/** Reads what handlers need from a Teams activity; handlers never see botbuilder types. */
export function toTurnInfo(context: TurnContext): TurnInfo {
  const a = context.activity;
  const locale = pickLocale(localeOf(a));
  return {
    actor: { userId: a.from?.aadObjectId ?? a.from?.id ?? '', tenantId: tenantOf(a) ?? '' },
    locale,
    t: locale === 'en' ? en : fi,
    activityId: a.id ?? '',
    conversationId: a.conversation?.id ?? '',
  };
}
