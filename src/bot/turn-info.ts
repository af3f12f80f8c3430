import type { TurnContext } from 'botbuilder';
import { en } from '../i18n/en.js';
import { fi } from '../i18n/fi.js';
import { pickLocale, type Locale } from '../i18n/locale.js';
import type { Scope, TurnInfo } from './reply.js';

type Activity = TurnContext['activity'];

/** The tenant of an activity as Teams sends it (conversation first, channelData as a fallback). */
export function tenantOf(activity: Activity): string | undefined {
  const fromConversation = activity.conversation?.tenantId;
  if (typeof fromConversation === 'string' && fromConversation) return fromConversation;
  const fromChannel = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  return typeof fromChannel === 'string' ? fromChannel : undefined;
}

/** The Teams client's locale: the activity's, else the clientInfo entity's. */
export function teamsLocaleOf(activity: Activity): string | undefined {
  if (typeof activity.locale === 'string' && activity.locale) return activity.locale;
  const entities = Array.isArray(activity.entities) ? activity.entities : [];
  const clientInfo = entities.find((e) => e?.type === 'clientInfo') as { locale?: unknown } | undefined;
  return typeof clientInfo?.locale === 'string' ? clientInfo.locale : undefined;
}

/**
 * Personal only when Teams says so (or, without a type, when the conversation is not a group): an unknown kind
 * of conversation is treated as shared, so no case text can leak into it.
 */
export function scopeOf(activity: Activity): Scope {
  const type = activity.conversation?.conversationType;
  if (type === 'personal') return 'personal';
  if (type === 'channel') return 'channel';
  if (type === undefined && activity.conversation?.isGroup !== true) return 'personal';
  return 'groupChat';
}

/** The acting user: Entra object id + tenant id, never a name. */
export function actorOf(activity: Activity) {
  return {
    userId: activity.from?.aadObjectId || activity.from?.id || '',
    tenantId: tenantOf(activity) ?? '',
  };
}

/** Reads what handlers need from a Teams activity; handlers never see botbuilder types. */
export function toTurnInfo(
  activity: Activity,
  locale: Locale = pickLocale(teamsLocaleOf(activity)),
): TurnInfo {
  return {
    actor: actorOf(activity),
    locale,
    t: locale === 'en' ? en : fi,
    activityId: activity.id ?? '',
    conversationId: activity.conversation?.id ?? '',
    scope: scopeOf(activity),
    botId: activity.recipient?.id ?? '',
    teamsUserId: activity.from?.id ?? '',
    roles: ['worker'],
  };
}
