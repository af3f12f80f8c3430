import { casesEn } from './en/cases.js';
import { convenorEn } from './en/convenor.js';
import { intakeEn } from './en/intake.js';
import { languageEn } from './en/language.js';
import { networkEn } from './en/network.js';
import { figuresEn } from './en/figures.js';
import { noticesEn } from './en/notices.js';
import { proposalEn } from './en/proposal.js';
import { turnEn } from './en/turn.js';
import type { Messages } from './fi.js';

/** English catalogue: same keys as fi.ts, checked by the type. */
export const en: Messages = {
  lang: 'en',
  common: {
    actionDone: 'Done, see the message below.',
    tryAgainShortly: 'The service has a temporary problem. Please try again shortly.',
    unknownAction:
      'This action was not recognised. The card may be out of date: type "help" for a fresh menu.',
  },
  welcome: {
    title: 'TYM consultation',
    intro:
      'Bring a hard client situation to the multidisciplinary consultation team, anonymously. You get a recommendation at once: is bilateral cooperation enough, is a multidisciplinary TYM client relationship needed, or social or health services first. You also see when your case will be discussed.',
    privacy:
      "Do not write the client's name, personal identity code, address, phone number or anything else that identifies them. Describe the situation, not the person. The bot checks the text before anything is stored.",
  },
  menu: {
    newRequest: 'New consultation request',
    myCases: 'My cases',
    help: 'Help',
  },
  help: {
    text: (p: { commands: string }) =>
      `**TYM consultation** helps you bring a client situation to the multidisciplinary consultation team anonymously.\n\nYou can type:\n${p.commands}\n\nYou can also use the buttons on the card below.`,
    commands: {
      newRequest: '**new**: start a new consultation request',
      myCases: '**my cases**: list your cases',
      referral: '**referral**: log a client you referred to TYM without the consultation team',
      network: '**network**: plan the network consultation (Rukkanen) of your case',
      help: '**help**: this help',
    },
  },
  unknownText: 'I did not recognise that. Pick an action below, or type **help**.',
  triage: {
    outcomes: {
      'tym-client': {
        name: 'TYM client',
        explanation:
          'A clear need for coordination: the client is opened in TYPPI and sent an appointment. If the case was consulted, the entry "consulted" is enough justification.',
      },
      'social-services-contact': {
        name: 'Social services first: contact to social welfare',
        explanation:
          'The client first needs support in managing everyday life and in social inclusion. Make a contact to social welfare with the client’s consent.',
      },
      'social-services-notification': {
        name: 'Social services first: notification of a need for social welfare',
        explanation:
          'The client first needs social services, but consent cannot be obtained. Make a notification of a need for social welfare without the client’s consent (Social Welfare Act, section 35).',
      },
      'health-services-first': {
        name: 'Health services first',
        explanation:
          'Health or work ability must be examined before the client benefits from TYM, for example through the public-health nurse named for TYM work.',
      },
      bilateral: {
        name: 'Bilateral cooperation',
        explanation: 'Cooperation or consultation between two organisations is enough.',
      },
      'tym-not-current': {
        name: 'TYM not current',
        explanation:
          'A TYM client relationship is not current now; the client’s situation is taken forward on another path.',
      },
      'consultation-team': {
        name: 'To the consultation team',
        explanation:
          'Bring the case to the consultation team: together we assess whether the client benefits from TYM and which path suits them.',
      },
    },
    questions: {
      'bilateral-enough': {
        text: 'Is cooperation/consultation between two organisations enough for the client?',
        short: 'cooperation between two organisations is enough',
      },
      'other-services-first': {
        text: 'Does your client need other services before they can benefit from TYM?',
        short: 'other services first',
      },
      'needs-multidisciplinary': {
        text: 'Does the client need multidisciplinary support and expertise to improve the preconditions for employment, or to get employed?',
        short: 'needs multidisciplinary support',
      },
      'benefits-from-coordination': {
        text: 'Would the client benefit from coordinating the services of the employment authority, Kela and the wellbeing services county?',
        short: 'benefits from coordinated services',
      },
      'eases-with-joint-planning': {
        text: 'Would the client’s situation ease if appropriate services were planned together in TYM?',
        short: 'situation eases with joint planning',
      },
    },
    answers: { yes: 'Yes', no: 'No', unsure: 'Not sure' },
    consent: {
      yes: 'The client has given consent',
      no: 'The client does not give consent',
      'not-asked': 'Consent has not been asked',
    },
    scale: {
      title: 'Recognising and raising the client’s social situation',
      hint: 'If, talking with the client, you recognise challenges in several domains at the same time, the need for service coordination should be assessed.',
      level: (p: { level: number }) => `Level ${p.level}`,
      domains: {
        'managing-affairs': {
          name: 'Managing affairs',
          levels: [
            'Handles affairs well, uses online banking ID',
            'Handles affairs with delay, has online banking ID, deals by phone',
            'Handling affairs needs reminders and guidance, visits in person',
            'Needs another person’s help with dealings and contacts',
            'Benefits go unclaimed, does not visit offices, affairs are left undone',
          ],
        },
        appointments: {
          name: 'Keeping appointments (social, health and employment services)',
          levels: [
            'Visits happen as agreed',
            'Visits happen partly',
            'Visits happen partly, no motivation to deal with the matter',
            'Visits do not happen, no willingness to cooperate, uncancelled appointments',
            'Many visits to different services, uncancelled appointments',
          ],
        },
        housing: {
          name: 'Housing',
          levels: [
            'No concerns about housing',
            'Concern about keeping up the home',
            'Remarks, repeated moves, rent arrears',
            'Disturbing behaviour, warnings',
            'Evictions, homelessness',
          ],
        },
        employment: {
          name: 'Employment',
          levels: [
            'Short unemployment periods, has worked on the open labour market',
            'Short jobs, repeated unemployment periods',
            'Work history of pay-subsidised work and work trials, no education',
            'Several rehabilitative-work periods, moving on to employment services has not succeeded',
            'Rehabilitative work or social rehabilitation interrupted, no motivation for services',
          ],
        },
        finances: {
          name: 'Finances',
          levels: [
            'Manages money independently, enough for basic needs',
            'Occasional need for social assistance',
            'Not entitled to basic social assistance because of a surplus, repeated need, debts/enforcement',
            'Bills repeatedly overdue',
            'Payday loans, private debts, gambling',
          ],
        },
        health: {
          name: 'Health',
          levels: [
            'Basically healthy',
            'Chronic illness or injury under treatment',
            'Unexplained symptoms, work ability not examined',
            'Medication and treatment instructions not followed',
            'Substance use, several illnesses, undiagnosed symptoms',
          ],
        },
        'social-relationships': {
          name: 'Social relationships',
          levels: [
            'Equal relationships and social networks',
            'Has social relationships, but e.g. caring for a relative is a burden',
            'Few social relationships, worry about and caring for relatives is a burden',
            'Loneliness, isolation, social situations are a burden',
            'Domestic violence, unsafe social relationships',
          ],
        },
      },
    },
    kelaCriteria: {
      'health-limits':
        'The client raises health-related limitations or needs special support because of their health',
      'functioning-weakened': 'Everyday functioning has weakened',
      'sick-leave-or-benefit-rejected':
        'Long sick-leave periods, a rejected sickness allowance, pension or rehabilitation benefit, or the client is moving towards a pension',
      'fresh-b-statement': 'Fresh medical B-statement (at most a year old)',
      'broken-paths':
        'Jobs, services or studies broken off repeatedly, short jobs, no vocational education, interrupted rehabilitation courses',
      'learning-difficulties': 'Learning difficulties, special education or an individualised curriculum',
      'plan-not-progressing': 'The employment plan is not progressing',
      'work-ability-assessment': 'A work-ability assessment is being considered',
      'long-term-illness': 'A long-term illness that rehabilitation can affect',
    },
    conflicts: {
      'bilateral-vs-multidisciplinary':
        'you found cooperation between two organisations enough, but your answers also show a need for multidisciplinary support or coordination',
      'bilateral-vs-scale':
        'you found cooperation between two organisations enough, but the scale shows challenges in several domains at the same time',
      'services-first-vs-coordination':
        'you found the client needs other services first, but your answers also show a clear need for coordination',
      'answers-vs-scale':
        'you answered no to every question, but the scale shows challenges in several domains or a severe concern',
      'answers-mixed': 'only one of the three need questions got a yes, and the scale does not settle it',
    },
    reasons: {
      'answer-bilateral-enough':
        'In your assessment, cooperation or consultation between two organisations is enough.',
      'answer-other-services-first':
        'In your assessment, the client needs other services before they can benefit from TYM.',
      'answer-coordination-need': (p: { questions: readonly string[] }) =>
        `You answered yes: ${p.questions.join(', ')}.`,
      'answers-no-need': 'You answered no to every question: no need for coordination was recognised.',
      'health-dominant': (p: { level: number }) =>
        `Health is the main concern (level ${p.level}), higher than the other domains of the social situation.`,
      'work-ability-not-examined':
        'Work ability has not been examined: a work-ability assessment is being considered.',
      'consent-given': 'The client has consented to a contact to social welfare.',
      'consent-refused':
        'The client does not consent, so a notification of a need for social welfare is made (Social Welfare Act, section 35).',
      'consent-not-asked':
        'Consent has not been asked yet: ask the client to consent to a contact to social welfare. If consent cannot be obtained, make a notification of a need for social welfare (Social Welfare Act, section 35).',
      'signals-conflict': (p: { conflict: string }) => `Conflicting signals: ${p.conflict}.`,
      'worker-unsure': (p: { questions: readonly string[]; outcomes: readonly string[] }) =>
        `You were unsure: ${p.questions.join(', ')}. Depending on the answer, the recommendation could be: ${p.outcomes.join(', ')}. The consultation team helps to decide.`,
      'unsure-not-decisive': (p: { questions: readonly string[] }) =>
        `You were unsure (${p.questions.join(', ')}), but the answer does not change the recommendation.`,
      'multi-domain-challenge': (p: { count: number; domains: readonly string[] }) =>
        `Challenges in ${p.count} domains at the same time: ${p.domains.join(', ')}. The need for service coordination should be assessed.`,
      'concern-domains': (p: { count: number; domains: readonly string[] }) =>
        `Challenges in ${p.count} ${p.count === 1 ? 'domain' : 'domains'}: ${p.domains.join(', ')}.`,
      'no-scale-concerns': 'No challenges on the social-situation scale: every domain at level 1–2.',
      'severe-domains': (p: { domains: readonly string[] }) =>
        `Severe concern (level 4–5): ${p.domains.join(', ')}.`,
      'kela-fresh-b-statement':
        'Kela cooperation: the client has a fresh B-statement (at most a year old). Look into Kela rehabilitation.',
      'kela-rehabilitation-criteria': (p: { criteria: readonly string[] }) =>
        `Kela cooperation (rehabilitation): ${p.criteria.join('; ')}.`,
    },
  },
  intake: intakeEn,
  proposal: proposalEn,
  cases: casesEn,
  convenor: convenorEn,
  turn: turnEn,
  language: languageEn,
  notices: noticesEn,
  network: networkEn,
  figures: figuresEn,
};
