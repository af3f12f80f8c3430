import type { Messages } from '../fi.js';

/** Strings of the evaluators' figures (card and CSV export). */
export const figuresEn: Messages['figures'] = {
  title: (p) => `Follow-up figures ${p.period}`,
  period: {
    month: (p) => `${p.month}/${p.year}`,
    quarter: (p) => `Q${p.quarter}/${p.year}`,
    pilot: 'pilot period',
  },
  intro: 'All areas together. Counted from coded fields, never from the text of a case.',
  small: '<5',
  hidden: '..',
  note: 'Counts of 1–4 are shown as <5, and ".." is hidden so that a small count cannot be worked out from the sums.',
  days: (p) => `${p.days} d`,
  waitingValue: (p) => `median ${p.median} d, 90%: ${p.p90} d`,
  labels: {
    brought: 'Brought to the consultation team',
    networkHeld: 'Network consultations held',
    viaTeam: 'To a TYM client relationship via the team',
    direct: 'Directly to TYM without the team',
    'tym-client': 'Decision: TYM client',
    'social-services-contact': 'Decision: contact to social welfare',
    'social-services-notification': 'Decision: notification of a need for social welfare',
    'health-services-first': 'Decision: health services first',
    bilateral: 'Decision: bilateral cooperation',
    'tym-not-current': 'Decision: TYM not current',
    servicesSocial: 'Needs social services',
    servicesHealth: 'Needs health services',
    servicesBoth: 'Needs both',
    clearNeed: 'Clear multidisciplinary need',
    differed: 'Team decided otherwise than recommended',
    waiting: 'Waiting from submission to discussion',
    waitingOver: 'Waiting longer than the threshold',
    returned: 'Returned for more information',
    sessionsOver: 'Sessions over capacity',
  },
  actions: {
    previous: 'Previous month',
    next: 'Next month',
    csv: 'Download CSV',
    dashboard: 'Open the Follow-up tab',
  },
};
