import type { TurnContext } from 'botbuilder';
import type { AppDeps } from '../app/app-deps.js';
import { rolesOf } from '../app/roles-of.js';
import { hasAnyRole, type Role } from '../domain/roles/roles.js';
import type { Locale } from '../i18n/locale.js';
import { createCardActions } from './card-actions.js';
import { splitCardLanguage } from './card-language.js';
import { changeLanguage, showLanguageChoice } from './handlers/language.js';
import { parseLanguageCommand } from './language-command.js';
import { answerUnknownText, showWelcome } from './handlers/menu.js';
import { showPersonalOnly, showGroupHelp, showNotAllowed } from './handlers/scope.js';
import type { HandlerResult, TurnInfo } from './reply.js';
import { stripMentions } from './mentions.js';
import { parseTextCommand } from './text-commands.js';
import { isVerb, type Verb } from './verbs.js';

/** The work of one turn, given the turn's view of the app (its stores journaled by the pipeline). */
export type Work = (info: TurnInfo, deps: AppDeps) => Promise<HandlerResult>;

export type Route =
  /** `language`: the language of the card that was clicked; the answer comes back in it. */
  | { readonly kind: 'handle'; readonly work: Work; readonly language?: Locale | undefined }
  | { readonly kind: 'ignore' }
  | { readonly kind: 'unsupported' };

/**
 * Verbs that belong anywhere; every other verb shows or changes something personal (privacy by default). The
 * convenor's agenda verbs work in the team's channel or group chat: their cards carry coded fields, never case text.
 */
const ANY_SCOPE: ReadonlySet<Verb> = new Set<Verb>([
  'help',
  'set-language',
  'teams',
  'new-team',
  'create-team',
  'view-agenda',
  'convenor-case',
  'move-case-earlier',
  'move-case',
  'return-case',
  'record-outcome',
  'cancel-session',
  'move-session',
]);

const EVERYONE: readonly Role[] = ['worker'];
const CONVENOR: readonly Role[] = ['convenor'];

/** Who may run each verb (everyone holds `worker`); checked once per turn, before the handler runs. */
const VERB_ROLES = {
  'new-request': EVERYONE,
  'my-cases': EVERYONE,
  help: EVERYONE,
  'new-referral': EVERYONE,
  'intake-next': EVERYONE,
  'submit-case': EVERYONE,
  'update-case': EVERYONE,
  'view-case': EVERYONE,
  'refresh-case': EVERYONE,
  'edit-case': EVERYONE,
  'confirm-withdraw': EVERYONE,
  'withdraw-case': EVERYONE,
  'close-by-recommendation': EVERYONE,
  'record-referral': EVERYONE,
  'set-language': EVERYONE,
  'apply-neutral-rewrite': EVERYONE,
  roles: ['admin', 'convenor'],
  'change-role': ['admin', 'convenor'],
  teams: CONVENOR,
  'new-team': CONVENOR,
  'create-team': CONVENOR,
  'view-agenda': CONVENOR,
  'convenor-case': CONVENOR,
  'show-case-text': CONVENOR,
  'move-case-earlier': CONVENOR,
  'move-case': CONVENOR,
  'return-case': CONVENOR,
  'record-outcome': CONVENOR,
  'cancel-session': CONVENOR,
  'move-session': CONVENOR,
  figures: ['evaluator', 'convenor', 'admin'],
  // the case's owner, or the convenor of its area's team (checked by the use case); personal chat only
  'plan-network': EVERYONE,
  'record-network-consent': EVERYONE,
  'withdraw-network-consent': EVERYONE,
  'find-network-slots': EVERYONE,
  'book-network-meeting': EVERYONE,
  'complete-network-review': EVERYONE,
} as const satisfies Record<Verb, readonly Role[]>;

/** Looks the actor's roles up once for the turn; every handler then reads them from `info.roles`. */
const withRoles =
  (work: Work): Work =>
  async (info, deps) =>
    work({ ...info, roles: await rolesOf(deps, info.actor) }, deps);

const handle = (work: Work): Route => ({ kind: 'handle', work: withRoles(work) });

/**
 * Runs a verb for whom and where it belongs: a role that may not run it gets a polite refusal and nothing changes;
 * outside the personal chat only the ANY_SCOPE verbs run, the rest get a note pointing to the 1:1 chat.
 */
function runVerb(verb: Verb, data: unknown): Work {
  return (info, deps) => {
    if (!hasAnyRole(info.roles, VERB_ROLES[verb])) return showNotAllowed(info);
    if (info.scope !== 'personal' && !ANY_SCOPE.has(verb)) return showPersonalOnly(info);
    if (info.scope !== 'personal' && verb === 'help') return showGroupHelp(info);
    return createCardActions(deps)[verb](info, data);
  };
}

const unknownAction: Work = async (info) => ({
  replies: [{ kind: 'text', text: info.t.common.unknownAction }],
});

/** Which work an activity asks for: typed text -> command table, Action.Execute -> verb table, install -> welcome. */
export function routeActivity(a: TurnContext['activity']): Route {
  switch (a.type) {
    case 'message': {
      const text = stripMentions(typeof a.text === 'string' ? a.text : '');
      const language = parseLanguageCommand(text);
      if (language?.kind === 'ask') return handle(showLanguageChoice);
      if (language?.kind === 'set')
        return handle((info, deps) => changeLanguage(info, deps, language.language));
      const verb = parseTextCommand(text);
      if (verb) return handle(runVerb(verb, {}));
      if (!text)
        return handle((info) => (info.scope === 'personal' ? showWelcome(info) : showGroupHelp(info)));
      return handle((info) =>
        info.scope === 'personal' ? answerUnknownText(info, text) : showGroupHelp(info),
      );
    }
    case 'conversationUpdate': {
      const added = Array.isArray(a.membersAdded) ? a.membersAdded : [];
      if (!added.some((m) => m?.id === a.recipient.id)) return { kind: 'ignore' };
      return handle((info) => (info.scope === 'personal' ? showWelcome(info) : showGroupHelp(info)));
    }
    case 'invoke': {
      if (a.name !== 'adaptiveCard/action') return { kind: 'unsupported' };
      const action = (a.value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action;
      const verb = action?.verb;
      const { lang, data } = splitCardLanguage(action?.data ?? {});
      const work = withRoles(isVerb(verb) ? runVerb(verb, data) : unknownAction);
      return { kind: 'handle', work, language: lang };
    }
    default:
      return { kind: 'ignore' };
  }
}
