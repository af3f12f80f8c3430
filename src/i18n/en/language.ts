import type { Messages } from '../fi.js';

/** Strings of the language choice. */
export const languageEn: Messages['language'] = {
  ask: 'Choose the language I answer you in. The choice applies to all your chats with me.',
  changed: 'From now on I answer you in English. Type **language** to change it.',
};
