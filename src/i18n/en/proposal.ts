import type { Messages } from '../fi.js';

/** English texts of the triage's leaning and the parties it proposes; see fi/proposal.ts. */
export const proposalEn: Messages['proposal'] = {
  leaning: {
    label: 'Leaning',
    text: (p) => `${p.path}, because ${p.reasons.join('; ')}.`,
    reasons: {
      'services-first-answered': {
        yes: 'you found the client needs other services first',
        unsure: 'the client may need other services first (you were unsure)',
      },
      'no-coordination-affirmed': 'none of the coordination questions got a yes',
      'severe-domains': (p) => `severe concern: ${p.levels}`,
      'health-dominant': (p) => `health is the main concern (level ${p.level})`,
      'work-ability-not-examined': 'work ability has not been examined',
      'consent-given': 'the client has consented to a contact to social welfare',
      'consent-refused':
        'the client does not consent, so a notification is made (Social Welfare Act, section 35)',
      'consent-not-asked': 'consent has not been asked yet: ask for it first',
      'coordination-affirmed': (p) => `you answered yes: ${p.questions.join(', ')}`,
      'multi-domain-challenge': (p) => `challenges in several domains: ${p.levels}`,
      'bilateral-answered': {
        yes: 'you found cooperation between two organisations enough',
        unsure: 'cooperation between two organisations may be enough (you were unsure)',
      },
      'no-need-affirmed':
        'no coordination need was affirmed, and the scale shows no wide or severe challenges',
    },
  },
  parties: {
    label: 'Parties to involve',
    line: (p) => `${p.name}${p.area ? ` (${p.area})` : ''}: ${p.reasons.join(', ')}`,
    names: {
      'employment-authority': 'Employment expert',
      'social-services': 'Social services',
      'health-services': 'TYM public-health nurse',
      'psychosocial-under-23': 'Psychosocial contact, under 23',
      'psychosocial-23-plus': 'Psychosocial contact, 23 or over',
      kela: 'Kela',
    },
    reasons: {
      'employment-plan': 'employment plan and services',
      'social-services-first': 'social services first',
      'work-ability-not-examined': 'work ability not examined',
      'kela-fresh-b-statement': 'fresh B-statement',
      'kela-rehabilitation-criteria': (p) => `rehabilitation (${p.criteria.join(', ')})`,
    },
    kelaCriteria: {
      'health-limits': 'health-related limits',
      'functioning-weakened': 'weakened everyday functioning',
      'sick-leave-or-benefit-rejected': 'sick leave or a rejected benefit',
      'fresh-b-statement': 'fresh B-statement',
      'broken-paths': 'broken-off jobs, services or studies',
      'learning-difficulties': 'learning difficulties',
      'plan-not-progressing': 'plan not progressing',
      'work-ability-assessment': 'work-ability assessment considered',
      'long-term-illness': 'long-term illness',
    },
  },
  domains: {
    'managing-affairs': 'managing affairs',
    appointments: 'keeping appointments',
    housing: 'housing',
    employment: 'employment',
    finances: 'finances',
    health: 'health',
    'social-relationships': 'social relationships',
  },
  domainLevel: (p) => `${p.domain} ${p.level}`,
};
