import type { Messages } from '../fi.js';

/** Strings of the turn pipeline: scope notes, duplicates and failures. */
export const turnEn: Messages['turn'] = {
  personalOnly:
    'Cases, consultation requests and your own cases are shown only in your personal chat with me, never in group chats or channels. Open the chat with the button below.',
  groupHelp:
    '**TYM Consult** works in a personal chat: there you can make a consultation request and follow your own cases. In group chats and channels I never show case text.',
  openPersonalChat: 'Open personal chat',
  maybeSaved:
    'The service had a problem just after saving. Your change was saved: check My cases for its status.',
  unsupported: 'This action is not supported.',
};
