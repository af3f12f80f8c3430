import type { AppDeps } from '../app/app-deps.js';
import {
  continueIntakeAction,
  showNewRequest,
  submitCaseAction,
  updateCaseAction,
} from './handlers/intake.js';
import { showFiguresAction } from './handlers/figures.js';
import { setLanguageAction } from './handlers/language.js';
import { applyNeutralRewriteAction } from './handlers/neutral-rewrite.js';
import { showHelp } from './handlers/menu.js';
import {
  closeByRecommendationAction,
  confirmWithdrawAction,
  editCaseAction,
  refreshCaseAction,
  showMyCases,
  viewCaseAction,
  withdrawCaseAction,
} from './handlers/my-cases.js';
import { recordReferralAction, showReferral } from './handlers/referral.js';
import { changeRoleAction, showRoles } from './handlers/roles.js';
import { createTeamAction, showNewTeam, showTeams } from './handlers/teams.js';
import {
  cancelSessionAction,
  moveCaseEarlierAction,
  moveSessionAction,
  viewAgendaAction,
} from './handlers/agenda.js';
import {
  convenorCaseAction,
  moveCaseAction,
  recordOutcomeAction,
  returnCaseAction,
  showCaseTextAction,
} from './handlers/agenda-case.js';
import {
  bookMeetingAction,
  completeReviewAction,
  findSlotsAction,
  planNetworkAction,
  recordConsentAction,
  withdrawConsentAction,
} from './handlers/network.js';
import type { HandlerResult, TurnInfo } from './reply.js';
import type { Verb } from './verbs.js';

/** A card button's handler: `data` is the card's submitted data, untrusted until the handler parses it. */
export type CardAction = (info: TurnInfo, data: unknown) => Promise<HandlerResult>;

/** The one table from verb to handler. `satisfies` makes a missing or extra verb a type error. */
export function createCardActions(deps: AppDeps): Readonly<Record<Verb, CardAction>> {
  return {
    'new-request': (info) => showNewRequest(info, deps),
    'my-cases': (info) => showMyCases(info, deps),
    help: (info) => showHelp(info),
    'new-referral': (info) => showReferral(info, deps),
    'intake-next': (info, data) => continueIntakeAction(info, deps, data),
    'submit-case': (info, data) => submitCaseAction(info, deps, data),
    'update-case': (info, data) => updateCaseAction(info, deps, data),
    'view-case': (info, data) => viewCaseAction(info, deps, data),
    'refresh-case': (info, data) => refreshCaseAction(info, deps, data),
    'edit-case': (info, data) => editCaseAction(info, deps, data),
    'confirm-withdraw': (info, data) => confirmWithdrawAction(info, deps, data),
    'withdraw-case': (info, data) => withdrawCaseAction(info, deps, data),
    'close-by-recommendation': (info, data) => closeByRecommendationAction(info, deps, data),
    'record-referral': (info, data) => recordReferralAction(info, deps, data),
    'set-language': (info, data) => setLanguageAction(info, deps, data),
    'apply-neutral-rewrite': (info, data) => applyNeutralRewriteAction(info, deps, data),
    roles: (info) => showRoles(info),
    'change-role': (info, data) => changeRoleAction(info, deps, data),
    teams: (info) => showTeams(info, deps),
    'new-team': (info) => showNewTeam(info, deps),
    'create-team': (info, data) => createTeamAction(info, deps, data),
    'view-agenda': (info, data) => viewAgendaAction(info, deps, data),
    'convenor-case': (info, data) => convenorCaseAction(info, deps, data),
    'show-case-text': (info, data) => showCaseTextAction(info, deps, data),
    'move-case-earlier': (info, data) => moveCaseEarlierAction(info, deps, data),
    'move-case': (info, data) => moveCaseAction(info, deps, data),
    'return-case': (info, data) => returnCaseAction(info, deps, data),
    'record-outcome': (info, data) => recordOutcomeAction(info, deps, data),
    'cancel-session': (info, data) => cancelSessionAction(info, deps, data),
    'move-session': (info, data) => moveSessionAction(info, deps, data),
    figures: (info, data) => showFiguresAction(info, deps, data),
    'plan-network': (info, data) => planNetworkAction(info, deps, data),
    'record-network-consent': (info, data) => recordConsentAction(info, deps, data),
    'withdraw-network-consent': (info, data) => withdrawConsentAction(info, deps, data),
    'find-network-slots': (info, data) => findSlotsAction(info, deps, data),
    'book-network-meeting': (info, data) => bookMeetingAction(info, deps, data),
    'complete-network-review': (info, data) => completeReviewAction(info, deps, data),
  } satisfies Record<Verb, CardAction>;
}
