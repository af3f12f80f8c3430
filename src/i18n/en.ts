import type { Messages } from './fi.js';

/** English catalogue: same keys as fi.ts, checked by the type. */
export const en: Messages = {
  common: {
    comingSoon: 'This feature is coming soon.',
    tryAgainShortly: 'The service has a temporary problem. Please try again shortly.',
    unknownAction: 'This action was not recognised. The card may be out of date: type "help" for a fresh menu.',
  },
  triage: {},
  anonymity: {},
};
